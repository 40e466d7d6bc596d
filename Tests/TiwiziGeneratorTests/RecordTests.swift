import Foundation
import Testing
import TiwiziCore
import TiwiziFormats

@testable import TiwiziGenerator

@Suite("Generator: records")
struct RecordTests {
    let catalog = GeneratedCatalog.sample
    /// The day the certificates' windows are judged on.
    let today = CalendarDate("2026-12-01")!

    @Test("Every record passes the domain's checks, references included, without a warning")
    func valid() {
        let references = References(catalog)
        for cooperative in catalog.cooperatives {
            let issues = cooperative.validate(today: today) + cooperative.validateReferences(in: references)
            #expect(issues.isEmpty, "\(cooperative.id): \(issues)")
        }
        for product in catalog.products {
            let issues = product.validate() + product.validateReferences(in: references)
            #expect(issues.isEmpty, "\(product.sku): \(issues)")
        }
        for scheme in ReferenceData.schemes { #expect(scheme.validate().isEmpty, "\(scheme.id)") }
        for knowHow in ReferenceData.knowHow { #expect(knowHow.validate().isEmpty, "\(knowHow.id)") }
    }

    @Test("Ids, SKUs, ICEs and certificate numbers are unique")
    func unique() {
        let ids = catalog.cooperatives.map(\.id)
        let ices = catalog.cooperatives.map(\.ice)
        let skus = catalog.products.map(\.sku)
        let numbers = catalog.products.flatMap { $0.certificates.map(\.number) }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ices).count == ices.count && ices.allSatisfy(Identifier.isICE))
        #expect(Set(skus).count == skus.count)
        #expect(Set(numbers).count == numbers.count && numbers.count > 1_000)
        #expect(Set(ReferenceData.knowHow.map(\.id)).count == 17)
    }

    @Test("Regions follow the population: Casablanca-Settat first, Dakhla last, none left out")
    func regions() {
        var counts: [String: Int] = [:]
        for cooperative in catalog.cooperatives { counts[cooperative.region.code, default: 0] += 1 }
        #expect(counts.count == 12)
        #expect(counts.max { $0.value < $1.value }?.key == "MA-06")
        #expect(counts.min { $0.value < $1.value }?.key == "MA-12")
        // The seat of argan and saffron: Souss-Massa's cooperatives are mostly in its families.
        let souss = catalog.cooperatives.filter { $0.region.code == "MA-09" }
        #expect(souss.percent { $0.sector?.path == "food.oil" || $0.sector?.path == "food.spice" } > 40)
    }

    @Test("Members: many women's cooperatives, some youth ones, the legal five at least")
    func members() {
        let cooperatives = catalog.cooperatives
        #expect((25...55).contains(cooperatives.percent { $0.members.women == $0.members.total }))
        #expect((5...15).contains(cooperatives.percent { $0.members.youth == $0.members.total }))
        #expect(cooperatives.allSatisfy { $0.members.total >= 5 })
        #expect((80...95).contains(cooperatives.percent { $0.legalForm == .cooperative }))
        #expect(cooperatives.contains { $0.legalForm == .union } && cooperatives.contains { $0.legalForm == .gie })
        let womens = cooperatives.filter { $0.members.women == $0.members.total && $0.legalForm == .cooperative }
        #expect(
            womens.allSatisfy {
                $0.name.french.hasPrefix("Coopérative féminine ") && $0.name[.arabic]!.hasPrefix("التعاونية النسوية ")
            })
    }

    @Test("Names: French and Arabic everywhere, in their scripts and in NFC; some English and Tifinagh")
    func names() {
        let names = catalog.cooperatives.map(\.name) + catalog.products.map(\.name)
        for name in names {
            let arabic = name[.arabic] ?? ""
            #expect(Script.matches(name.french, language: .french) && Script.matches(arabic, language: .arabic), "\(name)")
            #expect(name.french == name.french.precomposedStringWithCanonicalMapping)
            #expect(arabic == arabic.precomposedStringWithCanonicalMapping)
        }
        #expect((20...40).contains(catalog.cooperatives.percent { $0.name[.english] != nil }))
        #expect(catalog.cooperatives.contains { $0.name[.tamazight] != nil })
        #expect((40...60).contains(catalog.products.percent { $0.name[.english] != nil }))
    }

    @Test("Products per cooperative: most have few, some many, every one at least one")
    func productsPerCooperative() {
        var counts: [String: Int] = [:]
        for product in catalog.products { counts[product.cooperativeID, default: 0] += 1 }
        let sorted = counts.values.sorted()
        #expect(counts.count == catalog.cooperatives.count)
        #expect(sorted[sorted.count / 2] <= 6 && sorted.last! >= 50)
    }

    @Test("Prices in whole centimes, by category; quantities and units that fit")
    func prices() {
        func prices(_ category: String) -> [Int64] {
            catalog.products.filter { $0.category.path == category }.map(\.price.minorUnits)
        }
        #expect(catalog.products.allSatisfy { $0.price.minorUnits > 0 && $0.price.currency == .mad })
        #expect(catalog.products.allSatisfy { $0.price.decimalString.wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil })
        let carpets = prices("craft.textile.carpet").sorted()
        #expect(carpets.first! >= 15_000 && carpets[carpets.count / 2] >= 100_000, "a small rug, a big carpet")
        #expect(prices("food.spice.saffron").allSatisfy { (1_500...25_000).contains($0) })
        #expect(catalog.products.filter { $0.quantity.unit == .piece }.allSatisfy { $0.dimensions != nil })
        #expect(catalog.products.filter { $0.category.path.hasPrefix("food.") }.allSatisfy { $0.quantity.unit != .piece })
        #expect(Set(catalog.products.map(\.vat)) == [.standard, .reduced10, .exempt])
    }

    @Test("Stock or made to order; origins elsewhere; producer floors on some")
    func availabilityOriginsAndFloors() {
        let products = catalog.products
        let crafts = products.filter { $0.category.path.hasPrefix("craft.") }
        #expect((2...20).contains(products.percent { $0.availability.status == .madeToOrder }))
        #expect(crafts.percent { $0.availability.status == .madeToOrder } > 10)
        #expect(products.filter { !$0.category.path.hasPrefix("craft.") }.allSatisfy { $0.availability.status != .madeToOrder })
        #expect((2...10).contains(products.percent { $0.availability.status == .outOfStock }))
        let seats = Dictionary(uniqueKeysWithValues: catalog.cooperatives.map { ($0.id, $0.region) })
        let elsewhere = products.percent { product in product.origin?.region.map { $0 != seats[product.cooperativeID] } ?? false }
        #expect((2...10).contains(elsewhere))
        #expect(products.contains { $0.origin?.region == nil && $0.origin?.place != nil })
        #expect((10...20).contains(catalog.cooperatives.percent { $0.producerFloor != nil }))
        #expect((4...8).contains(products.percent { $0.producerFloor != nil }))
        #expect(products.contains { if case .amount = $0.producerFloor { true } else { false } })
    }

    @Test("Certificates: some expired, many current, some not yet valid; origin schemes only where they apply")
    func certificates() {
        let certificates = catalog.products.flatMap(\.certificates)
        #expect(certificates.percent { $0.validUntil < today } > 10)
        #expect(certificates.percent { $0.isValid(on: today) } > 30)
        #expect(certificates.percent { $0.validFrom > today } > 2)
        let argan = catalog.products.filter { $0.category.path == "food.oil.argan" }
        #expect(argan.percent { $0.certificates.contains { $0.schemeID == "igp-argane" } } > 20)
        #expect(catalog.products.contains { !$0.knowHowIDs.isEmpty })
        #expect(catalog.cooperatives.contains { !$0.knowHowIDs.isEmpty })
    }
}

@Suite("Generator: cells")
struct CellTests {
    @Test("The cells written are those of the records' documents, for every record of the sample")
    func sameCellsAsTheDocuments() {
        let catalog = GeneratedCatalog.sample
        for cooperative in catalog.cooperatives {
            let expected = CSVRowMapping.cells(of: CooperativeRecord.encode(cooperative), layout: .cooperatives)
            #expect(RecordCells.cooperatives.map { $0(cooperative) } == expected)
        }
        for product in catalog.products {
            let expected = CSVRowMapping.cells(of: ProductRecord.encode(product, includeCooperative: true), layout: .products)
            #expect(RecordCells.products.map { $0(product) } == expected)
        }
    }
}
