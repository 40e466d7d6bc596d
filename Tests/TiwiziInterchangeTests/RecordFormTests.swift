import Foundation
import Testing
import TiwiziCore

@testable import TiwiziFormats
@testable import TiwiziInterchange

private func fullProduct() -> Product {
    Product(
        sku: "TZB-BOU-200X150", cooperativeID: "tazerbit-beni-ouarain",
        name: LocalizedText([.french: "Tapis Beni Ouarain, grand format", .arabic: "زربية بني وراين", .tamazight: "ⵜⴰⵣⵔⴱⵉⵜ"]),
        description: LocalizedText([.french: "Laine « naturelle »; tissé main", .english: "Hand-woven"]),
        category: Category("craft.textile.carpet")!, quantity: NetQuantity(thousandths: 1000, unit: .piece),
        dimensions: Dimensions(lengthCm: 200, widthCm: 150), price: Money(minorUnits: 650_000, currency: .mad),
        vat: .standard, availability: .madeToOrder(leadDays: 45),
        origin: Origin(region: Region(code: "MA-03")!, place: "Boulemane"),
        allergens: ["wool"],
        certificates: [
            Certificate(
                schemeID: "morocco-handmade", number: "MHM-2025-1187", validFrom: CalendarDate("2025-03-01")!,
                validUntil: CalendarDate("2028-02-29")!),
            Certificate(
                schemeID: "fair-for-life", number: "FFL-9", validFrom: CalendarDate("2024-01-01")!,
                validUntil: CalendarDate("2026-12-31")!),
        ],
        knowHowIDs: ["beni-ouarain-weaving", "natural-dyeing"], producerFloor: .amount(Money(minorUnits: 580_000, currency: .mad))
    )
}

private func fullCooperative() -> Cooperative {
    Cooperative(
        id: "maalem-fes", name: LocalizedText([.french: "Coopérative Al Maâlem", .arabic: "المعلم", .english: "Al Maalem"]),
        legalForm: .union, registry: Registry(court: "Tribunal de première instance de Fès", number: "2019/203"),
        ice: "002478310000075", founded: CalendarDate("2019-11-04")!, region: Region(code: "MA-03")!, province: "Fès",
        commune: "Fès", sector: Category("craft"), members: Members(total: 5, women: 1, youth: 2), phone: "+212535741286",
        email: "almaalem@example.org", knowHowIDs: ["fes-zellige", "metal-engraving"],
        producerFloor: .share(Percentage(basisPoints: 8_750)))
}

@Suite("Interchange: record forms")
struct RecordFormTests {
    @Test func productRoundTrip() throws {
        let product = fullProduct()
        let cells = RecordForm.cells(of: product)
        #expect(cells["price"] == "6500.00")
        #expect(cells["quantity"] == "1")
        #expect(cells["lead_days"] == "45")
        #expect(cells["stock"] == nil)
        #expect(
            cells["certificates"]
                == "morocco-handmade:MHM-2025-1187:2025-03-01:2028-02-29|fair-for-life:FFL-9:2024-01-01:2026-12-31")
        #expect(cells["know_how"] == "beni-ouarain-weaving|natural-dyeing")
        #expect(cells["producer_floor"] == "5800.00")
        #expect(try RecordForm.product(cells) == product)
    }

    @Test func minimalProductRoundTrip() throws {
        let product = Product(
            sku: "ASF-SAF-0-5G", cooperativeID: "asafu-safran", name: LocalizedText(french: "Safran"),
            category: Category("food.spice.saffron")!, quantity: NetQuantity(thousandths: 500, unit: .gram),
            price: Money(minorUnits: 2_200, currency: .mad), vat: .exempt, availability: .inStock(0))
        let cells = RecordForm.cells(of: product)
        #expect(cells["quantity"] == "0.5")
        #expect(cells["stock"] == "0")
        #expect(try RecordForm.product(cells) == product)
    }

    @Test func cooperativeRoundTrip() throws {
        let cooperative = fullCooperative()
        let cells = RecordForm.cells(of: cooperative)
        #expect(cells["ice"] == "002478310000075")
        #expect(cells["members_total"] == "5")
        #expect(cells["legal_form"] == "union")
        #expect(cells["producer_floor"] == "87.5 %")
        #expect(try RecordForm.cooperative(cells) == cooperative)
        var bare = cooperative
        bare.registry = nil
        bare.province = nil
        bare.commune = nil
        bare.sector = nil
        bare.phone = nil
        bare.email = nil
        bare.knowHowIDs = []
        bare.producerFloor = nil
        #expect(try RecordForm.cooperative(RecordForm.cells(of: bare)) == bare)
    }

    @Test func formsAcceptWhatPeopleType() throws {
        let product = try RecordForm.product([
            "cooperative": "tafoukt-argan", "sku": "TAF-ARG-250", "name_fr": " Huile d'argan ", "category": "food.oil.argan",
            "quantity": "0,25", "unit": "L", "price": "1 450,50 DH", "vat": "Reduced-10", "stock": " 12 ",
        ])
        #expect(product.quantity == NetQuantity(thousandths: 250, unit: .litre))
        #expect(product.price == Money(minorUnits: 145_050, currency: .mad))
        #expect(product.vat == .reduced10)
        #expect(product.availability == .inStock(12))
        #expect(product.name.french == "Huile d'argan")
    }

    @Test func formErrorsNameTheirFields() throws {
        do throws(ValidationFailure) {
            _ = try RecordForm.product([
                "cooperative": "tafoukt-argan", "sku": "taf", "name_fr": "Huile", "category": "food.oil.argan",
                "quantity": "250", "unit": "ml", "price": "-3", "stock": "4", "lead_days": "5",
            ])
            Testing.Issue.record("invalid form was accepted")
        } catch {
            #expect(error.issues.map(\.field) == ["sku", "price", "stock"])
            #expect(error.issues.map(\.problem.code) == ["skuInvalid", "priceInvalid", "stockAndMadeToOrder"])
            #expect(error.issues.allSatisfy { $0.location == nil })
        }
    }

    @Test func aProducerFloorIsReadInTheProductsCurrencyAndABadOneNamesItsField() throws {
        var cells = RecordForm.cells(of: fullProduct()).merging(["currency": "EUR", "producer_floor": "58,5"]) { $1 }
        #expect(try RecordForm.product(cells).producerFloor == .amount(Money(minorUnits: 5_850, currency: .eur)))
        cells["producer_floor"] = " 90% "
        #expect(try RecordForm.product(cells).producerFloor == .share(Percentage(percent: 90)))
        for bad in ["101 %", "-5", "abc", "12.345 %"] {
            cells["producer_floor"] = bad
            do throws(ValidationFailure) {
                _ = try RecordForm.product(cells)
                Testing.Issue.record("producer floor \(bad) was accepted")
            } catch {
                #expect(error.issues.map(\.field) == ["producer_floor"], "\(bad)")
                #expect(error.issues.map { $0.problem as? ValueProblem } == [.producerFloorInvalid(bad)], "\(bad)")
            }
        }
    }

    @Test func missingRequiredCells() throws {
        do throws(ValidationFailure) {
            _ = try RecordForm.cooperative(["id": "x-coop", "name_fr": "X"])
            Testing.Issue.record("incomplete form was accepted")
        } catch {
            #expect(
                error.issues.map { $0.problem as? ValueProblem } == [
                    .required(field: "ice"), .required(field: "founded"), .required(field: "region"),
                    .required(field: "members"),
                ])
        }
    }

    @Test func badCertificateCellIsAFailure() {
        #expect(throws: ValidationFailure.self) {
            try RecordForm.product(RecordForm.cells(of: fullProduct()).merging(["certificates": "nope"]) { $1 })
        }
    }

    @Test func checkSeparatesWarningsFromErrors() throws {
        let warning = Issue(.membersBelowMinimum(count: 3, minimum: 5), severity: .warning)
        #expect(try RecordForm.check([warning]) == [warning])
        #expect(throws: ValidationFailure.self) { try RecordForm.check([warning, Issue(.iceInvalid("12"))]) }
    }

    @Test func knowHowFormReadsRegionsHeritageAndArtisans() throws {
        let knowHow = try RecordForm.knowHow([
            "id": "argan-oil-extraction", "name_fr": "Extraction", "name_ar": "استخراج", "craft_family": "oil-extraction",
            "regions": "MA-09|ma-07", "heritage_status": "unesco", "heritage_year": "2014",
            "artisans": "Fadma:oui|Itto:non",
        ])
        #expect(knowHow.regions.map(\.code) == ["MA-09", "MA-07"])
        #expect(knowHow.heritage == Heritage(status: "unesco", year: 2014))
        #expect(
            knowHow.artisans == [Artisan(name: "Fadma", consentToPublish: true), Artisan(name: "Itto", consentToPublish: false)])
    }

    @Test func recordJSONIsTheExportShape() {
        let json = JSONDocument.render(RecordJSON.product(fullProduct()))
        #expect(json.hasPrefix("{\n  \"cooperative\": \"tazerbit-beni-ouarain\",\n  \"sku\": \"TZB-BOU-200X150\","))
        #expect(json.contains("\"price\": \"6500.00\""))
        #expect(json.contains("\"amount\": 1,"))
        #expect(JSONDocument.render(RecordJSON.cooperative(fullCooperative())).contains("\"ice\": \"002478310000075\""))
    }
}
