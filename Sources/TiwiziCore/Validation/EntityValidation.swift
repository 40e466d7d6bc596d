/// What validation needs to know about the rest of the catalog: the entities a record refers to.
public protocol CatalogReferences {
    /// The region of the cooperative with this id, or nil if there is none.
    func cooperativeRegion(_ id: String) -> Region?
    func scheme(_ id: String) -> CertificationScheme?
    func hasKnowHow(_ id: String) -> Bool
}

extension Cooperative {
    /// Rules a cooperative must follow on its own. Below 5 members is a warning, not an error.
    public func validate(today: CalendarDate) -> [Issue] {
        var issues = name.validate(field: "name")
        if !Identifier.isSlug(id) { issues.append(Issue(.slugInvalid(id), field: "id")) }
        if !Identifier.isICE(ice) { issues.append(Issue(.iceInvalid(ice), field: "ice")) }
        if founded > today {
            issues.append(Issue(.foundedInFuture(founded: founded, today: today), field: "founded"))
        }
        if let issue = Issue.outOfRange(members.total, Limits.members, field: "members.total") { issues.append(issue) }
        for (what, count) in [("women", members.women), ("youth", members.youth)] where count < 0 || count > members.total {
            issues.append(
                Issue(
                    .membersOutOfRange(group: what, count: count, total: members.total),
                    field: "members.\(what)"))
        }
        if legalForm == .cooperative && members.total >= 0 && members.total < Members.legalMinimum {
            issues.append(
                Issue(
                    .membersBelowMinimum(count: members.total, minimum: Members.legalMinimum),
                    field: "members.total", severity: .warning))
        }
        if let phone, !Identifier.isMoroccanPhone(phone) { issues.append(Issue(.phoneInvalid(phone), field: "phone")) }
        if let email, !Self.looksLikeEmail(email) { issues.append(Issue(.emailInvalid(email), field: "email")) }
        issues += producerFloor?.cooperativeIssues ?? []
        issues += Issue.repeated(knowHowIDs, field: "know_how")
        let texts: [(String?, String)] = [
            (province, "province"), (commune, "commune"), (registry?.court, "registry.court"),
            (registry?.number, "registry.number"), (phone, "phone"), (email, "email"),
        ]
        for (text, field) in texts { issues += Issue.shortText(text, field: field) }
        return issues
    }

    /// Know-how the cooperative claims must exist.
    public func validateReferences(in catalog: some CatalogReferences) -> [Issue] {
        knowHowIDs.enumerated().compactMap { index, id in
            catalog.hasKnowHow(id) ? nil : Issue(.unknownKnowHow(id), field: "know_how[\(index)]")
        }
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }
}

extension Product {
    /// Rules a product must follow on its own.
    public func validate() -> [Issue] {
        var issues = name.validate(field: "name")
        issues +=
            description?.validate(
                field: "description", frenchRequired: false, maximum: Limits.longTextLength, multiline: true) ?? []
        if !Identifier.isSKU(sku) { issues.append(Issue(.skuInvalid(sku), field: "sku")) }
        if quantity.thousandths <= 0 { issues.append(Issue(.quantityNotPositive, field: "quantity.amount")) }
        if quantity.unit == .piece && quantity.thousandths % 1000 != 0 {
            issues.append(Issue(.quantityPieceFractional(quantity.amountText), field: "quantity.amount"))
        }
        issues += Issue.repeated(allergens, field: "allergens") + Issue.repeated(knowHowIDs, field: "know_how")
        issues += Issue.repeated(certificates.map { "\($0.schemeID) \($0.number)" }, field: "certificates")
        if price.minorUnits < 0 {
            issues.append(Issue(.priceNegative(price.decimalString), field: "price"))
        }
        issues += producerFloor?.issues(listPrice: price) ?? []
        switch availability {
        case .inStock(let units) where units < 0:
            issues.append(Issue(.stockNegative(units), field: "stock"))
        case .inStock(let units):
            if let issue = Issue.outOfRange(units, Limits.stock, field: "stock") { issues.append(issue) }
        case .madeToOrder(let days) where !Limits.leadDays.contains(days):
            issues.append(Issue(.leadDaysInvalid(days), field: "made_to_order.lead_days"))
        default: break
        }
        if let dimensions, dimensions.lengthCm <= 0 || dimensions.widthCm <= 0 {
            issues.append(Issue(.dimensionsInvalid, field: "dimensions"))
        } else if let dimensions {
            issues += [("length_cm", dimensions.lengthCm), ("width_cm", dimensions.widthCm)].compactMap {
                Issue.outOfRange($0.1, Limits.dimensionCm, field: "dimensions.\($0.0)")
            }
        }
        issues += Issue.shortText(origin?.place, field: "origin.place")
        for (index, allergen) in allergens.enumerated() where !Identifier.isSlug(allergen) {
            issues.append(Issue(.slugInvalid(allergen), field: "allergens[\(index)]"))
        }
        for (index, certificate) in certificates.enumerated() where !Certificate.isValidNumber(certificate.number) {
            issues.append(Issue(.certificateNumberInvalid(certificate.number), field: "certificates[\(index)].number"))
        }
        for (index, certificate) in certificates.enumerated() where certificate.validUntil < certificate.validFrom {
            issues.append(
                Issue(
                    .certificateDates(from: certificate.validFrom, until: certificate.validUntil),
                    field: "certificates[\(index)]"))
        }
        return issues
    }

    /// The cooperative, schemes and know-how a product names must exist, and each certificate's
    /// scheme must cover the product's category and origin.
    public func validateReferences(in catalog: some CatalogReferences) -> [Issue] {
        var issues: [Issue] = []
        guard let seat = catalog.cooperativeRegion(cooperativeID) else {
            return [Issue(.unknownCooperative(cooperativeID), field: "cooperative")]
        }
        let region = origin?.region ?? seat
        for (index, certificate) in certificates.enumerated() {
            let field = "certificates[\(index)].scheme"
            guard let scheme = catalog.scheme(certificate.schemeID) else {
                issues.append(Issue(.unknownScheme(certificate.schemeID), field: field))
                continue
            }
            if !scheme.covers(category: category, region: region) {
                issues.append(
                    Issue(
                        .certificateNotCovered(scheme: scheme.id, category: category.path, region: region.code), field: field))
            }
        }
        for (index, id) in knowHowIDs.enumerated() where !catalog.hasKnowHow(id) {
            issues.append(Issue(.unknownKnowHow(id), field: "know_how[\(index)]"))
        }
        return issues
    }
}

extension KnowHow {
    public func validate() -> [Issue] {
        var issues =
            name.validate(field: "name")
            + (technique?.validate(
                field: "technique", frenchRequired: false, maximum: Limits.longTextLength, multiline: true) ?? [])
        if let heritage {
            issues += Issue.shortText(heritage.status, field: "heritage.status")
            issues += Issue.shortText(heritage.title, field: "heritage.title")
            if let year = heritage.year, let issue = Issue.outOfRange(year, Limits.heritageYear, field: "heritage.year") {
                issues.append(issue)
            }
        }
        for (index, artisan) in artisans.enumerated() {
            issues += Issue.shortText(artisan.name, field: "artisans[\(index)].name")
            if artisan.name.contains("|") {
                issues.append(Issue(.artisanNameInvalid(artisan.name), field: "artisans[\(index)].name"))
            }
        }
        if !Identifier.isSlug(id) { issues.append(Issue(.slugInvalid(id), field: "id")) }
        if regions.isEmpty { issues.append(Issue(.required(field: "regions"), field: "regions")) }
        issues += Issue.repeated(regions.map(\.code), field: "regions")
        // Craft families are an open list (like schemes, it grows), written as slugs.
        if !Identifier.isSlug(craftFamily) {
            issues.append(Issue(.slugInvalid(craftFamily), field: "craft_family"))
        }
        return issues
    }
}

extension CertificationScheme {
    public func validate() -> [Issue] {
        var issues = name.validate(field: "name")
        if !Identifier.isSlug(id) { issues.append(Issue(.slugInvalid(id), field: "id")) }
        if kind.isOrigin && area.isEmpty { issues.append(Issue(.originSchemeNeedsArea(kind: kind.rawValue), field: "area")) }
        issues += Issue.repeated(categories.map(\.path), field: "categories") + Issue.repeated(area.map(\.code), field: "area")
        return issues
    }
}

extension SchemeKind {
    /// The origin schemes of law 25-06 (AOP, IGP): they protect a named area.
    public var isOrigin: Bool { self == .aop || self == .igp }
}

extension Issue {
    /// One issue per item of a list that repeats an earlier one (`allergens[2]`).
    static func repeated(_ items: [String], field: String) -> [Issue] {
        var seen: Set<String> = []
        return items.enumerated().compactMap { index, item in
            seen.insert(item).inserted ? nil : Issue(.listedTwice(item), field: "\(field)[\(index)]")
        }
    }
}
