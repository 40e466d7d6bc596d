/// Numbers as people type them, the same in every numeric field (prices, quantities, stock,
/// members, ICE…): Western or Arabic-Indic digits (`١٢٠`, `۱۲۰`), thousands grouped by a
/// space of any kind (`1 200`, with a no-break or thin space), and invisible direction marks
/// copied along with Arabic text ignored.
public enum Numerals {
    /// `text` with Arabic-Indic digits as Western digits, the Arabic decimal separator `٫` as a
    /// comma, the Arabic thousands separator `٬` as a narrow space, `−` as `-`, and bidi marks
    /// dropped.
    public static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                continue  // invisible direction marks
            case 0x0660...0x0669: scalars.append(digit(scalar.value - 0x0660))
            case 0x06F0...0x06F9: scalars.append(digit(scalar.value - 0x06F0))
            case 0x066B: scalars.append(",")
            case 0x066C: scalars.append("\u{202F}")
            case 0x2212: scalars.append("-")  // MINUS SIGN
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `character` is a space that may group thousands.
    public static func isGroupSpace(_ character: Character) -> Bool {
        ["\u{20}", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}"].contains(character)
    }

    /// A whole number: an optional `-`, then digits, possibly grouped in threes by spaces
    /// (`1 200`, `١٢٠`, `-3`). Nil when it is anything else or does not fit in an `Int`.
    public static func integer(_ text: String) -> Int? {
        var body = Substring(normalized(text).trimmingSpaces)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let groups = body.split(omittingEmptySubsequences: false, whereSeparator: isGroupSpace)
        guard let first = groups.first, !first.isEmpty,
            groups.count == 1 || ((1...3).contains(first.count) && groups.dropFirst().allSatisfy { $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) })
        else { return nil }
        return Int((negative ? "-" : "") + groups.joined())
    }

    /// `text` as digits only, when it is digits with optional group spaces (an ICE typed
    /// `002 345 678 000 091` or in Arabic-Indic digits); otherwise `text` unchanged.
    public static func digitString(_ text: String) -> String {
        let digits = normalized(text).trimmingSpaces.filter { !isGroupSpace($0) }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigitCharacter) ? digits : text
    }

    private static func digit(_ offset: UInt32) -> Unicode.Scalar { Unicode.Scalar(UInt8(0x30 + offset)) }
}
