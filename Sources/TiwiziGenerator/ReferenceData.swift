import TiwiziCore

/// The schemes and know-how of a generated catalog. The seed catalog's (`catalog/schemes.yaml`,
/// `catalog/know-how.yaml`) are repeated here exactly, so that a generated catalog imported
/// over the seed leaves them unchanged; five more know-how entries cover the crafts the seed
/// leaves out.
enum ReferenceData {
    static let schemes: [CertificationScheme] = seedSchemes
    static let knowHow: [KnowHow] = seedKnowHow + extraKnowHow

    static let seedSchemes: [CertificationScheme] = [
        scheme(
            "aop-safran-taliouine", "aop",
            [
                .french: "AOP Safran de Taliouine", .arabic: "تسمية المنشأ المحمية زعفران تالوين",
                .english: "PDO Taliouine Saffron",
            ], categories: ["food.spice.saffron"], area: ["MA-09"]),
        scheme(
            "aop-huile-olive-tyout-chiadma", "aop",
            [
                .french: "AOP Huile d'olive Tyout-Chiadma", .arabic: "تسمية المنشأ المحمية زيت زيتون تيوت-الشياظمة",
                .english: "PDO Tyout-Chiadma Olive Oil",
            ], categories: ["food.oil.olive"], area: ["MA-07"]),
        scheme(
            "aop-rose-kelaat-mgouna-dades", "aop",
            [
                .french: "AOP Rose de Kelâat M'Gouna-Dadès", .arabic: "تسمية المنشأ المحمية وردة قلعة مكونة-دادس",
                .english: "PDO Kelâat M'Gouna-Dadès Rose",
            ], categories: ["cosmetic.rose-water", "food.flower.rose"], area: ["MA-08"]),
        scheme(
            "igp-argane", "igp", [.french: "IGP Argane", .arabic: "البيان الجغرافي المحمي أركان", .english: "PGI Argan"],
            categories: ["food.oil.argan", "cosmetic.oil.argan"], area: ["MA-09", "MA-07", "MA-10"]),
        scheme(
            "igp-dattes-majhoul-tafilalet", "igp",
            [
                .french: "IGP Dattes Majhoul de Tafilalet", .arabic: "البيان الجغرافي المحمي تمور المجهول تافيلالت",
                .english: "PGI Tafilalet Majhoul Dates",
            ], categories: ["food.dates.majhoul"], area: ["MA-08"]),
        scheme(
            "igp-miel-euphorbe-tadla-azilal", "igp",
            [
                .french: "IGP Miel d'euphorbe Tadla-Azilal", .arabic: "البيان الجغرافي المحمي عسل الدغموس تادلة-أزيلال",
                .english: "PGI Tadla-Azilal Euphorbia Honey",
            ], categories: ["food.honey.euphorbia"], area: ["MA-05"]),
        scheme(
            "igp-clementine-berkane", "igp",
            [
                .french: "IGP Clémentine de Berkane", .arabic: "البيان الجغرافي المحمي كليمنتين بركان",
                .english: "PGI Berkane Clementine",
            ], categories: ["food.fruit.clementine"], area: ["MA-02"]),
        scheme(
            "igp-fromage-chevre-chefchaouen", "igp",
            [
                .french: "IGP Fromage de chèvre de Chefchaouen", .arabic: "البيان الجغرافي المحمي جبن الماعز شفشاون",
                .english: "PGI Chefchaouen Goat Cheese",
            ], categories: ["food.cheese.goat"], area: ["MA-01"]),
        scheme(
            "igp-amande-tafraout", "igp",
            [.french: "IGP Amande de Tafraout", .arabic: "البيان الجغرافي المحمي لوز تافراوت", .english: "PGI Tafraout Almond"],
            categories: ["food.nuts.almond"], area: ["MA-09"]),
        scheme(
            "igp-figue-barbarie-ait-baamrane", "igp",
            [
                .french: "IGP Figue de Barbarie d'Aït Baâmrane", .arabic: "البيان الجغرافي المحمي التين الشوكي آيت باعمران",
                .english: "PGI Aït Baâmrane Prickly Pear",
            ], categories: ["food.fruit.prickly-pear"], area: ["MA-09", "MA-10"]),
        scheme(
            "label-agricole", "label-agricole",
            [.french: "Label Agricole", .arabic: "الشارة الفلاحية", .english: "Agricultural Label"], categories: ["food"],
            area: []),
        scheme(
            "bio-maroc", "organic",
            [.french: "Bio Maroc (loi 39-12)", .arabic: "بيو المغرب (القانون 39.12)", .english: "Organic Morocco (law 39-12)"],
            categories: ["food", "cosmetic"], area: []),
        scheme(
            "terroir-du-maroc", "collective-mark",
            [.french: "Terroir du Maroc", .arabic: "منتوجات مجالية من المغرب", .english: "Terroir of Morocco"],
            categories: ["food", "cosmetic"], area: []),
        scheme(
            "morocco-handmade", "craft-label",
            [.french: "Morocco Handmade", .arabic: "صنع يدوي مغربي", .english: "Morocco Handmade"], categories: ["craft"],
            area: []),
        scheme(
            "fairtrade", "fair-trade", [.french: "Fairtrade", .arabic: "فيرتريد (التجارة العادلة)", .english: "Fairtrade"],
            categories: ["food", "cosmetic"], area: []),
        scheme(
            "fair-for-life", "fair-trade",
            [.french: "Fair for Life", .arabic: "فير فور لايف (التجارة العادلة)", .english: "Fair for Life"], categories: [],
            area: []),
    ]
    static let seedKnowHow: [KnowHow] = [
        knowHow(
            "argan-oil-extraction",
            [.french: "Extraction de l'huile d'argan", .arabic: "استخراج زيت أركان", .english: "Argan oil extraction"],
            technique: [
                .french:
                    "Les noix sont concassées à la main entre deux pierres ; les amandons, torréfiés pour l'huile alimentaire ou crus pour l'huile cosmétique, sont moulus à la meule puis malaxés à l'eau tiède pour séparer l'huile.",
                .arabic:
                    "تُكسَّر ثمار أركان يدويًا بين حجرين، وتُحمَّص اللوزات للزيت الغذائي أو تبقى دون تحميص للزيت التجميلي، ثم تُطحن بالرحى وتُعجن بالماء الفاتر لفصل الزيت.",
            ],
            family: "oil-extraction", regions: ["MA-09", "MA-07", "MA-10"],
            heritage: Heritage(status: "unesco", year: 2014, title: "Argan, practices and know-how concerning the argan tree"),
            artisans: [Artisan(name: "Fadma Oubella (fictional)", consentToPublish: true)]),
        knowHow(
            "saffron-harvesting",
            [
                .french: "Cueillette et séchage du safran", .arabic: "جني الزعفران وتجفيفه",
                .english: "Saffron harvesting and drying",
            ],
            technique: [
                .french:
                    "Les fleurs de Crocus sativus sont cueillies à l'aube en octobre et novembre, avant d'éclore ; les trois stigmates rouges sont émondés à la main le jour même puis séchés à l'ombre.",
                .arabic:
                    "تُقطف أزهار الزعفران فجرًا في أكتوبر ونونبر قبل تفتحها، وتُفصل المياسم الحمراء الثلاثة يدويًا في اليوم نفسه ثم تُجفف في الظل.",
            ],
            family: "plant-gathering", regions: ["MA-09"],
            artisans: [Artisan(name: "Brahim Ouhammou (fictional)", consentToPublish: true)]),
        knowHow(
            "beni-ouarain-weaving",
            [.french: "Tissage des tapis Beni Ouarain", .arabic: "نسج زرابي بني وراين", .english: "Beni Ouarain carpet weaving"],
            technique: [
                .french:
                    "Sur un métier vertical, les tisserandes nouent à la main une laine de mouton épaisse et non teinte, dessinant des losanges bruns sur fond écru ; un tapis de trois mètres carrés demande plusieurs semaines.",
                .arabic:
                    "على منسج عمودي، تعقد النساجات يدويًا صوف الغنم الكثيف غير المصبوغ فيرسمن معينات بنية على خلفية بيضاء، وتتطلب زربية من ثلاثة أمتار مربعة عدة أسابيع.",
            ],
            family: "weaving", regions: ["MA-03"],
            artisans: [Artisan(name: "Itto Aït Lhou (fictional)", consentToPublish: true)]),
        knowHow(
            "safi-pottery", [.french: "Poterie de Safi", .arabic: "فخار آسفي", .english: "Safi pottery"],
            technique: [
                .french:
                    "L'argile rouge de Safi est tournée et cuite une première fois, puis décorée à la main d'émaux et recuite au four à bois ; le décor bleu et vert sur fond blanc signe les ateliers de la colline des potiers.",
                .arabic:
                    "يُشكَّل الطين الأحمر لآسفي على الدولاب ويُطهى مرة أولى، ثم يُزخرف يدويًا بالمينا ويُطهى ثانية في فرن الحطب، والزخرفة الزرقاء والخضراء على خلفية بيضاء هي بصمة ورشات تل الخزافين.",
            ],
            family: "pottery", regions: ["MA-07"],
            artisans: [Artisan(name: "Rachid Lamrani (fictional)", consentToPublish: true)]),
        knowHow(
            "fes-zellige", [.french: "Zellige de Fès", .arabic: "الزليج الفاسي", .english: "Fès zellige tilework"],
            technique: [
                .french:
                    "Des carreaux d'argile émaillée sont taillés au marteau (menqach) en dizaines de formes, puis assemblés face contre terre en compositions géométriques coulées au mortier.",
                .arabic:
                    "تُنحت بلاطات الطين المزجج بالمنقاش إلى عشرات الأشكال، ثم تُركَّب مقلوبة على وجهها في تراكيب هندسية تُثبَّت بالملاط.",
            ],
            family: "zellige", regions: ["MA-03"],
            artisans: [Artisan(name: "Mohammed Benslimane (fictional)", consentToPublish: true)]),
        knowHow(
            "thuya-marquetry",
            [
                .french: "Marqueterie de thuya d'Essaouira", .arabic: "ترصيع خشب العرعار بالصويرة",
                .english: "Essaouira thuya marquetry",
            ],
            technique: [
                .french:
                    "La loupe de thuya, prélevée sur la souche, est tournée ou sculptée puis incrustée de citronnier, d'ébène ou de nacre ; un polissage à l'huile révèle ses veines.",
                .arabic:
                    "تُقتطع عقدة جذر العرعار ثم تُخرط أو تُنحت وتُرصَّع بخشب الليمون أو الأبنوس أو الصدف، ويكشف الصقل بالزيت عن عروقها.",
            ],
            family: "thuya-marquetry", regions: ["MA-07"],
            artisans: [Artisan(name: "Youssef El Haddaoui (fictional)", consentToPublish: true)]),
        knowHow(
            "metal-engraving",
            [.french: "Ciselure et gravure sur métal", .arabic: "النقش على المعادن", .english: "Metal engraving"],
            technique: [
                .french:
                    "Au ciselet et au marteau, l'artisan grave à main levée des motifs floraux, géométriques ou calligraphiques sur le cuivre, le laiton ou l'argent, en creux ou en relief.",
                .arabic:
                    "بالإزميل والمطرقة ينقش الحرفي يدويًا زخارف نباتية أو هندسية أو خطية على النحاس أو النحاس الأصفر أو الفضة، غائرة أو بارزة.",
            ],
            family: "metal-engraving", regions: ["MA-03", "MA-07"],
            heritage: Heritage(
                status: "unesco", year: 2023,
                title: "Arts, skills and practices associated with engraving on metals (gold, silver and copper)"),
            artisans: [Artisan(name: "Abdelkader Tazi (fictional)", consentToPublish: true)]),
        knowHow(
            "beekeeping", [.french: "Apiculture de montagne", .arabic: "تربية النحل الجبلية", .english: "Mountain beekeeping"],
            technique: [
                .french:
                    "Les ruches, traditionnelles en roseau ou modernes, transhument vers les peuplements d'euphorbe résinifère (daghmous) et de thym ; le miel est extrait à froid, sans chauffage.",
                .arabic:
                    "تُرحَّل الخلايا، التقليدية المصنوعة من القصب أو العصرية، نحو مواطن نبات الدغموس والزعتر، ويُستخرج العسل على البارد دون تسخين.",
            ],
            family: "beekeeping", regions: ["MA-05", "MA-09"],
            artisans: [Artisan(name: "Lahcen Aït Ouaddar (fictional)", consentToPublish: false)]),
        knowHow(
            "couscous-rolling", [.french: "Roulage du couscous", .arabic: "فتل الكسكس", .english: "Hand-rolled couscous"],
            technique: [
                .french:
                    "La semoule de blé dur ou d'orge est humectée d'eau salée et roulée à la paume dans une grande jatte (gasâa), tamisée, cuite à la vapeur puis séchée au soleil.",
                .arabic:
                    "تُرش سميدة القمح الصلب أو الشعير بالماء المملح وتُفتل بباطن الكف في القصعة، ثم تُغربل وتُطهى على البخار وتُجفف في الشمس.",
            ],
            family: "food-processing", regions: ["MA-01", "MA-03", "MA-04", "MA-06"],
            heritage: Heritage(
                status: "unesco", year: 2020,
                title: "Knowledge, know-how and practices pertaining to the production and consumption of couscous")),
        knowHow(
            "date-palm-cultivation",
            [.french: "Culture du palmier dattier", .arabic: "زراعة نخيل التمر", .english: "Date palm cultivation"],
            technique: [
                .french:
                    "Dans les oasis, les palmiers sont pollinisés à la main au printemps, les régimes éclaircis puis cueillis en automne ; les dattes sont triées par calibre et séchées à l'air.",
                .arabic:
                    "في الواحات تُلقَّح أشجار النخيل يدويًا في الربيع وتُخفَّف العراجين ثم تُجنى في الخريف، وتُفرز التمور حسب الحجم وتُجفف في الهواء.",
            ],
            family: "plant-gathering", regions: ["MA-08"],
            heritage: Heritage(status: "unesco", year: 2022, title: "Date palm, knowledge, skills, traditions and practices")),
        knowHow(
            "rose-distillation",
            [
                .french: "Cueillette et distillation de la rose de Damas", .arabic: "قطف الورد البلدي وتقطيره",
                .english: "Damask rose picking and distillation",
            ],
            technique: [
                .french:
                    "En mai, les boutons de Rosa damascena sont cueillis à l'aube dans les haies de la vallée du Dadès, puis séchés à l'ombre ou distillés à l'alambic pour obtenir l'eau de rose.",
                .arabic:
                    "في شهر ماي تُقطف براعم الورد البلدي فجرًا من سياجات وادي دادس، ثم تُجفف في الظل أو تُقطَّر في الإنبيق للحصول على ماء الورد.",
            ],
            family: "plant-gathering", regions: ["MA-08"],
            artisans: [Artisan(name: "Zahra Aït Ouzzine (fictional)", consentToPublish: true)]),
        knowHow(
            "henna", [.french: "Culture et art du henné", .arabic: "زراعة الحناء وفنها", .english: "Henna growing and art"],
            technique: [
                .french:
                    "Les feuilles de Lawsonia inermis sont récoltées, séchées et moulues en poudre fine ; délayée, la pâte sert à tracer des motifs sur les mains lors des fêtes.",
                .arabic: "تُجنى أوراق الحناء وتُجفف وتُطحن مسحوقًا ناعمًا، ثم تُعجن وتُستعمل لرسم النقوش على الأيدي في الأفراح.",
            ],
            family: "plant-gathering", regions: ["MA-08", "MA-09"],
            heritage: Heritage(status: "unesco", year: 2024, title: "Henna: rituals, aesthetic and social practices")),
    ]

    /// Know-how the seed does not have (real techniques; no artisans named).
    static let extraKnowHow: [KnowHow] = [
        knowHow(
            "olive-oil-pressing",
            [
                .french: "Pressage traditionnel de l'huile d'olive", .arabic: "عصر زيت الزيتون التقليدي",
                .english: "Traditional olive oil pressing",
            ],
            technique: [
                .french:
                    "Les olives sont broyées sous une meule de pierre, la pâte est étalée sur des scourtins empilés puis pressée ; l'huile est séparée de l'eau par décantation.",
                .arabic: "تُطحن حبات الزيتون تحت رحى حجرية، ثم تُبسط العجينة على قفف مرصوصة وتُعصر، ويُفصل الزيت عن الماء بالتصفية.",
            ],
            family: "oil-extraction", regions: ["MA-03", "MA-07", "MA-02", "MA-05", "MA-01"]),
        knowHow(
            "fes-leather-tanning",
            [.french: "Tannage du cuir à Fès", .arabic: "دباغة الجلد بفاس", .english: "Fès leather tanning"],
            technique: [
                .french:
                    "Les peaux sont trempées dans des cuves de chaux puis de fiente de pigeon, tannées aux écorces et teintes à la main avec des pigments végétaux.",
                .arabic: "تُنقع الجلود في أحواض الجير ثم في زبل الحمام، وتُدبغ بالقشور وتُصبغ يدويًا بأصباغ نباتية.",
            ],
            family: "leather", regions: ["MA-03", "MA-07"]),
        knowHow(
            "fes-embroidery",
            [.french: "Broderie de Fès et de Rabat", .arabic: "الطرز الفاسي والرباطي", .english: "Fès and Rabat embroidery"],
            technique: [
                .french:
                    "Au fil de soie, la brodeuse compte les fils de la toile pour tracer des motifs géométriques identiques à l'endroit et à l'envers.",
                .arabic: "بخيط الحرير تعدّ الطرّازة خيوط الثوب لترسم زخارف هندسية متطابقة على الوجه والظهر.",
            ],
            family: "embroidery", regions: ["MA-03", "MA-04"]),
        knowHow(
            "doum-basketry",
            [.french: "Vannerie en doum", .arabic: "صناعة السلال من الدوم", .english: "Dwarf palm basketry"],
            technique: [
                .french:
                    "Les feuilles de palmier nain, séchées au soleil, sont fendues en lanières puis tressées en spirale et cousues en paniers, nattes et chapeaux.",
                .arabic: "تُجفف أوراق الدوم في الشمس ثم تُشق شرائط وتُضفر لولبيًا وتُخاط سلالًا وحصائر وقبعات.",
            ],
            family: "basketry", regions: ["MA-01", "MA-04", "MA-06", "MA-07", "MA-08"]),
        knowHow(
            "tiznit-silver-jewellery",
            [
                .french: "Bijouterie berbère en argent de Tiznit", .arabic: "الحلي الأمازيغية الفضية بتيزنيت",
                .english: "Tiznit Berber silver jewellery",
            ],
            technique: [
                .french:
                    "L'argent est fondu, martelé et ciselé, puis orné d'émail, de nielle ou de corail selon les motifs des tribus du Souss et de l'Anti-Atlas.",
                .arabic: "تُصهر الفضة وتُطرق وتُنقش، ثم تُزين بالمينا أو النيلة أو المرجان وفق زخارف قبائل سوس والأطلس الصغير.",
            ],
            family: "silver-jewellery", regions: ["MA-09", "MA-10"]),
    ]

    private static func scheme(
        _ id: String, _ kind: String, _ name: [Language: String], categories: [String], area: [String]
    ) -> CertificationScheme {
        CertificationScheme(
            id: id, kind: SchemeKind(rawValue: kind)!, name: LocalizedText(name), categories: categories.map { Category($0)! },
            area: area.map { Region(code: $0)! })
    }

    private static func knowHow(
        _ id: String, _ name: [Language: String], technique: [Language: String], family: String, regions: [String],
        heritage: Heritage? = nil, artisans: [Artisan] = []
    ) -> KnowHow {
        KnowHow(
            id: id, name: LocalizedText(name), technique: LocalizedText(technique), craftFamily: family,
            regions: regions.map { Region(code: $0)! }, heritage: heritage, artisans: artisans)
    }
}
