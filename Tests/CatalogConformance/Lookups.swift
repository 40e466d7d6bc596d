import Testing
import TiwiziCore
import TiwiziStore

/// The lookups the importer, the CLI and validation make, thrown or not.
extension CatalogConformance {
    static let lookups = [
        ConformanceCheck("cooperative by ICE and seat") { try cooperativeLookups($0) },
        ConformanceCheck("know-how existence") { try knowHowLookups($0) },
        ConformanceCheck("product SKUs by know-how and by scheme") { try productSKUs($0) },
        ConformanceCheck("cooperatives by region, in id order") { try cooperativesByRegion($0) },
        ConformanceCheck("references for validation") { try validationReferences($0) },
        ConformanceCheck("which keys name records, many at once") { try existingKeys($0) },
    ]

    private static func existingKeys(_ store: some CatalogStore) throws {
        try store.seed(
            schemes: [igpArgane], knowHow: [zelligeKnowHow], cooperatives: [cooperative()],
            products: [product("TAF-ARG-250"), product("TAF-AML-250")])
        try store.read { (reader) throws in
            #expect(
                try reader.existingKeys(.products, among: ["TAF-AML-250", "NOPE", "TAF-ARG-250", "TAF-ARG-250"]) == [
                    "TAF-AML-250", "TAF-ARG-250",
                ])
            // Keys of one kind are not keys of another; a NUL or a case change names nothing.
            #expect(
                try reader.existingKeys(.cooperatives, among: ["tafoukt-argan", "TAF-ARG-250", "Tafoukt-argan"]) == [
                    "tafoukt-argan"
                ])
            #expect(try reader.existingKeys(.schemes, among: ["igp-argane", "igp-argane\u{0}x"]) == ["igp-argane"])
            #expect(try reader.existingKeys(.knowHow, among: ["fes-zellige", "argan-oil-extraction"]) == ["fes-zellige"])
            #expect(try reader.existingKeys(.products, among: []) == [])
            // More keys than one statement takes.
            let many = (0..<40_000).map { "SKU-\($0)" } + ["TAF-ARG-250"]
            #expect(try reader.existingKeys(.products, among: many) == ["TAF-ARG-250"])
        }
    }

    private static func cooperativeLookups(_ store: some CatalogStore) throws {
        try store.seed(cooperatives: [cooperative(), cooperative("maalem-fes", ice: "002478310000075", region: "MA-03")])
        try store.read { (reader) throws in
            #expect(try reader.cooperativeID(ice: "002478310000075") == "maalem-fes")
            #expect(try reader.cooperativeID(ice: "2478310000075") == nil)
            #expect(try reader.cooperativeID(ice: "002345678000091") == "tafoukt-argan")
            #expect(try reader.seat(ofCooperative: "maalem-fes") == region("MA-03"))
            #expect(try reader.seat(ofCooperative: "nope") == nil)
            for id in ["tafoukt-argan", "maalem-fes"] {
                #expect(try reader.producerFloor(ofCooperative: id) == (try reader.cooperative(id))?.producerFloor)
            }
            #expect(try reader.producerFloor(ofCooperative: "nope") == nil)
            #expect(reader.cooperativeRegion("tafoukt-argan") == region("MA-09"))
            #expect(reader.cooperativeRegion("nope") == nil)
        }
    }

    private static func knowHowLookups(_ store: some CatalogStore) throws {
        try store.seed(knowHow: [zelligeKnowHow])
        try store.read { (reader) throws in
            #expect(try reader.knowHowExists("fes-zellige"))
            #expect(try !reader.knowHowExists("argan-oil-extraction"))
            #expect(reader.hasKnowHow("fes-zellige"))
            #expect(!reader.hasKnowHow("nope"))
        }
    }

    private static func productSKUs(_ store: some CatalogStore) throws {
        var carpet = product("TZB-BOU-1", category: "craft.textile.carpet")
        carpet.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
        var oil = product(
            "TAF-ARG-250",
            certificates: [
                certificate("igp-argane", "2020-01-01", "2022-12-31"), certificate("igp-argane", "2023-01-01", "2027-12-31"),
            ])
        oil.knowHowIDs = ["argan-oil-extraction"]
        let expired = product("TAF-ARG-100", certificates: [certificate("igp-argane", "2001-01-01", "2002-12-31")])
        try store.seed(
            schemes: [igpArgane, moroccoHandmade], knowHow: [arganKnowHow, zelligeKnowHow], cooperatives: [cooperative()],
            products: [carpet, oil, expired, product("TAF-AML-250")])
        try store.read { (reader) throws in
            #expect(try reader.productSKUs(knowHowID: "argan-oil-extraction") == ["TAF-ARG-250", "TZB-BOU-1"])
            #expect(try reader.productSKUs(knowHowID: "fes-zellige") == ["TZB-BOU-1"])
            #expect(try reader.productSKUs(knowHowID: "nope") == [])
            // Valid or not, each product once.
            #expect(try reader.productSKUs(schemeID: "igp-argane") == ["TAF-ARG-100", "TAF-ARG-250"])
            #expect(try reader.productSKUs(schemeID: "morocco-handmade") == [])
        }
    }

    private static func cooperativesByRegion(_ store: some CatalogStore) throws {
        try store.seed(
            cooperatives: [
                cooperative("tafoukt-argan"), cooperative("maalem-fes", ice: "002478310000075", region: "MA-03"),
                cooperative("amlou-ait-baha", ice: "002478310000076"),
            ])
        try store.read { (reader) throws in
            var ids: [String] = []
            try reader.forEachCooperative { ids.append($0.id) }
            #expect(ids == ["amlou-ait-baha", "maalem-fes", "tafoukt-argan"])
            ids = []
            try reader.forEachCooperative(region: region("MA-09")) { ids.append($0.id) }
            #expect(ids == ["amlou-ait-baha", "tafoukt-argan"])
            ids = []
            try reader.forEachCooperative(region: region("MA-12")) { ids.append($0.id) }
            #expect(ids == [])
        }
    }

    /// Validation asks through `CatalogReferences`; a writer's reader answers for the transaction.
    private static func validationReferences(_ store: some CatalogStore) throws {
        try store.seed(schemes: [igpArgane], cooperatives: [cooperative()])
        var checked = product("TAF-NEW-1", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
        #expect(try store.read { checked.validateReferences(in: $0) }.isEmpty)
        checked.cooperativeID = "maalem-fes"
        #expect(try store.read { checked.validateReferences(in: $0) } == [Refusal.unknownCooperative("maalem-fes")])
        try store.rehearse { (writer) throws in
            try writer.save(cooperative("maalem-fes", ice: "002478310000075"))
            #expect(checked.validateReferences(in: writer.reader).isEmpty)
        }
    }
}
