/// The digits and separators of a typed number, before deciding which separator is decimal.
///
/// `1 450,00` scans as groups `["1", "450", "00"]` and separators `[" ", ","]`; `interpreted`
/// then applies the rules documented on `Money.parse`.
struct DecimalText {
    /// Runs of digits; always one more than `separators`, none empty.
    var groups: [String]
    /// Normalized separators: `.`, `,`, `" "` (any space) or `'` (any apostrophe).
    var separators: [Character]

    /// Scans `body`, which must start with the number; anything after it is an error.
    static func scan(_ body: String, original: String) throws(MoneyParseError) -> DecimalText {
        let characters = Array(body)
        guard let first = characters.first, isDigit(first) else {
            if let first = characters.first, kind(of: first) != nil { throw .malformedNumber(original) }
            throw .notANumber(original)
        }
        var text = DecimalText(groups: [""], separators: [])
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isDigit(character) {
                text.groups[text.groups.count - 1].append(character)
            } else if let kind = kind(of: character), index + 1 < characters.count, isDigit(characters[index + 1]) {
                // A separator belongs to the number only between two digits.
                text.separators.append(kind)
                text.groups.append("")
            } else {
                break
            }
            index += 1
        }
        let rest = characters[index...]
        if let next = rest.first {
            if next == "." || next == "," { throw .malformedNumber(original) }  // `145,` or `145,,5`
            let trimmed = Money.trimmedWhitespace(String(rest))
            if isExponent(trimmed) { throw .exponent(original) }
            throw .unexpectedCharacters(trimmed)
        }
        return text
    }

    /// Splits into integer digits and fraction digits (both unvalidated against the currency).
    func interpreted(for currency: Currency, original: String) throws(MoneyParseError) -> (integer: String, fraction: String) {
        let punctuation = separators.filter { $0 == "." || $0 == "," }
        var decimalIndex: Int?
        switch Set(punctuation).count {
        case 2:
            // Both marks: the last one is the decimal separator and must appear once.
            let decimal = punctuation.last!
            guard punctuation.filter({ $0 == decimal }).count == 1 else { throw .multipleDecimalSeparators(original) }
            decimalIndex = separators.lastIndex(of: decimal)
        case 1 where punctuation.count == 1:
            let index = separators.firstIndex(of: punctuation[0])!
            let onlyGroupsThousands = currency.minorUnitDigits == 0 && groups[index + 1].count == 3
            if !onlyGroupsThousands { decimalIndex = index }
        case 1:
            // A repeated mark can only group thousands; if it cannot, it was meant as decimal.
            guard Self.isValidGrouping(groups) else { throw .multipleDecimalSeparators(original) }
        default:
            break
        }

        let groupCount = decimalIndex.map { $0 + 1 } ?? groups.count
        if let decimalIndex, decimalIndex != separators.count - 1 { throw .malformedNumber(original) }
        let groupSeparators = separators.prefix(groupCount - 1)
        if !groupSeparators.isEmpty {
            guard Set(groupSeparators).count == 1, Self.isValidGrouping(Array(groups.prefix(groupCount))) else {
                throw .malformedNumber(original)
            }
        }
        let fraction = decimalIndex.map { groups[$0 + 1] } ?? ""
        return (groups.prefix(groupCount).joined(), fraction)
    }

    /// Thousands grouping: 1–3 digits, then groups of exactly 3.
    private static func isValidGrouping(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    /// The normalized separator kind of `character`, or nil if it is not a separator.
    private static func kind(of character: Character) -> Character? {
        switch character {
        case ".", ",": return character
        case " ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}": return " "
        case "'", "\u{2019}": return "'"
        default: return nil
        }
    }

    /// `e3`, `E+3`, `e-3`: what follows the mantissa in scientific notation.
    private static func isExponent(_ text: String) -> Bool {
        var rest = Substring(text)
        guard rest.first == "e" || rest.first == "E" else { return false }
        rest = rest.dropFirst()
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        guard let digit = rest.first else { return false }
        return isDigit(digit)
    }
}
