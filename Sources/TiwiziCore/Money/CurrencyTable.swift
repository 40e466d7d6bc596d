/// The built-in table of currencies: digits from ISO 4217, symbols after CLDR kept simple.
enum CurrencyTable {
    struct Entry: Sendable {
        let currency: Currency
        let french: String
        let arabic: String
        let english: String
        /// Other spellings people type (`DHS`, `dirham`), accepted by `Money.parse` only.
        let aliases: [String]

        /// Every marker that names this currency in typed text: code, symbols and aliases.
        var markers: [String] {
            var result: [String] = []
            for marker in [currency.code, french, arabic, english] + aliases where !result.contains(marker) {
                result.append(marker)
            }
            return result
        }
    }

    private static func entry(
        _ code: String, _ digits: Int, fr: String? = nil, ar: String? = nil, en: String? = nil,
        aliases: [String] = []
    ) -> Entry {
        Entry(
            currency: Currency(tableCode: code, minorUnitDigits: digits),
            french: fr ?? code, arabic: ar ?? code, english: en ?? code, aliases: aliases)
    }

    /// Sorted by code. Marker strings must be unique across currencies (a test checks it), so
    /// that a symbol typed by a person names exactly one currency.
    static let entries: [Entry] = [
        entry("CAD", 2, fr: "$CA", ar: "CA$", en: "CA$"),
        entry("CHF", 2),
        entry("DZD", 2, fr: "DA", ar: "د.ج."),
        entry("EGP", 2, ar: "ج.م."),
        entry("EUR", 2, fr: "€", ar: "€", en: "€"),
        entry("GBP", 2, fr: "£", ar: "£", en: "£"),
        entry("JPY", 0, en: "¥"),
        entry("KWD", 3, ar: "د.ك."),
        entry("MAD", 2, fr: "DH", ar: "د.م.", en: "MAD", aliases: ["DHS", "dirham", "dirhams", "درهم", "د.م"]),
        entry("MRU", 2, fr: "UM", ar: "أ.م."),
        entry("TND", 3, fr: "DT", ar: "د.ت."),
        entry("USD", 2, fr: "$US", ar: "US$", en: "$"),
        entry("XAF", 0, fr: "FCFA", ar: "FCFA", en: "FCFA"),
        entry("XOF", 0, fr: "F CFA", ar: "F CFA", en: "F CFA"),
    ]

    static let entriesByCode: [String: Entry] = Dictionary(
        uniqueKeysWithValues: entries.map { ($0.currency.code, $0) })

    /// Every (lowercased marker, currency) pair, longest marker first so that `$CA` wins over `$`.
    static let markers: [(marker: String, currency: Currency)] =
        entries
        .flatMap { entry in entry.markers.map { (marker: $0.lowercased(), currency: entry.currency) } }
        .sorted { $0.marker.count != $1.marker.count ? $0.marker.count > $1.marker.count : $0.marker < $1.marker }
}
