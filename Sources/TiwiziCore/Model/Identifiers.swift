/// The shapes of identifiers people type: cooperative, know-how and scheme ids, SKUs, ICEs.
public enum Identifier {
    /// The most bytes a key of the catalog has (a slug's): a longer text names no record.
    public static let maximumKeyBytes = 64

    /// A slug: lowercase ASCII letters and digits in words joined by single hyphens, 2–64 long
    /// (`tafoukt-argan`).
    public static func isSlug(_ text: String) -> Bool {
        guard (2...maximumKeyBytes).contains(text.count), !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--")
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A stock-keeping unit: uppercase ASCII letters, digits and hyphens, 3–32 long, starting
    /// with a letter or digit (`TAF-ARG-250`).
    public static func isSKU(_ text: String) -> Bool {
        guard (3...32).contains(text.count), let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// An ICE (Identifiant Commun de l'Entreprise): exactly 15 ASCII digits, kept as text.
    public static func isICE(_ text: String) -> Bool {
        text.count == 15 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// A Moroccan phone number in international form: `+212`, then 5, 6 or 7, then 8 digits.
    public static func isMoroccanPhone(_ text: String) -> Bool {
        let digits = Array(text.unicodeScalars)
        guard digits.count == 13, text.hasPrefix("+212"), ["5", "6", "7"].contains(digits[4]) else { return false }
        return digits[5...].allSatisfy { ("0"..."9").contains($0) }
    }
}
