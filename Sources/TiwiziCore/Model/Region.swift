/// One of Morocco's twelve regions (ISO 3166-2 codes MA-01 … MA-12).
public struct Region: Hashable, Sendable, Comparable {
    public let code: String
    public let name: LocalizedText

    public static func < (a: Region, b: Region) -> Bool { a.code < b.code }

    /// The region with this code (`MA-09`, case-insensitive), or nil.
    public init?(code: String) {
        // The store writes codes in capitals: found without making a copy of the text.
        if let region = Region.all.first(where: { $0.code == code }) {
            self = region
            return
        }
        let capitals = code.uppercased()
        guard let region = Region.all.first(where: { $0.code == capitals }) else { return nil }
        self = region
    }

    private init(_ code: String, _ french: String, _ arabic: String) {
        self.code = code
        self.name = LocalizedText(french: french, arabic: arabic)
    }

    /// All twelve regions, by code.
    public static let all: [Region] = [
        Region("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
        Region("MA-02", "L'Oriental", "الشرق"),
        Region("MA-03", "Fès-Meknès", "فاس مكناس"),
        Region("MA-04", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة"),
        Region("MA-05", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
        Region("MA-06", "Casablanca-Settat", "الدار البيضاء سطات"),
        Region("MA-07", "Marrakech-Safi", "مراكش آسفي"),
        Region("MA-08", "Drâa-Tafilalet", "درعة تافيلالت"),
        Region("MA-09", "Souss-Massa", "سوس ماسة"),
        Region("MA-10", "Guelmim-Oued Noun", "كلميم واد نون"),
        Region("MA-11", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
        Region("MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
    ]
}
