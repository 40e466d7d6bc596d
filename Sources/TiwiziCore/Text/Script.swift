/// Checks that text is written in the script its language uses.
public enum Script {
    /// Whether `text` is plausibly written in the script of `language`: letters must belong to
    /// that script (digits, punctuation and spaces are allowed everywhere).
    public static func matches(_ text: String, language: Language) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            guard scalar.properties.isAlphabetic else { return true }
            switch language {
            case .french, .english: return isLatin(scalar)
            case .arabic: return isArabic(scalar)
            case .tamazight: return isTifinagh(scalar)
            }
        }
    }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    static func isArabic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    static func isTifinagh(_ s: Unicode.Scalar) -> Bool { (0x2D30...0x2D7F).contains(s.value) }
}
