import Foundation

/// Turns what people type into domain values, or an `Issue` that says what was expected.
/// Shared by the importers and the CLI options so that both accept and reject the same text.
public enum FieldParsing {
    public static func slug(_ text: String) throws(Issue) -> String {
        guard Identifier.isSlug(text) else { throw Issue(.slugInvalid(text)) }
        return text
    }

    public static func sku(_ text: String) throws(Issue) -> String {
        guard Identifier.isSKU(text) else { throw Issue(.skuInvalid(text)) }
        return text
    }

    public static func region(_ text: String) throws(Issue) -> Region {
        guard let region = Region(code: text.trimmingSpaces) else {
            throw Issue(.regionUnknown(text))
        }
        return region
    }

    /// The most words a product search may have: each is a prefix query of the search index,
    /// and a search of 200,000 words ran for 12 s inside one SQLite call.
    public static let maximumSearchWords = 32
    /// The most bytes of text a search may have (32 long words fit), checked before its words
    /// are split: splitting 20 MB of text into characters took seconds.
    public static let maximumSearchBytes = 1024

    /// The words of a search: the text between spaces and punctuation.
    public static func searchWords(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
    }

    /// Search words as a person types them, refused beyond `maximumSearchBytes` or
    /// `maximumSearchWords`.
    public static func search(_ text: String) throws(Issue) -> String {
        guard text.utf8.count <= maximumSearchBytes else { throw Issue(.searchTooLarge(bytes: text.utf8.count)) }
        let words = searchWords(text).count
        guard words <= maximumSearchWords else { throw Issue(.searchTooLong(words: words)) }
        return text
    }

    public static func date(_ text: String) throws(Issue) -> CalendarDate {
        guard let date = CalendarDate(text) else { throw Issue(.dateInvalid(text)) }
        return date
    }

    public static func category(_ text: String) throws(Issue) -> Category {
        guard let category = Category(text.trimmingSpaces) else {
            throw Issue(.categoryInvalid(text))
        }
        return category
    }

    /// A whole number as `Numerals.integer` reads it (`1 200`, `١٢٠`).
    public static func integer(_ text: String) throws(Issue) -> Int {
        guard let value = Numerals.integer(text) else {
            throw Issue(.integerInvalid(text))
        }
        return value
    }

    /// An ICE: 15 digits, possibly typed in groups or in Arabic-Indic digits (checked by validation).
    public static func ice(_ text: String) -> String { Numerals.digitString(text) }

    public static func boolean(_ text: String) throws(Issue) -> Bool {
        switch text.trimmingSpaces.lowercased() {
        case "true", "yes", "oui", "1": return true
        case "false", "no", "non", "0": return false
        default: throw Issue(.booleanInvalid(text))
        }
    }

    /// One of an enumeration's raw values, e.g. a VAT regime or a legal form.
    public static func choice<T: RawRepresentable & CaseIterable>(_ text: String, as type: T.Type) throws(Issue) -> T
    where T.RawValue == String {
        let trimmed = text.trimmingSpaces.lowercased()
        guard let value = T(rawValue: trimmed) else {
            throw Issue(.valueNotAllowed(text, allowed: T.allCases.map(\.rawValue)))
        }
        return value
    }

    public static func currency(_ text: String) throws(Issue) -> Currency {
        guard let currency = try? Currency(code: text.trimmingSpaces) else {
            throw Issue(.currencyUnknown(text))
        }
        return currency
    }

    public static func price(_ text: String, currency: Currency) throws(Issue) -> Money {
        do {
            return try Money.parse(text, currency: currency)
        } catch {
            throw Issue(.priceInvalid(text, reason: error))
        }
    }

    /// A producer's floor, a share (`85 %`) or an amount per unit in `currency` (`120.00`).
    public static func producerFloor(_ text: String, currency: Currency) throws(Issue) -> ProducerFloor {
        guard let floor = ProducerFloor(text, currency: currency) else { throw Issue(.producerFloorInvalid(text)) }
        return floor
    }

    public static func quantity(_ text: String) throws(Issue) -> Int64 {
        guard let thousandths = NetQuantity.amount(text) else { throw Issue(.quantityInvalid(text)) }
        return thousandths
    }

    /// A certificate written `scheme:number:valid_from:valid_until` (CSV cells, CLI options).
    public static func certificate(_ text: String) throws(Issue) -> Certificate {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map {
            String($0).trimmingSpaces
        }
        guard parts.count == 4, Identifier.isSlug(parts[0]), !parts[1].isEmpty,
            let from = CalendarDate(parts[2]), let until = CalendarDate(parts[3])
        else { throw Issue(.certificateInvalid(text)) }
        return Certificate(schemeID: parts[0], number: parts[1], validFrom: from, validUntil: until)
    }

    /// Items of a list cell separated by `|`, trimmed, empty items dropped.
    public static func list(_ text: String) -> [String] {
        text.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}
