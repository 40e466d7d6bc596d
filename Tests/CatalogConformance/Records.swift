import Testing
import TiwiziCore
import TiwiziStore

/// Each kind of record reads back exactly as saved, and saving says what it did.
extension CatalogConformance {
    static let records = [
        ConformanceCheck("schemes read back as saved") { try schemesReadBack($0) },
        ConformanceCheck("know-how reads back as saved, without removed artisans") { try knowHowReadsBack($0) },
        ConformanceCheck("cooperatives read back as saved, full or bare") { try cooperativesReadBack($0) },
        ConformanceCheck("products read back as saved, full or bare") { try productsReadBack($0) },
        ConformanceCheck("lists keep their order and lose removed items") { try listsFollowUpdates($0) },
    ]

    static let outcomes = [
        ConformanceCheck("saving says added, unchanged or updated") { try saveOutcomes($0) },
        ConformanceCheck("text in another Unicode form is unchanged") { try decomposedTextIsUnchanged($0) },
        ConformanceCheck("saving in place of the version read") { try savingReplacing($0) },
    ]

    private static func schemesReadBack(_ store: some CatalogStore) throws {
        let open = CertificationScheme(id: "fair-for-life", kind: .fairTrade, name: LocalizedText(french: "Fair for Life"))
        try store.write { (writer) throws in
            #expect(try writer.save(igpArgane) == .added)
            #expect(try writer.save(moroccoHandmade) == .added)
            #expect(try writer.save(open) == .added)
        }
        try store.read { (reader) throws in
            #expect(try reader.certificationScheme("igp-argane") == igpArgane)
            #expect(try reader.certificationScheme("fair-for-life") == open)
            #expect(try reader.certificationScheme("nope") == nil)
            #expect(try reader.allSchemes().map(\.id) == ["fair-for-life", "igp-argane", "morocco-handmade"])
            #expect(reader.scheme("morocco-handmade") == moroccoHandmade)
            #expect(reader.scheme("nope") == nil)
        }
    }

    private static func knowHowReadsBack(_ store: some CatalogStore) throws {
        try store.seed(knowHow: [zelligeKnowHow, arganKnowHow])
        try store.read { (reader) throws in
            #expect(try reader.knowHow("argan-oil-extraction") == arganKnowHow)
            #expect(try reader.knowHow("fes-zellige") == zelligeKnowHow)
            #expect(try reader.knowHow("nope") == nil)
            #expect(try reader.allKnowHow() == [arganKnowHow, zelligeKnowHow])
        }
        var changed = arganKnowHow
        changed.artisans.removeLast()
        changed.heritage = nil
        #expect(try store.write { try $0.save(changed) } == .updated)
        #expect(try store.read { try $0.knowHow(changed.id) } == changed)
    }

    private static func cooperativesReadBack(_ store: some CatalogStore) throws {
        var full = cooperative()
        full.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
        full.name[.english] = "Tafoukt Women's Cooperative"
        full.producerFloor = .share(Percentage(basisPoints: 8_750))
        var bare = Cooperative(
            id: "maalem-fes", name: LocalizedText(french: "Al Maâlem"), legalForm: .gie, ice: "002478310000075",
            founded: day("2019-11-04"), region: region("MA-03"), members: Members(total: 5))
        bare.registry = nil
        let zeros = cooperative("zero-ice", ice: "000000000000001")
        try store.seed(knowHow: [arganKnowHow, zelligeKnowHow], cooperatives: [full, bare, zeros])
        try store.read { (reader) throws in
            #expect(try reader.cooperative("tafoukt-argan") == full)
            #expect(try reader.cooperative("maalem-fes") == bare)
            #expect(try reader.cooperative("zero-ice")?.ice == "000000000000001")
            #expect(try reader.cooperative("nope") == nil)
        }
    }

    private static func productsReadBack(_ store: some CatalogStore) throws {
        var carpet = product(
            "TZB-BOU-200X150", french: "Tapis Beni Ouarain", arabic: "زربية بني وراين", category: "craft.textile.carpet",
            availability: .madeToOrder(leadDays: 45), origin: "MA-03",
            certificates: [certificate("morocco-handmade", "2025-03-01", "2028-02-29")])
        carpet.description = LocalizedText([.french: "Laine « naturelle »", .english: "Natural wool", .tamazight: "ⵜⴰⴹⵓⴹⵜ"])
        carpet.quantity = NetQuantity(thousandths: 1000, unit: .piece)
        carpet.dimensions = Dimensions(lengthCm: 200, widthCm: 150)
        carpet.price = Money(minorUnits: 650_000, currency: .mad)
        carpet.vat = .standard
        carpet.origin?.place = "Boulemane"
        carpet.allergens = ["wool", "dust"]
        carpet.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
        carpet.producerFloor = .amount(mad(580_000))
        var oil = product("TAF-ARG-EUR", arabic: "زيت أركان", availability: .inStock(0))
        oil.price = Money(minorUnits: 1_999, currency: .eur)
        oil.quantity = NetQuantity(thousandths: 500, unit: .kilogram)
        oil.vat = .exempt
        // An amount reads back in the product's currency.
        oil.producerFloor = .amount(Money(minorUnits: 1_500, currency: .eur))
        var share = product("TAF-AML-250", french: "Amlou", category: "food.spread.amlou")
        share.producerFloor = .share(Percentage(basisPoints: 1_250))
        oil.certificates = [
            certificate("igp-argane", "2020-01-01", "2022-12-31"), certificate("igp-argane", "2023-01-01", "2027-12-31"),
        ]
        let bare = product("TAF-ARG-250")
        try store.seed(
            schemes: [igpArgane, moroccoHandmade], knowHow: [arganKnowHow, zelligeKnowHow], cooperatives: [cooperative()],
            products: [carpet, oil, share, bare])
        try store.read { (reader) throws in
            #expect(try reader.product("TZB-BOU-200X150") == carpet)
            #expect(try reader.product("TAF-ARG-EUR") == oil)
            #expect(try reader.product("TAF-ARG-250") == bare)
            #expect(try reader.product("TAF-AML-250") == share)
            #expect(try reader.product("NOPE") == nil)
        }
    }

    private static func listsFollowUpdates(_ store: some CatalogStore) throws {
        var item = product(
            "TAF-ARG-250",
            certificates: [
                certificate("igp-argane", "2023-01-01", "2027-12-31"), certificate("igp-argane", "2020-01-01", "2022-12-31"),
            ])
        item.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
        item.allergens = ["nuts", "sesame"]
        var coop = cooperative()
        coop.knowHowIDs = ["fes-zellige", "argan-oil-extraction"]
        try store.seed(
            schemes: [igpArgane], knowHow: [arganKnowHow, zelligeKnowHow], cooperatives: [coop], products: [item])
        item.certificates.removeFirst()
        item.knowHowIDs = ["argan-oil-extraction"]
        item.allergens = []
        coop.knowHowIDs.reverse()
        try store.seed(cooperatives: [coop], products: [item])
        #expect(try store.read { try $0.product(item.sku) } == item)
        #expect(try store.read { try $0.cooperative(coop.id) } == coop)
    }

    private static func saveOutcomes(_ store: some CatalogStore) throws {
        try store.write { (writer) throws in
            #expect(try writer.save(igpArgane) == .added)
            #expect(try writer.save(igpArgane) == .unchanged)
            var scheme = igpArgane
            scheme.area.removeLast()
            #expect(try writer.save(scheme) == .updated)
            #expect(try writer.save(scheme) == .unchanged)

            #expect(try writer.save(arganKnowHow) == .added)
            #expect(try writer.save(arganKnowHow) == .unchanged)
            var knowHow = arganKnowHow
            knowHow.craftFamily = "oil-pressing"
            #expect(try writer.save(knowHow) == .updated)

            var coop = cooperative()
            #expect(try writer.save(coop) == .added)
            #expect(try writer.save(coop) == .unchanged)
            coop.members.women = 30
            #expect(try writer.save(coop) == .updated)
            coop.producerFloor = .share(Percentage(percent: 90))
            #expect(try writer.save(coop) == .updated)
            coop.producerFloor = nil
            #expect(try writer.save(coop) == .updated)
            #expect(try writer.save(coop) == .unchanged)

            var item = product("TAF-ARG-250", certificates: [certificate("igp-argane", "2023-01-01", "2027-12-31")])
            #expect(try writer.save(item) == .added)
            #expect(try writer.save(item) == .unchanged)
            item.price = mad(15_000)
            #expect(try writer.save(item) == .updated)
            item.certificates = []
            #expect(try writer.save(item) == .updated)
            #expect(try writer.save(item) == .unchanged)
            item.producerFloor = .amount(mad(12_000))
            #expect(try writer.save(item) == .updated)
            item.producerFloor = .share(Percentage(percent: 80))
            #expect(try writer.save(item) == .updated)
            #expect(try writer.save(item) == .unchanged)
        }
        // Across transactions too.
        #expect(try store.write { try $0.save(cooperative()) } == .updated)
        #expect(try store.write { try $0.save(cooperative()) } == .unchanged)
        #expect(try store.write { try $0.save(product("TAF-ARG-250")) } == .updated)
        #expect(try store.write { try $0.save(product("TAF-ARG-250")) } == .unchanged)
    }

    private static func decomposedTextIsUnchanged(_ store: some CatalogStore) throws {
        _ = try store.write { try $0.save(cooperative(french: "Coopérative")) }
        #expect(try store.write { try $0.save(cooperative(french: "Coope\u{0301}rative")) } == .unchanged)
    }

    /// `save(_:replacing:)` takes the version the transaction read: the outcome follows it, and
    /// the record saved is the one given.
    private static func savingReplacing(_ store: some CatalogStore) throws {
        try store.seed(schemes: [igpArgane], knowHow: [arganKnowHow], cooperatives: [cooperative()])
        try store.write { (writer) throws in
            var scheme = igpArgane
            #expect(try writer.save(scheme, replacing: igpArgane) == .unchanged)
            scheme.categories.removeLast()
            #expect(try writer.save(scheme, replacing: igpArgane) == .updated)
            #expect(try writer.reader.certificationScheme(scheme.id) == scheme)
            #expect(try writer.save(moroccoHandmade, replacing: nil) == .added)

            var knowHow = arganKnowHow
            knowHow.artisans = []
            #expect(try writer.save(knowHow, replacing: arganKnowHow) == .updated)
            #expect(try writer.save(zelligeKnowHow, replacing: nil) == .added)

            let stored = try #require(try writer.reader.cooperative("tafoukt-argan"))
            var coop = stored
            coop.phone = nil
            #expect(try writer.save(coop, replacing: stored) == .updated)
            #expect(try writer.save(coop, replacing: coop) == .unchanged)

            let item = product("TAF-ARG-250")
            #expect(try writer.save(item, replacing: nil) == .added)
            var moved = item
            moved.cooperativeID = "maalem-fes"
            #expect(throws: Refusal.skuOfAnotherCooperative(item.sku, owner: "tafoukt-argan")) {
                try writer.save(moved, replacing: item)
            }
        }
        try store.read { (reader) throws in
            #expect(try reader.knowHow("argan-oil-extraction")?.artisans == [])
            #expect(try reader.knowHow("fes-zellige") == zelligeKnowHow)
            #expect(try reader.cooperative("tafoukt-argan")?.phone == nil)
            #expect(try reader.certificationScheme("morocco-handmade") == moroccoHandmade)
            #expect(try reader.product("TAF-ARG-250") == product("TAF-ARG-250"))
        }
    }
}
