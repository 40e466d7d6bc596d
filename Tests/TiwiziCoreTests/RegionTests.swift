import Testing

@testable import TiwiziCore

@Suite("Model: regions")
struct RegionTests {
    @Test func thereAreTwelveRegionsInCodeOrder() {
        #expect(Region.all.count == 12)
        #expect(Region.all.map(\.code) == (1...12).map { $0 < 10 ? "MA-0\($0)" : "MA-\($0)" })
        #expect(Region.all == Region.all.sorted())
        #expect(Set(Region.all.map(\.name.french)).count == 12)
        #expect(Set(Region.all.compactMap { $0.name[.arabic] }).count == 12)
    }

    @Test(arguments: [
        ("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
        ("MA-02", "L'Oriental", "الشرق"),
        ("MA-03", "Fès-Meknès", "فاس مكناس"),
        ("MA-04", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة"),
        ("MA-05", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
        ("MA-06", "Casablanca-Settat", "الدار البيضاء سطات"),
        ("MA-07", "Marrakech-Safi", "مراكش آسفي"),
        ("MA-08", "Drâa-Tafilalet", "درعة تافيلالت"),
        ("MA-09", "Souss-Massa", "سوس ماسة"),
        ("MA-10", "Guelmim-Oued Noun", "كلميم واد نون"),
        ("MA-11", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
        ("MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"),
    ])
    func namesInFrenchAndArabic(code: String, french: String, arabic: String) throws {
        let region = try #require(Region(code: code))
        #expect(region.code == code)
        #expect(region.name.french == french)
        #expect(region.name[.arabic] == arabic)
        #expect(region.name.languages == [.french, .arabic])
        #expect(region.name.validate(field: "name") == [])
    }

    @Test func codesAreCaseInsensitive() {
        #expect(Region(code: "ma-09")?.code == "MA-09")
        #expect(Region(code: "Ma-12")?.name.french == "Dakhla-Oued Ed-Dahab")
    }

    @Test(arguments: ["MA-00", "MA-13", "MA-9", "MA09", "09", "Souss-Massa", "", " MA-09"])
    func unknownCodes(code: String) {
        #expect(Region(code: code) == nil)
    }
}
