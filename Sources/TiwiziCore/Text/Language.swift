/// A language Tiwizi writes text in. French is required on every name; the others are optional.
public enum Language: String, CaseIterable, Codable, Sendable {
    case french = "fr"
    case arabic = "ar"
    case english = "en"
    /// Tamazight, written in Tifinagh (ISO 639-2 `zgh`, Standard Moroccan Tamazight).
    case tamazight = "zgh"

    /// Whether the language is written right to left.
    public var isRightToLeft: Bool { self == .arabic }

    /// Its direction as HTML's `dir` and SVG's `direction` write it: `rtl` or `ltr`.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }
}
