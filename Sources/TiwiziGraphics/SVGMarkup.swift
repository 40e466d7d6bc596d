/// Writing SVG markup: text escaped for XML, elements from their attributes, coordinates as short
/// decimals. Every text a graphic shows goes through ``escaped(_:)``.
enum SVGMarkup {
    /// `text` safe inside an element or a double-quoted attribute: `&`, `<`, `>` and `"` escaped,
    /// and the characters XML 1.0 forbids (control characters but tab and line breaks, U+FFFE,
    /// U+FFFF) dropped, so that no label can break the document.
    static func escaped(_ text: String) -> String {
        // Most values (numbers, colours, a QR code's path of several kilobytes) have nothing to
        // escape: a pass over their bytes says so. 0xEF leads U+FFFE and U+FFFF (and more).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF })
        else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case "\u{0}"..<"\u{20}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `<name attributes…>content</name>`, or `<name attributes…/>` without content. Attribute
    /// values are escaped; `content` is markup, already escaped.
    static func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) -> String {
        let opening = "<" + name + attributes.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined()
        guard let content else { return opening + "/>" }
        return opening + ">" + content + "</" + name + ">"
    }

    /// The attributes of a rectangle's place and size.
    static func box(x: Double, y: Double, width: Double, height: Double) -> [(String, String)] {
        [("x", number(x)), ("y", number(y)), ("width", number(width)), ("height", number(height))]
    }

    /// A coordinate or a length: at most one decimal, no trailing `.0`, no `-0`, Western digits.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + (magnitude % 10 == 0 ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)")
    }
}
