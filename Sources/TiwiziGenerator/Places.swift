import TiwiziCore

/// A place name in French and Arabic.
struct PlaceName: Sendable {
    let french: String
    let arabic: String

    init(_ french: String, _ arabic: String) {
        self.french = french
        self.arabic = arabic
    }
}

/// A province (or prefecture), the town of its court of first instance, and some of its communes.
struct Province: Sendable {
    let name: PlaceName
    let court: String
    let communes: [PlaceName]

    init(_ french: String, _ arabic: String, court: String? = nil, _ communes: [(String, String)]) {
        name = PlaceName(french, arabic)
        self.court = court ?? french
        self.communes = communes.map { PlaceName($0.0, $0.1) }
    }

    /// "Tribunal de première instance de Taroudant", "… d'Essaouira".
    var courtName: String {
        let elided = court.first.map { "AEIOUYÉaeiou".contains($0) } ?? false
        return "Tribunal de première instance " + (elided ? "d'" : "de ") + court
    }
}

/// Where cooperatives are: the twelve regions, weighted by population (2014 census, in
/// thousands), each with real provinces and communes.
enum Places {
    struct RegionPlaces: Sendable {
        let region: Region
        let population: Int
        let provinces: [Province]
    }

    static let regions: [RegionPlaces] = [
        RegionPlaces(
            region: Region(code: "MA-01")!, population: 3557,
            provinces: [
                Province("Chefchaouen", "شفشاون", [("Chefchaouen", "شفشاون"), ("Bab Taza", "باب تازة"), ("Tamorot", "تمروت")]),
                Province("Tétouan", "تطوان", [("Tétouan", "تطوان"), ("Oued Laou", "واد لاو"), ("Azla", "أزلا")]),
                Province(
                    "Al Hoceïma", "الحسيمة",
                    [("Al Hoceïma", "الحسيمة"), ("Imzouren", "إمزورن"), ("Beni Bouayach", "بني بوعياش")]),
                Province("Larache", "العرائش", [("Larache", "العرائش"), ("Ksar El Kébir", "القصر الكبير")]),
                Province("Ouezzane", "وزان", [("Ouezzane", "وزان"), ("Zoumi", "زومي")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-02")!, population: 2314,
            provinces: [
                Province(
                    "Berkane", "بركان",
                    [("Berkane", "بركان"), ("Madagh", "مداغ"), ("Ahfir", "أحفير"), ("Tafoughalt", "تافوغالت")]),
                Province("Oujda-Angad", "وجدة أنكاد", court: "Oujda", [("Oujda", "وجدة"), ("Bni Drar", "بني درار")]),
                Province("Nador", "الناظور", [("Nador", "الناظور"), ("Selouane", "سلوان")]),
                Province("Figuig", "فجيج", court: "Bouarfa", [("Figuig", "فجيج"), ("Bouarfa", "بوعرفة")]),
                Province("Taourirt", "تاوريرت", [("Taourirt", "تاوريرت"), ("Debdou", "دبدو")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-03")!, population: 4237,
            provinces: [
                Province("Fès", "فاس", [("Fès", "فاس")]),
                Province("Meknès", "مكناس", [("Meknès", "مكناس"), ("Boufakrane", "بوفكران")]),
                Province("Sefrou", "صفرو", [("Sefrou", "صفرو"), ("Bhalil", "البهاليل")]),
                Province(
                    "Boulemane", "بولمان",
                    [("Outat El Haj", "أوطاط الحاج"), ("Missour", "ميسور"), ("Boulemane", "بولمان")]),
                Province("Taounate", "تاونات", [("Taounate", "تاونات"), ("Ghafsai", "غفساي")]),
                Province("Ifrane", "إفران", court: "Azrou", [("Azrou", "أزرو"), ("Ifrane", "إفران")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-04")!, population: 4581,
            provinces: [
                Province("Rabat", "الرباط", [("Rabat", "الرباط")]),
                Province("Salé", "سلا", [("Salé", "سلا")]),
                Province("Kénitra", "القنيطرة", [("Kénitra", "القنيطرة"), ("Mehdia", "المهدية")]),
                Province(
                    "Khémisset", "الخميسات", [("Khémisset", "الخميسات"), ("Tiflet", "تيفلت"), ("Rommani", "الرماني")]),
                Province("Sidi Kacem", "سيدي قاسم", [("Sidi Kacem", "سيدي قاسم")]),
                Province("Sidi Slimane", "سيدي سليمان", [("Sidi Slimane", "سيدي سليمان")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-05")!, population: 2521,
            provinces: [
                Province(
                    "Azilal", "أزيلال",
                    [("Azilal", "أزيلال"), ("Tanant", "تنانت"), ("Demnate", "دمنات"), ("Tabant", "تابانت")]),
                Province("Béni Mellal", "بني ملال", [("Béni Mellal", "بني ملال"), ("Kasba Tadla", "قصبة تادلة")]),
                Province("Khénifra", "خنيفرة", [("Khénifra", "خنيفرة"), ("Aguelmous", "أكلموس")]),
                Province("Khouribga", "خريبكة", [("Khouribga", "خريبكة"), ("Oued Zem", "وادي زم")]),
                Province("Fquih Ben Salah", "الفقيه بن صالح", [("Fquih Ben Salah", "الفقيه بن صالح")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-06")!, population: 6862,
            provinces: [
                Province("Casablanca", "الدار البيضاء", [("Casablanca", "الدار البيضاء")]),
                Province("Settat", "سطات", [("Settat", "سطات"), ("Ben Ahmed", "ابن أحمد")]),
                Province("El Jadida", "الجديدة", [("El Jadida", "الجديدة"), ("Azemmour", "أزمور")]),
                Province("Berrechid", "برشيد", [("Berrechid", "برشيد")]),
                Province("Benslimane", "بنسليمان", [("Benslimane", "بنسليمان")]),
                Province("Sidi Bennour", "سيدي بنور", [("Sidi Bennour", "سيدي بنور")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-07")!, population: 4521,
            provinces: [
                Province("Marrakech", "مراكش", [("Marrakech", "مراكش"), ("Tamesloht", "تامصلوحت")]),
                Province(
                    "Al Haouz", "الحوز", court: "Marrakech",
                    [("Tahannaout", "تحناوت"), ("Amizmiz", "أمزميز"), ("Asni", "أسني"), ("Setti Fadma", "ستي فاضمة")]),
                Province(
                    "Essaouira", "الصويرة",
                    [("Essaouira", "الصويرة"), ("Meskala", "مسكالة"), ("Tamanar", "تمنار"), ("Smimou", "سميمو")]),
                Province("Safi", "آسفي", [("Safi", "آسفي")]),
                Province("Chichaoua", "شيشاوة", [("Chichaoua", "شيشاوة"), ("Imintanoute", "إيمنتانوت")]),
                Province("El Kelaâ des Sraghna", "قلعة السراغنة", [("El Kelaâ des Sraghna", "قلعة السراغنة")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-08")!, population: 1635,
            provinces: [
                Province(
                    "Errachidia", "الرشيدية",
                    [("Erfoud", "أرفود"), ("Rissani", "الريصاني"), ("Errachidia", "الرشيدية"), ("Goulmima", "كلميمة")]),
                Province(
                    "Ouarzazate", "ورزازات", [("Ouarzazate", "ورزازات"), ("Skoura", "سكورة"), ("Aït Benhaddou", "آيت بن حدو")]),
                Province(
                    "Tinghir", "تنغير",
                    [
                        ("Kelaât M'Gouna", "قلعة مكونة"), ("Boumalne Dadès", "بومالن دادس"), ("Tinghir", "تنغير"),
                        ("Alnif", "ألنيف"),
                    ]),
                Province("Zagora", "زاكورة", [("Zagora", "زاكورة"), ("Tamegroute", "تامكروت")]),
                Province("Midelt", "ميدلت", [("Midelt", "ميدلت"), ("Rich", "الريش")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-09")!, population: 2676,
            provinces: [
                Province(
                    "Taroudant", "تارودانت",
                    [("Taliouine", "تالوين"), ("Taroudant", "تارودانت"), ("Igherm", "إغرم"), ("Ouled Berhil", "أولاد برحيل")]),
                Province(
                    "Chtouka-Aït Baha", "اشتوكة آيت باها", court: "Inezgane",
                    [("Aït Baha", "آيت باها"), ("Biougra", "بيوكرى"), ("Massa", "ماسة")]),
                Province("Tiznit", "تيزنيت", [("Tiznit", "تيزنيت"), ("Tafraout", "تافراوت")]),
                Province(
                    "Agadir Ida-Outanane", "أكادير إداوتنان", court: "Agadir",
                    [("Agadir", "أكادير"), ("Imouzzer", "إموزار"), ("Tamri", "تامري")]),
                Province(
                    "Inezgane-Aït Melloul", "إنزكان آيت ملول", court: "Inezgane",
                    [("Inezgane", "إنزكان"), ("Aït Melloul", "آيت ملول")]),
                Province("Tata", "طاطا", [("Tata", "طاطا"), ("Akka", "أقا")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-10")!, population: 434,
            provinces: [
                Province("Guelmim", "كلميم", [("Guelmim", "كلميم"), ("Asrir", "أسرير")]),
                Province(
                    "Sidi Ifni", "سيدي إفني", court: "Guelmim",
                    [("Sidi Ifni", "سيدي إفني"), ("Lakhsas", "الأخصاص"), ("Mirleft", "ميرلفت")]),
                Province("Tan-Tan", "طانطان", [("Tan-Tan", "طانطان")]),
                Province("Assa-Zag", "آسا الزاك", court: "Guelmim", [("Assa", "آسا")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-11")!, population: 368,
            provinces: [
                Province("Laâyoune", "العيون", [("Laâyoune", "العيون"), ("Foum El Oued", "فم الواد")]),
                Province("Boujdour", "بوجدور", court: "Laâyoune", [("Boujdour", "بوجدور")]),
                Province("Es-Semara", "السمارة", [("Es-Semara", "السمارة")]),
                Province("Tarfaya", "طرفاية", court: "Laâyoune", [("Tarfaya", "طرفاية")]),
            ]),
        RegionPlaces(
            region: Region(code: "MA-12")!, population: 143,
            provinces: [
                Province(
                    "Oued Ed-Dahab", "وادي الذهب", court: "Dakhla", [("Dakhla", "الداخلة"), ("Bir Anzarane", "بئر أنزران")]),
                Province("Aousserd", "أوسرد", court: "Dakhla", [("Aousserd", "أوسرد")]),
            ]),
    ]

    /// The places of `region`.
    static func of(_ region: Region) -> RegionPlaces { regions.first { $0.region == region }! }
}
