/// How wide text is likely to be in a sans-serif face, without the font: charts lay out labels
/// before any browser measures them. The estimate errs wide (DejaVu Sans, the widest common
/// fallback), so that labels do not run into bars.
enum TextMetrics {
    /// The estimated advance of `text` at font size `size`, in the same unit.
    static func width(of text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * size
    }

    /// `text` in lines no wider than `maxWidth`, broken at spaces; a word wider than a line is
    /// cut where it reaches the edge. A line broken at a space keeps it at its end, so that the
    /// lines joined are `text` again.
    static func lines(of text: String, size: Double, maxWidth: Double) -> [String] {
        var lines: [String] = []
        var line: String?
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if let current = line {
                let candidate = current + " " + word
                if current.isEmpty || width(of: candidate, size: size) <= maxWidth {
                    line = candidate
                    continue
                }
                lines.append(current + " ")
            }
            var piece = ""
            for character in word {
                if !piece.isEmpty && width(of: piece + String(character), size: size) > maxWidth {
                    lines.append(piece)
                    piece = ""
                }
                piece.append(character)
            }
            line = piece
        }
        return lines + [line ?? ""]
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .uppercaseLetter:
            return "IJ".unicodeScalars.contains(scalar) ? 0.35 : ("MW".unicodeScalars.contains(scalar) ? 0.95 : 0.72)
        case .decimalNumber: return 0.64
        case .spaceSeparator: return 0.32
        default:
            if "iljtf.,:;'!|()[]-".unicodeScalars.contains(scalar) { return 0.36 }
            if "mw%".unicodeScalars.contains(scalar) { return 0.95 }
            return 0.62
        }
    }
}
