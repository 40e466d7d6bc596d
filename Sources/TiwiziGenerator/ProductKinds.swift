import TiwiziCore

/// A kind of product a cooperative makes: its category, names, sizes and prices, and what may
/// back it (allergens, know-how, the schemes that may certify it).
struct ProductKind: Sendable {
    /// How big one unit is, and what it costs.
    enum Sizing: Sendable {
        /// Net quantities, each with its price range in whole dirhams.
        case amounts([(thousandths: Int64, unit: QuantityUnit, price: ClosedRange<Int>)])
        /// One piece of `length` by `width` cm (the same when `square`), priced in whole dirhams.
        case pieces(length: ClosedRange<Int>, width: ClosedRange<Int>?, price: ClosedRange<Int>)
        /// One piece of `length` by `width` cm, priced by the square metre (carpets).
        case area(length: ClosedRange<Int>, width: ClosedRange<Int>, perSquareMetre: ClosedRange<Int>)
    }

    /// The SKU's middle part (`ARG`).
    let code: String
    let category: Category
    let vat: VATRegime
    /// French, Arabic and English names, one of which a product takes.
    let names: [(french: String, arabic: String, english: String)]
    let description: (french: String, arabic: String)?
    let sizing: Sizing
    let allergens: [String]
    let knowHow: String?
    /// Schemes that may certify it, each with the percentage of products that carry it (when it
    /// covers the product's origin).
    let schemes: [(id: String, percent: Int)]
    /// The percentage of products made to order, and their lead times.
    let madeToOrder: Int
    let leadDays: ClosedRange<Int>
    let stock: ClosedRange<Int>

    init(
        _ code: String, _ category: String, vat: VATRegime, _ names: [(String, String, String)],
        description: (String, String)? = nil, _ sizing: Sizing, allergens: [String] = [], knowHow: String? = nil,
        schemes: [(String, Int)] = [], madeToOrder: Int = 0, leadDays: ClosedRange<Int> = 7...30,
        stock: ClosedRange<Int> = 10...300
    ) {
        self.code = code
        self.category = Category(category)!
        self.vat = vat
        self.names = names.map { (french: $0.0, arabic: $0.1, english: $0.2) }
        self.description = description.map { (french: $0.0, arabic: $0.1) }
        self.sizing = sizing
        self.allergens = allergens
        self.knowHow = knowHow
        self.schemes = schemes.map { (id: $0.0, percent: $0.1) }
        self.madeToOrder = madeToOrder
        self.leadDays = leadDays
        self.stock = stock
    }
}

/// A line of work a cooperative is in: its sector, the kinds of products it makes, where such
/// cooperatives are (a weight per region) and the know-how they practise.
struct Family: Sendable {
    let sector: Category
    let style: Words.Style
    let kinds: [ProductKind]
    let regions: [String: Int]
    let knowHow: [String]

    init(_ sector: String, _ style: Words.Style, regions: [String: Int], knowHow: [String] = [], _ kinds: [ProductKind]) {
        self.sector = Category(sector)!
        self.style = style
        self.kinds = kinds
        self.regions = regions
        self.knowHow = knowHow
    }
}

private func g(_ grams: Int64, _ price: ClosedRange<Int>) -> (thousandths: Int64, unit: QuantityUnit, price: ClosedRange<Int>) {
    (grams * 1000, .gram, price)
}
private func kg(_ kilograms: Int64, _ price: ClosedRange<Int>) -> (
    thousandths: Int64, unit: QuantityUnit, price: ClosedRange<Int>
) {
    (kilograms * 1000, .kilogram, price)
}
private func ml(_ millilitres: Int64, _ price: ClosedRange<Int>) -> (
    thousandths: Int64, unit: QuantityUnit, price: ClosedRange<Int>
) {
    (millilitres * 1000, .millilitre, price)
}
private func l(_ litres: Int64, _ price: ClosedRange<Int>) -> (thousandths: Int64, unit: QuantityUnit, price: ClosedRange<Int>) {
    (litres * 1000, .litre, price)
}

/// The families of the generated catalog, after the seed's categories and Morocco's terroir
/// products and crafts. Prices are in MAD, VAT regimes as in the seed (illustrative).
enum Families {
    static let all: [Family] = food + crafts

    static let food: [Family] = [
        Family(
            "food.oil", Words.agricultural, regions: ["MA-09": 60, "MA-07": 12, "MA-10": 15], knowHow: ["argan-oil-extraction"],
            [
                ProductKind(
                    "ARG", "food.oil.argan", vat: .reduced10,
                    [
                        ("Huile d'argan alimentaire", "زيت أركان غذائي", "Culinary argan oil"),
                        ("Huile d'argan torréfiée", "زيت أركان محمص", "Roasted argan oil"),
                    ],
                    description: (
                        "Huile vierge d'amandons torréfiés, pressée à froid.", "زيت بكر من لوز أركان المحمص، معصور على البارد."
                    ),
                    .amounts([ml(100, 60...85), ml(250, 130...185), ml(500, 250...350), l(1, 480...680)]),
                    allergens: ["argan"], knowHow: "argan-oil-extraction",
                    schemes: [("igp-argane", 40), ("bio-maroc", 12), ("terroir-du-maroc", 10), ("fairtrade", 5)]),
                ProductKind(
                    "ARC", "cosmetic.oil.argan", vat: .standard,
                    [
                        ("Huile d'argan cosmétique", "زيت أركان تجميلي", "Cosmetic argan oil"),
                        ("Huile d'argan pure pour le visage", "زيت أركان خالص للوجه", "Pure argan face oil"),
                    ],
                    .amounts([ml(30, 45...80), ml(50, 70...120), ml(100, 120...200)]), allergens: ["argan"],
                    knowHow: "argan-oil-extraction", schemes: [("igp-argane", 35), ("bio-maroc", 15), ("fair-for-life", 5)]),
                ProductKind(
                    "AML", "food.spread.amlou", vat: .reduced10,
                    [
                        ("Amlou aux amandes", "أملو باللوز", "Almond amlou"),
                        ("Amlou traditionnel", "أملو تقليدي", "Traditional amlou"),
                    ],
                    .amounts([g(250, 45...70), g(500, 85...130)]), allergens: ["almonds", "nuts", "argan"],
                    knowHow: "argan-oil-extraction", schemes: [("terroir-du-maroc", 10), ("bio-maroc", 5)]),
                ProductKind(
                    "SAV", "cosmetic.soap", vat: .standard, [("Savon à l'huile d'argan", "صابون بزيت أركان", "Argan oil soap")],
                    .amounts([g(100, 15...30), g(150, 20...40)]), allergens: ["argan"]),
            ]),
        Family(
            "food.spice", Words.agricultural, regions: ["MA-09": 25, "MA-08": 4], knowHow: ["saffron-harvesting"],
            [
                ProductKind(
                    "SAF", "food.spice.saffron", vat: .exempt,
                    [
                        ("Safran pur en filaments", "زعفران حر خيوط", "Pure saffron threads"),
                        ("Safran en pistils", "زعفران مياسم", "Saffron stigmas"),
                    ],
                    description: (
                        "Stigmates émondés à la main et séchés à l'ombre.", "مياسم منقاة يدويًا ومجففة في الظل."
                    ),
                    .amounts([(500, .gram, 18...28), g(1, 32...50), g(2, 60...95), g(5, 140...230)]),
                    knowHow: "saffron-harvesting",
                    schemes: [("aop-safran-taliouine", 40), ("bio-maroc", 8), ("label-agricole", 5)], stock: 5...150)
            ]),
        Family(
            "food.honey", Words.agricultural,
            regions: [
                "MA-05": 12, "MA-09": 8, "MA-03": 5, "MA-07": 5, "MA-01": 5, "MA-02": 4, "MA-04": 4, "MA-06": 3, "MA-08": 4,
                "MA-10": 3, "MA-11": 1, "MA-12": 1,
            ],
            knowHow: ["beekeeping"],
            [
                ProductKind(
                    "HEU", "food.honey.euphorbia", vat: .exempt, [("Miel d'euphorbe", "عسل الدغموس", "Euphorbia honey")],
                    .amounts([g(250, 70...110), g(500, 130...200), kg(1, 250...380)]), knowHow: "beekeeping",
                    schemes: [("igp-miel-euphorbe-tadla-azilal", 35), ("label-agricole", 5), ("bio-maroc", 5)],
                    stock: 5...120),
                ProductKind(
                    "HTH", "food.honey.thyme", vat: .exempt, [("Miel de thym", "عسل الزعتر", "Thyme honey")],
                    .amounts([g(250, 60...95), g(500, 110...170), kg(1, 200...320)]), knowHow: "beekeeping",
                    schemes: [("label-agricole", 5), ("bio-maroc", 5)], stock: 5...120),
                ProductKind(
                    "HOR", "food.honey.orange-blossom", vat: .exempt,
                    [("Miel de fleurs d'oranger", "عسل زهر البرتقال", "Orange blossom honey")],
                    .amounts([g(500, 60...100), kg(1, 110...180)]), knowHow: "beekeeping", stock: 5...200),
                ProductKind(
                    "HJU", "food.honey.jujube", vat: .exempt, [("Miel de jujubier", "عسل السدر", "Jujube honey")],
                    .amounts([g(250, 90...140), g(500, 170...260)]), knowHow: "beekeeping", stock: 5...80),
            ]),
        Family(
            "food.oil", Words.agricultural,
            regions: ["MA-03": 12, "MA-07": 8, "MA-02": 5, "MA-05": 6, "MA-01": 5, "MA-04": 3, "MA-06": 2, "MA-08": 2],
            knowHow: ["olive-oil-pressing"],
            [
                ProductKind(
                    "OLV", "food.oil.olive", vat: .reduced10,
                    [
                        ("Huile d'olive vierge extra", "زيت زيتون بكر ممتاز", "Extra virgin olive oil"),
                        ("Huile d'olive de pression à froid", "زيت زيتون معصور على البارد", "Cold-pressed olive oil"),
                    ],
                    .amounts([ml(500, 35...55), l(1, 60...95), l(5, 280...420)]), knowHow: "olive-oil-pressing",
                    schemes: [("aop-huile-olive-tyout-chiadma", 30), ("bio-maroc", 8), ("label-agricole", 6)]),
                ProductKind(
                    "OLT", "food.olive", vat: .reduced10,
                    [
                        ("Olives noires à la marocaine", "زيتون أسود على الطريقة المغربية", "Moroccan black olives"),
                        ("Olives vertes cassées", "زيتون أخضر مرضوض", "Cracked green olives"),
                    ],
                    .amounts([g(500, 18...30), kg(1, 30...55)])),
            ]),
        Family(
            "food.dates", Words.agricultural, regions: ["MA-08": 25, "MA-10": 4, "MA-02": 2],
            knowHow: ["date-palm-cultivation"],
            [
                ProductKind(
                    "DMJ", "food.dates.majhoul", vat: .exempt, [("Dattes Majhoul", "تمور المجهول", "Majhoul dates")],
                    .amounts([g(500, 45...75), kg(1, 85...140), kg(5, 400...650)]), knowHow: "date-palm-cultivation",
                    schemes: [("igp-dattes-majhoul-tafilalet", 35), ("label-agricole", 5)]),
                ProductKind(
                    "DBF", "food.dates.boufeggous", vat: .exempt, [("Dattes Boufeggous", "تمور بوفقوس", "Boufeggous dates")],
                    .amounts([g(500, 25...40), kg(1, 45...70)]), knowHow: "date-palm-cultivation"),
            ]),
        Family(
            "food.cereal", Words.women,
            regions: [
                "MA-01": 6, "MA-03": 6, "MA-04": 6, "MA-06": 6, "MA-05": 4, "MA-07": 5, "MA-02": 3, "MA-08": 3, "MA-09": 3,
                "MA-10": 1, "MA-11": 1, "MA-12": 1,
            ],
            knowHow: ["couscous-rolling"],
            [
                ProductKind(
                    "CSC", "food.cereal.couscous", vat: .exempt,
                    [
                        ("Couscous roulé à la main", "كسكس مفتول باليد", "Hand-rolled couscous"),
                        ("Couscous d'orge", "كسكس الشعير", "Barley couscous"),
                        ("Couscous au blé complet", "كسكس القمح الكامل", "Wholewheat couscous"),
                    ],
                    description: (
                        "Semoule roulée à la paume, cuite à la vapeur et séchée au soleil.",
                        "سميدة مفتولة باليد، مطهوة على البخار ومجففة في الشمس."
                    ),
                    .amounts([g(500, 15...28), kg(1, 28...50), kg(5, 120...210)]), allergens: ["gluten"],
                    knowHow: "couscous-rolling", schemes: [("label-agricole", 5), ("terroir-du-maroc", 5)]),
                ProductKind(
                    "BRK", "food.cereal.berkoukes", vat: .exempt, [("Berkoukès", "بركوكش", "Berkoukes")],
                    .amounts([g(500, 16...30), kg(1, 30...52)]), allergens: ["gluten"], knowHow: "couscous-rolling"),
            ]),
        Family(
            "food.pastry", Words.women,
            regions: [
                "MA-06": 10, "MA-04": 8, "MA-03": 6, "MA-01": 5, "MA-07": 5, "MA-02": 4, "MA-05": 3, "MA-09": 3, "MA-08": 1,
                "MA-10": 1, "MA-11": 1, "MA-12": 1,
            ],
            [
                ProductKind(
                    "GAZ", "food.pastry", vat: .standard, [("Cornes de gazelle", "كعب الغزال", "Gazelle horns")],
                    .amounts([g(500, 60...110), kg(1, 110...200)]), allergens: ["gluten", "almonds", "nuts", "eggs"],
                    stock: 5...60),
                ProductKind(
                    "GHR", "food.pastry", vat: .standard, [("Ghriba aux amandes", "غريبة باللوز", "Almond ghriba")],
                    .amounts([g(500, 45...80)]), allergens: ["gluten", "almonds", "nuts", "eggs"], stock: 5...60),
                ProductKind(
                    "CHB", "food.pastry", vat: .standard, [("Chebakia au miel", "شباكية بالعسل", "Honey chebakia")],
                    .amounts([g(500, 35...60), kg(1, 65...110)]), allergens: ["gluten", "sesame"], stock: 5...60),
                ProductKind(
                    "SLL", "food.pastry", vat: .standard, [("Sellou", "سلو", "Sellou")], .amounts([g(500, 40...75)]),
                    allergens: ["gluten", "almonds", "nuts", "sesame"], stock: 5...60),
            ]),
        Family(
            "cosmetic", Words.women, regions: ["MA-08": 10], knowHow: ["rose-distillation"],
            [
                ProductKind(
                    "ROW", "cosmetic.rose-water", vat: .standard,
                    [("Eau de rose distillée", "ماء الورد المقطر", "Distilled rose water")],
                    .amounts([ml(250, 25...45), ml(500, 45...80)]), knowHow: "rose-distillation",
                    schemes: [("aop-rose-kelaat-mgouna-dades", 30), ("bio-maroc", 5)]),
                ProductKind(
                    "ROS", "food.flower.rose", vat: .exempt,
                    [("Boutons de rose séchés", "براعم الورد المجففة", "Dried rose buds")],
                    .amounts([g(100, 30...55), g(250, 65...120)]), knowHow: "rose-distillation",
                    schemes: [("aop-rose-kelaat-mgouna-dades", 30)]),
                ProductKind(
                    "ROC", "cosmetic.cream.rose", vat: .standard, [("Crème à la rose", "كريم الورد", "Rose cream")],
                    .amounts([ml(50, 45...90)])),
            ]),
        Family(
            "food.fruit", Words.agricultural, regions: ["MA-02": 10, "MA-09": 6, "MA-10": 8, "MA-07": 3, "MA-04": 3, "MA-06": 2],
            [
                ProductKind(
                    "CLM", "food.fruit.clementine", vat: .exempt, [("Clémentines", "كليمنتين", "Clementines")],
                    .amounts([kg(5, 40...70), kg(10, 75...130)]), schemes: [("igp-clementine-berkane", 35)]),
                ProductKind(
                    "FBB", "food.fruit.prickly-pear", vat: .exempt, [("Figues de Barbarie", "التين الشوكي", "Prickly pears")],
                    .amounts([kg(2, 20...35), kg(5, 45...80)]), schemes: [("igp-figue-barbarie-ait-baamrane", 30)]),
                ProductKind(
                    "CFB", "cosmetic.oil.prickly-pear", vat: .standard,
                    [("Huile de pépins de figue de Barbarie", "زيت بذور التين الشوكي", "Prickly pear seed oil")],
                    .amounts([ml(15, 120...200), ml(30, 220...380)]), schemes: [("bio-maroc", 10)], stock: 5...80),
                ProductKind(
                    "CNF", "food.spread.jam", vat: .reduced10,
                    [
                        ("Confiture de figues", "مربى التين", "Fig jam"),
                        ("Confiture d'oranges amères", "مربى البرتقال المر", "Bitter orange marmalade"),
                        ("Confiture de clémentines", "مربى الكليمنتين", "Clementine jam"),
                    ],
                    .amounts([g(250, 20...35), g(350, 28...45)]), schemes: [("terroir-du-maroc", 5)]),
            ]),
        Family(
            "food.cheese", Words.women, regions: ["MA-01": 10, "MA-03": 2, "MA-05": 2],
            [
                ProductKind(
                    "FRC", "food.cheese.goat", vat: .exempt,
                    [
                        ("Fromage de chèvre frais", "جبن الماعز الطري", "Fresh goat cheese"),
                        ("Fromage de chèvre affiné", "جبن الماعز المعتق", "Aged goat cheese"),
                    ],
                    .amounts([g(250, 30...50), g(500, 55...95)]), allergens: ["milk"],
                    schemes: [("igp-fromage-chevre-chefchaouen", 30)], stock: 5...80)
            ]),
        Family(
            "food.nuts", Words.agricultural, regions: ["MA-09": 10, "MA-07": 3, "MA-08": 3, "MA-05": 2],
            [
                ProductKind(
                    "AMD", "food.nuts.almond", vat: .exempt,
                    [("Amandes beldi", "لوز بلدي", "Beldi almonds"), ("Amandes décortiquées", "لوز مقشر", "Shelled almonds")],
                    .amounts([g(500, 55...90), kg(1, 100...170)]), allergens: ["almonds", "nuts"],
                    schemes: [("igp-amande-tafraout", 30), ("label-agricole", 5)]),
                ProductKind(
                    "NOX", "food.nuts.walnut", vat: .exempt, [("Cerneaux de noix", "لب الجوز", "Walnut kernels")],
                    .amounts([g(500, 60...95)]), allergens: ["nuts"]),
            ]),
        Family(
            "food", Words.plain,
            regions: [
                "MA-08": 5, "MA-05": 4, "MA-07": 4, "MA-03": 4, "MA-02": 4, "MA-09": 3, "MA-01": 3, "MA-04": 2, "MA-06": 2,
            ],
            [
                ProductKind(
                    "CMN", "food.spice.cumin", vat: .exempt, [("Cumin en graines", "كمون حب", "Cumin seeds")],
                    .amounts([g(100, 12...22), g(250, 25...45)])),
                ProductKind(
                    "RAS", "food.spice.ras-el-hanout", vat: .exempt, [("Ras el hanout", "رأس الحانوت", "Ras el hanout")],
                    .amounts([g(100, 15...30)])),
                ProductKind(
                    "THY", "food.herb.thyme", vat: .exempt, [("Thym séché", "زعتر مجفف", "Dried thyme")],
                    .amounts([g(100, 10...20)]), schemes: [("bio-maroc", 8)]),
                ProductKind(
                    "VRB", "food.herb.verbena", vat: .exempt, [("Verveine séchée", "لويزة مجففة", "Dried lemon verbena")],
                    .amounts([g(50, 10...20), g(100, 18...35)])),
                ProductKind(
                    "ROM", "cosmetic.essential-oil.rosemary", vat: .standard,
                    [("Huile essentielle de romarin", "زيت إكليل الجبل العطري", "Rosemary essential oil")],
                    .amounts([ml(10, 35...60), ml(30, 80...140)]), schemes: [("bio-maroc", 15)]),
            ]),
        Family(
            "cosmetic", Words.women,
            regions: ["MA-02": 4, "MA-03": 4, "MA-07": 4, "MA-08": 4, "MA-09": 4, "MA-04": 3, "MA-06": 3, "MA-01": 2],
            knowHow: ["henna"],
            [
                ProductKind(
                    "HEN", "cosmetic.henna", vat: .standard,
                    [("Henné naturel en poudre", "حناء طبيعية مطحونة", "Natural henna powder")],
                    .amounts([g(100, 12...25), g(250, 25...50)]), knowHow: "henna", schemes: [("bio-maroc", 8)]),
                ProductKind(
                    "GHS", "cosmetic.ghassoul", vat: .standard, [("Ghassoul de l'Atlas", "غاسول الأطلس", "Atlas ghassoul clay")],
                    .amounts([g(250, 18...35), g(500, 30...60)])),
                ProductKind(
                    "SBL", "cosmetic.soap", vat: .standard, [("Savon noir beldi", "الصابون البلدي", "Beldi black soap")],
                    .amounts([g(250, 20...40), g(500, 35...65)])),
            ]),
        Family(
            "food.dairy", Words.plain, regions: ["MA-11": 12, "MA-12": 10, "MA-10": 6, "MA-08": 1],
            [
                ProductKind(
                    "CML", "food.dairy.camel-milk", vat: .exempt, [("Lait de chamelle", "حليب الناقة", "Camel milk")],
                    .amounts([ml(500, 12...20), l(1, 22...35)]), allergens: ["milk"], stock: 5...50),
                ProductKind(
                    "FCM", "food.cheese.camel", vat: .exempt, [("Fromage de chamelle", "جبن الناقة", "Camel cheese")],
                    .amounts([g(250, 45...80)]), allergens: ["milk"], stock: 5...40),
            ]),
    ]

    static let crafts: [Family] = [
        Family(
            "craft.textile", Words.women,
            regions: [
                "MA-03": 10, "MA-05": 8, "MA-07": 6, "MA-08": 6, "MA-02": 3, "MA-04": 3, "MA-01": 2, "MA-06": 2, "MA-09": 3,
                "MA-10": 2, "MA-11": 1, "MA-12": 1,
            ],
            knowHow: ["beni-ouarain-weaving", "fes-embroidery"],
            [
                ProductKind(
                    "TAP", "craft.textile.carpet", vat: .standard,
                    [
                        ("Tapis Beni Ouarain", "زربية بني وراين", "Beni Ouarain carpet"),
                        ("Tapis berbère noué main", "زربية أمازيغية معقودة يدويًا", "Hand-knotted Berber carpet"),
                        ("Tapis boucherouite", "زربية بوشرويط", "Boucherouite rag rug"),
                        ("Kilim tissé à plat", "حنبل منسوج", "Flat-woven kilim"),
                    ],
                    description: (
                        "Laine nouée à la main sur un métier vertical.", "صوف معقود يدويًا على منسج عمودي."
                    ),
                    .area(length: 60...300, width: 40...200, perSquareMetre: 900...2600), knowHow: "beni-ouarain-weaving",
                    schemes: [("morocco-handmade", 15), ("fair-for-life", 5)], madeToOrder: 45, leadDays: 20...90,
                    stock: 1...6),
                ProductKind(
                    "CUS", "craft.textile.cushion", vat: .standard,
                    [("Coussin tissé en laine", "وسادة منسوجة من الصوف", "Woven wool cushion")],
                    .pieces(length: 40...60, width: nil, price: 250...550), schemes: [("morocco-handmade", 10)],
                    madeToOrder: 10, stock: 1...25),
                ProductKind(
                    "HNB", "craft.textile.blanket", vat: .standard, [("Couverture hanbel", "بطانية حنبل", "Hanbel blanket")],
                    .pieces(length: 150...220, width: 100...160, price: 600...1800), madeToOrder: 20, leadDays: 10...45,
                    stock: 1...10),
                ProductKind(
                    "BRD", "craft.textile.embroidery", vat: .standard,
                    [("Nappe brodée à la main", "مفرش مطرز يدويًا", "Hand-embroidered tablecloth")],
                    .pieces(length: 120...200, width: 100...160, price: 400...1500), knowHow: "fes-embroidery",
                    madeToOrder: 25, leadDays: 10...60, stock: 1...10),
            ]),
        Family(
            "craft.pottery", Words.craft,
            regions: ["MA-07": 8, "MA-03": 6, "MA-01": 3, "MA-02": 1, "MA-04": 2, "MA-06": 1, "MA-05": 1],
            knowHow: ["safi-pottery"],
            [
                ProductKind(
                    "POT", "craft.pottery", vat: .standard,
                    [
                        ("Assiette émaillée", "صحن خزفي مزجج", "Glazed plate"),
                        ("Bol en céramique peint à la main", "زبدية خزفية مرسومة يدويًا", "Hand-painted ceramic bowl"),
                        ("Vase en terre cuite", "مزهرية من الطين المشوي", "Terracotta vase"),
                    ],
                    .pieces(length: 10...40, width: nil, price: 60...450), knowHow: "safi-pottery",
                    schemes: [("morocco-handmade", 12), ("fair-for-life", 4)], madeToOrder: 5, stock: 3...60),
                ProductKind(
                    "TAJ", "craft.pottery.tagine", vat: .standard,
                    [
                        ("Tajine de cuisson en terre", "طاجين طبخ من الطين", "Clay cooking tagine"),
                        ("Tajine de service émaillé", "طاجين تقديم مزجج", "Glazed serving tagine"),
                    ],
                    .pieces(length: 20...40, width: nil, price: 80...350), knowHow: "safi-pottery", madeToOrder: 5,
                    stock: 3...60),
            ]),
        Family(
            "craft.zellige", Words.craft, regions: ["MA-03": 6, "MA-07": 2, "MA-04": 1], knowHow: ["fes-zellige"],
            [
                ProductKind(
                    "ZLG", "craft.zellige", vat: .standard,
                    [
                        ("Table en zellige", "طاولة من الزليج", "Zellige table"),
                        ("Panneau de zellige", "لوحة زليج", "Zellige panel"),
                        ("Fontaine murale en zellige", "نافورة حائطية من الزليج", "Zellige wall fountain"),
                    ],
                    .pieces(length: 40...120, width: 40...120, price: 900...6000), knowHow: "fes-zellige",
                    schemes: [("morocco-handmade", 12)], madeToOrder: 60, leadDays: 15...60, stock: 1...5)
            ]),
        Family(
            "craft.leather", Words.craft, regions: ["MA-03": 7, "MA-07": 6, "MA-08": 1, "MA-04": 1],
            knowHow: ["fes-leather-tanning"],
            [
                ProductKind(
                    "BAB", "craft.leather.slippers", vat: .standard, [("Babouches en cuir", "بلغة جلدية", "Leather babouches")],
                    .pieces(length: 24...30, width: 9...11, price: 150...400), knowHow: "fes-leather-tanning",
                    schemes: [("morocco-handmade", 10)], stock: 2...40),
                ProductKind(
                    "SAC", "craft.leather", vat: .standard,
                    [("Sac en cuir tanné à la main", "حقيبة من الجلد المدبوغ يدويًا", "Hand-tanned leather bag")],
                    .pieces(length: 25...45, width: 10...20, price: 350...1200), knowHow: "fes-leather-tanning",
                    schemes: [("morocco-handmade", 10)], madeToOrder: 15, stock: 1...20),
                ProductKind(
                    "PUF", "craft.leather", vat: .standard, [("Pouf en cuir brodé", "بوف جلدي مطرز", "Embroidered leather pouf")],
                    .pieces(length: 45...60, width: nil, price: 400...900), knowHow: "fes-leather-tanning",
                    madeToOrder: 20, stock: 1...15),
            ]),
        Family(
            "craft", Words.craft, regions: ["MA-07": 6, "MA-03": 5, "MA-01": 2, "MA-04": 1],
            knowHow: ["thuya-marquetry", "metal-engraving"],
            [
                ProductKind(
                    "THU", "craft.wood.thuya", vat: .standard,
                    [
                        ("Coffret en thuya marqueté", "علبة من خشب العرعار المرصع", "Inlaid thuya box"),
                        ("Plateau en thuya", "صينية من خشب العرعار", "Thuya tray"),
                    ],
                    .pieces(length: 10...40, width: 8...30, price: 120...900), knowHow: "thuya-marquetry",
                    schemes: [("morocco-handmade", 10), ("fair-for-life", 4)], madeToOrder: 10, stock: 2...30),
                ProductKind(
                    "LAN", "craft.metal", vat: .standard,
                    [
                        ("Lanterne en cuivre ciselé", "فانوس من النحاس المنقوش", "Chiselled copper lantern"),
                        ("Plateau en laiton gravé", "صينية من النحاس الأصفر المنقوش", "Engraved brass tray"),
                    ],
                    .pieces(length: 20...60, width: nil, price: 250...1800), knowHow: "metal-engraving",
                    schemes: [("morocco-handmade", 10)], madeToOrder: 15, stock: 1...20),
            ]),
        Family(
            "craft.basketry", Words.craft,
            regions: [
                "MA-01": 3, "MA-04": 3, "MA-06": 3, "MA-07": 3, "MA-03": 2, "MA-05": 2, "MA-08": 3, "MA-09": 2, "MA-02": 1,
                "MA-10": 1, "MA-11": 1, "MA-12": 1,
            ],
            knowHow: ["doum-basketry"],
            [
                ProductKind(
                    "PAN", "craft.basketry", vat: .standard,
                    [
                        ("Panier en palmier nain", "سلة من الدوم", "Dwarf palm basket"),
                        ("Couffin tressé", "قفة مضفورة", "Woven straw basket"),
                        ("Chapeau de paille", "قبعة من القش", "Straw hat"),
                    ],
                    .pieces(length: 25...50, width: nil, price: 60...300), knowHow: "doum-basketry", stock: 5...80)
            ]),
        Family(
            "craft.jewellery", Words.craft, regions: ["MA-09": 4, "MA-10": 2, "MA-08": 1, "MA-07": 1],
            knowHow: ["tiznit-silver-jewellery"],
            [
                ProductKind(
                    "BIJ", "craft.jewellery.silver", vat: .standard,
                    [
                        ("Fibule berbère en argent", "خلالة أمازيغية من الفضة", "Berber silver fibula"),
                        ("Bracelet en argent ciselé", "دملج من الفضة المنقوشة", "Engraved silver bracelet"),
                    ],
                    .pieces(length: 5...12, width: nil, price: 300...2500), knowHow: "tiznit-silver-jewellery",
                    schemes: [("morocco-handmade", 10)], madeToOrder: 20, leadDays: 7...30, stock: 1...15)
            ]),
    ]
}
