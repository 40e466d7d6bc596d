/// A certification scheme (AOP, IGP, Bio Maroc, Fairtrade…). Schemes are data, not code: the
/// list grows without a release.
public struct CertificationScheme: Hashable, Sendable {
    /// The slug that identifies the scheme (`igp-argane`).
    public var id: String
    public var kind: SchemeKind
    public var name: LocalizedText
    /// Category prefixes the scheme may certify; empty means any category.
    public var categories: [Category]
    /// Regions a certified product's origin must lie in; empty means anywhere.
    public var area: [Region]

    public init(id: String, kind: SchemeKind, name: LocalizedText, categories: [Category] = [], area: [Region] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.categories = categories
        self.area = area
    }

    /// Whether the scheme may certify a product of `category` made in `region`.
    public func covers(category: Category, region: Region) -> Bool {
        (categories.isEmpty || categories.contains { category.isWithin($0) }) && (area.isEmpty || area.contains(region))
    }
}

/// The family a certification scheme belongs to.
public enum SchemeKind: String, CaseIterable, Sendable {
    /// Appellation d'origine protégée.
    case aop
    /// Indication géographique protégée.
    case igp
    case labelAgricole = "label-agricole"
    /// Organic (Bio Maroc, law 39-12).
    case organic
    case collectiveMark = "collective-mark"
    case craftLabel = "craft-label"
    case fairTrade = "fair-trade"
}

/// A product's certificate under a scheme, valid between two days inclusive.
public struct Certificate: Hashable, Sendable {
    public var schemeID: String
    public var number: String
    public var validFrom: CalendarDate
    public var validUntil: CalendarDate

    public init(schemeID: String, number: String, validFrom: CalendarDate, validUntil: CalendarDate) {
        self.schemeID = schemeID
        self.number = number
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    /// The longest certificate number.
    public static let maxNumberLength = 64

    /// A number is 1 to 64 characters, without surrounding spaces, control characters, `:` or
    /// `|` (the separators of a CSV certificate cell, `scheme:number:from:until|…`).
    public static func isValidNumber(_ number: String) -> Bool {
        !number.isEmpty && number.count <= maxNumberLength && number == number.trimmingSpaces
            && !number.contains(where: { $0 == ":" || $0 == "|" })
            && Issue.invisibleControls(number, field: "") == nil
    }

    /// Whether the certificate is valid on `day`.
    public func isValid(on day: CalendarDate) -> Bool { validFrom <= day && day <= validUntil }
}
