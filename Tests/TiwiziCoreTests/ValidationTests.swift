import Testing

@testable import TiwiziCore

private let today = day("2025-06-15")

@Suite("Validation: cooperatives")
struct CooperativeValidationTests {
    @Test func wellFormedCooperativeHasNoIssues() {
        #expect(sampleCooperative().validate(today: today) == [])
    }

    @Test(arguments: ["002345678000091", "000000000000000", "999999999999999"])
    func iceOfFifteenDigitsIsAccepted(ice: String) {
        #expect(Identifier.isICE(ice))
        #expect(sampleCooperative(ice: ice).validate(today: today) == [])
    }

    @Test(arguments: [
        ("00234567800009", 14), ("0023456780000911", 16), ("", 0), ("00234567800009A", 15), ("002345678 00091", 15),
        ("٠٠٢٣٤٥٦٧٨٠٠٠٠٩١", 15), ("+02345678000091", 15),
    ])
    func iceNotExactlyFifteenDigitsIsAnError(ice: String, count: Int) {
        #expect(!Identifier.isICE(ice))
        #expect(
            sampleCooperative(ice: ice).validate(today: today) == [
                Issue(.iceInvalid(ice), field: "ice")
            ])
    }

    @Test func iceMessageNamesTheCount() {
        let issue = sampleCooperative(ice: "00234567800009").validate(today: today)[0]
        #expect(issue.text(in: .english) == "ice: an ICE is exactly 15 digits; “00234567800009” has 14 characters.")
        #expect(
            issue.text(in: .french) == "ice : un ICE compte exactement 15 chiffres ; « 00234567800009 » compte 14 caractères.")
    }

    @Test func womenAndYouthMayRangeFromZeroToTotal() {
        for members in [Members(total: 10, women: 0, youth: 0), Members(total: 10, women: 10, youth: 10)] {
            #expect(sampleCooperative(members: members).validate(today: today) == [])
        }
    }

    @Test func moreWomenThanMembersIsAnError() {
        let issues = sampleCooperative(members: Members(total: 12, women: 13, youth: 2)).validate(today: today)
        #expect(issues == [Issue(.membersOutOfRange(group: "women", count: 13, total: 12), field: "members.women")])
        #expect(issues[0].text(in: .english) == "members.women: women members (13) must be between 0 and the total (12).")
    }

    @Test func negativeYouthIsAnError() {
        let issues = sampleCooperative(members: Members(total: 12, women: 2, youth: -1)).validate(today: today)
        #expect(issues == [Issue(.membersOutOfRange(group: "youth", count: -1, total: 12), field: "members.youth")])
    }

    @Test func negativeTotalIsAnErrorAndNoMinimumWarning() {
        let issues = sampleCooperative(members: Members(total: -1)).validate(today: today)
        #expect(
            issues == [
                Issue(.numberOutOfRange("-1", range: 0...1_000_000), field: "members.total"),
                Issue(.membersOutOfRange(group: "women", count: 0, total: -1), field: "members.women"),
                Issue(.membersOutOfRange(group: "youth", count: 0, total: -1), field: "members.youth"),
            ])
    }

    @Test(arguments: [0, 1, 4])
    func fewerThanFiveMembersIsAWarningForACooperative(total: Int) {
        let issues = sampleCooperative(members: Members(total: total)).validate(today: today)
        let warning = Issue(.membersBelowMinimum(count: total, minimum: 5), field: "members.total", severity: .warning)
        #expect(issues == [warning])
        #expect(issues.errors == [])
        #expect(
            issues[0].text(in: .english)
                == "warning: members.total: \(total == 1 ? "1 member" : "\(total) members") is below the legal minimum of 5 for a cooperative."
        )
    }

    @Test func fiveMembersIsEnough() {
        #expect(sampleCooperative(members: Members(total: 5, women: 5)).validate(today: today) == [])
    }

    @Test(arguments: [LegalForm.union, .association, .gie])
    func otherLegalFormsHaveNoMinimum(form: LegalForm) {
        #expect(sampleCooperative(members: Members(total: 2), legalForm: form).validate(today: today) == [])
    }

    @Test func foundingDateMayBeToday() {
        var cooperative = sampleCooperative()
        cooperative.founded = today
        #expect(cooperative.validate(today: today) == [])
    }

    @Test func foundingDateInTheFutureIsAnError() {
        var cooperative = sampleCooperative()
        cooperative.founded = day("2025-06-16")
        #expect(
            cooperative.validate(today: today) == [
                Issue(
                    .foundedInFuture(founded: CalendarDate("2025-06-16")!, today: CalendarDate("2025-06-15")!), field: "founded")
            ])
    }

    @Test func invalidIdIsAnError() {
        #expect(
            sampleCooperative(id: "Tafoukt Argan").validate(today: today) == [
                Issue(.slugInvalid("Tafoukt Argan"), field: "id")
            ])
    }

    @Test(arguments: ["+212528534210", "+212661234567", "+212700000000"])
    func moroccanPhonesAreAccepted(phone: String) {
        #expect(Identifier.isMoroccanPhone(phone))
        var cooperative = sampleCooperative()
        cooperative.phone = phone
        #expect(cooperative.validate(today: today) == [])
    }

    @Test(arguments: [
        "0661234567", "+212 661234567", "+212461234567", "+21266123456", "+2126612345678", "+21266123456a",
        "00212661234567", "+213661234567", "",
    ])
    func otherPhonesAreErrors(phone: String) {
        #expect(!Identifier.isMoroccanPhone(phone))
        var cooperative = sampleCooperative()
        cooperative.phone = phone
        #expect(cooperative.validate(today: today) == [Issue(.phoneInvalid(phone), field: "phone")])
    }

    @Test func missingPhoneAndEmailAreAccepted() {
        var cooperative = sampleCooperative()
        cooperative.phone = nil
        cooperative.email = nil
        #expect(cooperative.validate(today: today) == [])
    }

    @Test(arguments: ["tafoukt", "a@b", "a b@example.org", "@example.org", "a@@example.org"])
    func malformedEmailIsAnError(email: String) {
        var cooperative = sampleCooperative()
        cooperative.email = email
        #expect(cooperative.validate(today: today) == [Issue(.emailInvalid(email), field: "email")])
    }

    @Test func nameWithoutFrenchIsAnError() {
        var cooperative = sampleCooperative()
        cooperative.name = LocalizedText([.arabic: "تعاونية تافوكت"])
        #expect(cooperative.validate(today: today) == [Issue(.frenchNameRequired, field: "name")])
    }

    @Test func severalProblemsAreAllReported() {
        var cooperative = sampleCooperative(ice: "123", members: Members(total: 3, women: 4))
        cooperative.founded = day("2030-01-01")
        let keys = cooperative.validate(today: today).map(\.problem.code)
        #expect(keys == ["iceInvalid", "foundedInFuture", "membersOutOfRange", "membersBelowMinimum"])
    }

    @Test func knowHowReferencesMustExist() {
        var cooperative = sampleCooperative()
        #expect(cooperative.validateReferences(in: FakeCatalog()) == [])
        cooperative.knowHowIDs = ["argan-oil-extraction", "zellige"]
        #expect(
            cooperative.validateReferences(in: FakeCatalog()) == [
                Issue(.unknownKnowHow("zellige"), field: "know_how[1]")
            ])
    }
}

@Suite("Validation: identifiers")
struct IdentifierTests {
    @Test(arguments: ["tafoukt-argan", "ab", "igp-argane", "a1", "2m", String(repeating: "a", count: 64)])
    func validSlugs(text: String) {
        #expect(Identifier.isSlug(text))
        #expect(throws: Never.self) { try FieldParsing.slug(text) }
    }

    @Test(arguments: [
        "a", "", "-ab", "ab-", "a--b", "Tafoukt", "taf_argan", "taf argan", "été", "taf.argan",
        String(repeating: "a", count: 65),
    ])
    func invalidSlugs(text: String) {
        #expect(!Identifier.isSlug(text))
        #expect(throws: Issue(.slugInvalid(text))) { try FieldParsing.slug(text) }
    }

    @Test(arguments: ["TAF-ARG-250", "ASF-SAF-0-5G", "TZB-BOU-200X150", "AB1", "123", String(repeating: "A", count: 32)])
    func validSKUs(text: String) {
        #expect(Identifier.isSKU(text))
    }

    @Test(arguments: [
        "AB", "", "-AB", "taf-arg-250", "TAF_ARG", "TAF ARG", "TAF.ARG", "ÉTÉ", String(repeating: "A", count: 33),
    ])
    func invalidSKUs(text: String) {
        #expect(!Identifier.isSKU(text))
        #expect(throws: Issue(.skuInvalid(text))) { try FieldParsing.sku(text) }
    }
}

@Suite("Validation: products")
struct ProductValidationTests {
    @Test func wellFormedProductHasNoIssues() {
        #expect(sampleProduct().validate() == [])
        #expect(sampleProduct().validateReferences(in: FakeCatalog()) == [])
    }

    @Test func invalidSKUIsAnError() {
        #expect(sampleProduct(sku: "taf-arg").validate() == [Issue(.skuInvalid("taf-arg"), field: "sku")])
    }

    @Test(arguments: [Int64(0), -1, -250_000])
    func netQuantityMustBePositive(thousandths: Int64) {
        var product = sampleProduct()
        product.quantity = NetQuantity(thousandths: thousandths, unit: .gram)
        #expect(product.validate() == [Issue(.quantityNotPositive, field: "quantity.amount")])
    }

    @Test func smallestQuantityIsAccepted() {
        var product = sampleProduct()
        product.quantity = NetQuantity(thousandths: 1, unit: .kilogram)
        #expect(product.validate() == [])
    }

    @Test func zeroStockIsAccepted() {
        #expect(sampleProduct(availability: .inStock(0)).validate() == [])
    }

    @Test func negativeStockIsAnError() {
        let issues = sampleProduct(availability: .inStock(-3)).validate()
        #expect(issues == [Issue(.stockNegative(-3), field: "stock")])
        #expect(issues[0].text(in: .english) == "stock: stock is -3; it must be 0 or more (or mark the product made to order).")
    }

    @Test(arguments: [1, 45, 365])
    func leadTimeFromOneTo365DaysIsAccepted(days: Int) {
        #expect(sampleProduct(availability: .madeToOrder(leadDays: days)).validate() == [])
    }

    @Test(arguments: [0, -1, 366, 1000])
    func leadTimeOutsideOneTo365IsAnError(days: Int) {
        #expect(
            sampleProduct(availability: .madeToOrder(leadDays: days)).validate() == [
                Issue(.leadDaysInvalid(days), field: "made_to_order.lead_days")
            ])
    }

    @Test func negativePriceIsAnError() {
        var product = sampleProduct()
        product.price = Money(minorUnits: -100, currency: .mad)
        #expect(product.validate().map(\.problem.code) == ["priceNegative"])
        #expect(product.validate().map(\.field) == ["price"])
    }

    @Test func freePriceIsAccepted() {
        var product = sampleProduct()
        product.price = Money(minorUnits: 0, currency: .mad)
        #expect(product.validate() == [])
    }

    @Test func dimensionsMustBePositive() {
        var product = sampleProduct(category: "craft.textile.carpet")
        product.dimensions = Dimensions(lengthCm: 200, widthCm: 150)
        #expect(product.validate() == [])
        product.dimensions = Dimensions(lengthCm: 200, widthCm: 0)
        #expect(product.validate() == [Issue(.dimensionsInvalid, field: "dimensions")])
        product.dimensions = Dimensions(lengthCm: -1, widthCm: 150)
        #expect(product.validate() == [Issue(.dimensionsInvalid, field: "dimensions")])
    }

    @Test func certificateMayStartAndEndOnTheSameDay() {
        let certificate = Certificate(
            schemeID: "igp-argane", number: "IGP-1", validFrom: day("2024-01-01"), validUntil: day("2024-01-01"))
        #expect(sampleProduct(certificates: [certificate]).validate() == [])
    }

    @Test func certificateEndingBeforeItStartsIsAnError() {
        let good = Certificate(schemeID: "igp-argane", number: "A", validFrom: day("2023-01-01"), validUntil: day("2027-12-31"))
        let bad = Certificate(schemeID: "igp-argane", number: "B", validFrom: day("2024-01-02"), validUntil: day("2024-01-01"))
        let issues = sampleProduct(certificates: [good, bad]).validate()
        #expect(
            issues == [
                Issue(
                    .certificateDates(from: CalendarDate("2024-01-02")!, until: CalendarDate("2024-01-01")!),
                    field: "certificates[1]")
            ])
        #expect(
            issues[0].text(in: .english) == "certificates[1]: the certificate ends (2024-01-01) before it starts (2024-01-02).")
    }

    @Test func nameAndDescriptionScriptsAreChecked() {
        var product = sampleProduct()
        product.name = LocalizedText([.french: "Huile", .arabic: "Huile"])
        product.description = LocalizedText([.arabic: "زيت", .tamazight: "argan"])
        #expect(
            product.validate() == [
                Issue(.wrongScript(language: .arabic, text: "Huile"), field: "name.ar"),
                Issue(.wrongScript(language: .tamazight, text: "argan"), field: "description.zgh"),
            ])
    }
}

@Suite("Validation: product references")
struct ProductReferenceTests {
    private func certificate(_ scheme: String = "igp-argane") -> Certificate {
        Certificate(schemeID: scheme, number: "IGP-ARG-2023-0142", validFrom: day("2023-01-01"), validUntil: day("2027-12-31"))
    }

    @Test func unknownCooperativeIsTheOnlyIssueReported() {
        var product = sampleProduct(certificates: [certificate("nope")], knowHowIDs: ["nope"])
        product.cooperativeID = "ghost-coop"
        #expect(
            product.validateReferences(in: FakeCatalog()) == [
                Issue(.unknownCooperative("ghost-coop"), field: "cooperative")
            ])
    }

    @Test func unknownSchemeIsAnError() {
        let product = sampleProduct(certificates: [certificate(), certificate("bio-maroc")])
        #expect(
            product.validateReferences(in: FakeCatalog()) == [
                Issue(.unknownScheme("bio-maroc"), field: "certificates[1].scheme")
            ])
    }

    @Test func unknownKnowHowIsAnError() {
        let product = sampleProduct(knowHowIDs: ["argan-oil-extraction", "zellige"])
        #expect(
            product.validateReferences(in: FakeCatalog()) == [
                Issue(.unknownKnowHow("zellige"), field: "know_how[1]")
            ])
    }

    @Test func schemeCoversCategoryBelowItsPrefixesInItsArea() {
        let product = sampleProduct(category: "cosmetic.oil.argan", certificates: [certificate()])
        #expect(product.validateReferences(in: FakeCatalog()) == [])
    }

    @Test func schemeDoesNotCoverAnotherCategory() {
        let product = sampleProduct(category: "food.oil.olive", certificates: [certificate()])
        #expect(
            product.validateReferences(in: FakeCatalog()) == [
                Issue(
                    .certificateNotCovered(scheme: "igp-argane", category: "food.oil.olive", region: "MA-09"),
                    field: "certificates[0].scheme")
            ])
    }

    @Test func schemeDoesNotCoverAParentCategory() {
        let product = sampleProduct(category: "food.oil", certificates: [certificate()])
        #expect(product.validateReferences(in: FakeCatalog()).map(\.problem.code) == ["certificateNotCovered"])
    }

    @Test func seatOutsideTheAreaIsNotCovered() {
        var catalog = FakeCatalog()
        catalog.cooperatives["tafoukt-argan"] = region("MA-03")
        let product = sampleProduct(certificates: [certificate()])
        #expect(
            product.validateReferences(in: catalog) == [
                Issue(
                    .certificateNotCovered(scheme: "igp-argane", category: "food.oil.argan", region: "MA-03"),
                    field: "certificates[0].scheme")
            ])
    }

    @Test func originInTheAreaWinsOverTheSeat() {
        var catalog = FakeCatalog()
        catalog.cooperatives["tafoukt-argan"] = region("MA-03")
        let product = sampleProduct(origin: Origin(region: region("MA-10")), certificates: [certificate()])
        #expect(product.validateReferences(in: catalog) == [])
    }

    @Test func originOutsideTheAreaIsNotCoveredEvenWhenTheSeatIs() {
        let product = sampleProduct(origin: Origin(region: region("MA-01"), place: "Chefchaouen"), certificates: [certificate()])
        #expect(
            product.validateReferences(in: FakeCatalog()) == [
                Issue(
                    .certificateNotCovered(scheme: "igp-argane", category: "food.oil.argan", region: "MA-01"),
                    field: "certificates[0].scheme")
            ])
    }

    @Test func schemeWithoutCategoriesOrAreaCoversEverything() {
        var catalog = FakeCatalog()
        catalog.schemes["fair-for-life"] = CertificationScheme(
            id: "fair-for-life", kind: .fairTrade, name: LocalizedText(french: "Fair for Life"))
        catalog.cooperatives["tafoukt-argan"] = region("MA-12")
        let product = sampleProduct(category: "craft.pottery", certificates: [certificate("fair-for-life")])
        #expect(product.validateReferences(in: catalog) == [])
    }

    @Test func schemeCoverage() {
        let craft = CertificationScheme(
            id: "morocco-handmade", kind: .craftLabel, name: LocalizedText(french: "Morocco Handmade"),
            categories: [Category("craft")!])
        #expect(craft.covers(category: Category("craft.textile.carpet")!, region: region("MA-03")))
        #expect(craft.covers(category: Category("craft")!, region: region("MA-12")))
        #expect(!craft.covers(category: Category("crafts.textile")!, region: region("MA-03")))
        #expect(!craft.covers(category: Category("food.craft")!, region: region("MA-03")))
        #expect(igpArgane.covers(category: Category("food.oil.argan")!, region: region("MA-07")))
        #expect(!igpArgane.covers(category: Category("food.oil.argan")!, region: region("MA-08")))
        #expect(!igpArgane.covers(category: Category("food.oil.argane")!, region: region("MA-09")))
    }
}

@Suite("Validation: know-how and schemes")
struct ReferenceValidationTests {
    @Test func knowHowNeedsRegionsOnceASlugIdAndTextInTheRightScript() {
        let knowHow = KnowHow(
            id: "argan-oil-extraction", name: LocalizedText(french: "Extraction de l'huile d'argan", arabic: "استخراج زيت أركان"),
            technique: LocalizedText([.arabic: "تكسير"]), craftFamily: "oil-extraction", regions: [region("MA-09")])
        #expect(knowHow.validate() == [])
        var placeless = knowHow
        placeless.regions = [region("MA-09"), region("MA-07"), region("MA-09")]
        #expect(placeless.validate() == [Issue(.listedTwice("MA-09"), field: "regions[2]")])
        placeless.regions = []
        #expect(placeless.validate() == [Issue(.required(field: "regions"), field: "regions")])
        var bad = knowHow
        bad.id = "Argan"
        bad.technique = LocalizedText([.tamazight: "ⴰⵔⴳⴰⵏ", .english: "ⴰⵔⴳⴰⵏ"])
        #expect(
            bad.validate() == [
                Issue(.wrongScript(language: .english, text: "ⴰⵔⴳⴰⵏ"), field: "technique.en"),
                Issue(.slugInvalid("Argan"), field: "id"),
            ])
    }

    @Test func schemeNeedsFrenchNameSlugIdAndAnAreaForOrigin() {
        #expect(igpArgane.validate() == [])
        let bad = CertificationScheme(id: "IGP", kind: .igp, name: LocalizedText([.english: "PGI"]), area: [region("MA-09")])
        #expect(bad.validate() == [Issue(.frenchNameRequired, field: "name"), Issue(.slugInvalid("IGP"), field: "id")])
        let nowhere = CertificationScheme(id: "igp-x", kind: .igp, name: LocalizedText(french: "IGP X"))
        #expect(nowhere.validate() == [Issue(.originSchemeNeedsArea(kind: "igp"), field: "area")])
        let organic = CertificationScheme(id: "bio", kind: .organic, name: LocalizedText(french: "Bio"))
        #expect(organic.validate() == [], "a scheme that is not about origin needs no area")
    }
}

@Suite("Validation: field parsing")
struct FieldParsingTests {
    @Test func regionsAreTrimmedAndCaseInsensitive() throws {
        #expect(try FieldParsing.region(" ma-09 ") == region("MA-09"))
        #expect(throws: Issue(.regionUnknown("MA-13"))) { try FieldParsing.region("MA-13") }
        #expect(throws: Issue(.regionUnknown("Souss"))) { try FieldParsing.region("Souss") }
    }

    @Test func certificateFieldIsSchemeNumberAndTwoDates() throws {
        #expect(
            try FieldParsing.certificate(" igp-argane : IGP-1 : 2024-01-01 : 2027-12-31 ")
                == Certificate(
                    schemeID: "igp-argane", number: "IGP-1", validFrom: day("2024-01-01"), validUntil: day("2027-12-31")))
        for text in [
            "igp-argane:IGP-1:2024-01-01", "IGP:1:2024-01-01:2027-12-31", "igp-argane::2024-01-01:2027-12-31",
            "igp-argane:1:2024-13-01:2027-12-31", "igp-argane:1:2:2024-01-01:2027-12-31",
        ] {
            #expect(throws: Issue(.certificateInvalid(text))) { try FieldParsing.certificate(text) }
        }
    }

    @Test func booleansReadYesNoOuiNon() throws {
        for text in ["true", "yes", "OUI", " 1 "] { #expect(try FieldParsing.boolean(text) == true) }
        for text in ["false", "No", "non", "0"] { #expect(try FieldParsing.boolean(text) == false) }
        #expect(throws: Issue(.booleanInvalid("peut-être"))) { try FieldParsing.boolean("peut-être") }
    }

    @Test func integersAreWholeNumbersOnly() throws {
        #expect(try FieldParsing.integer(" 38 ") == 38)
        #expect(try FieldParsing.integer("-2") == -2)
        #expect(throws: Issue(.integerInvalid("3.5"))) { try FieldParsing.integer("3.5") }
        #expect(throws: Issue(.integerInvalid("douze"))) { try FieldParsing.integer("douze") }
    }

    @Test func choicesIgnoreCaseAndListTheAllowedValues() throws {
        #expect(try FieldParsing.choice(" Reduced-10 ", as: VATRegime.self) == .reduced10)
        #expect(
            throws: Issue(.valueNotAllowed("sarl", allowed: ["cooperative", "union", "association", "gie"]))
        ) { try FieldParsing.choice("sarl", as: LegalForm.self) }
    }

    @Test func pricesReadAsPeopleWriteThem() throws {
        #expect(try FieldParsing.price("145,50", currency: .mad) == Money(minorUnits: 14_550, currency: .mad))
        #expect(try FieldParsing.price("1 450,00 DH", currency: .mad) == Money(minorUnits: 145_000, currency: .mad))
        #expect(throws: Issue.self) { try FieldParsing.price("-3", currency: .mad) }
        do throws(Issue) {
            _ = try FieldParsing.price("abc", currency: .mad)
            Testing.Issue.record("abc was accepted as a price")
        } catch {
            #expect(error.problem as? ValueProblem == .priceInvalid("abc", reason: .notANumber("abc")))
        }
    }

    @Test func currenciesAreISOCodes() throws {
        #expect(try FieldParsing.currency(" mad ") == .mad)
        #expect(throws: Issue(.currencyUnknown("DH"))) { try FieldParsing.currency("DH") }
    }

    @Test func listsSplitOnBarsAndDropEmptyItems() {
        #expect(FieldParsing.list(" almonds | nuts||argan ") == ["almonds", "nuts", "argan"])
        #expect(FieldParsing.list("") == [])
    }

    @Test func categoriesAreLowercaseDottedSlugs() throws {
        #expect(try FieldParsing.category(" food.oil ") == Category("food.oil"))
        #expect(throws: Issue(.categoryInvalid("Food"))) { try FieldParsing.category("Food") }
    }
}
