/// The sizes and colours the charts share. Text is `ink` on `paper` or on a `tints` shade, all
/// well above WCAG AA's 4.5:1; bars and strokes keep 3:1 against the paper (the tests check
/// both). Colour never carries information alone: values are written, segments have patterns.
enum ChartStyle {
    /// The width of every chart, in CSS pixels (the `viewBox` lets CSS scale it to its column).
    static let width = 640.0
    static let margin = 16.0
    static let titleSize = 16.0
    static let textSize = 13.0
    static let lineHeight = 1.3
    /// Serif-free faces that cover Latin, Arabic and Tifinagh, then whatever sans-serif there is.
    static let fontFamily = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', 'DejaVu Sans', Arial, sans-serif"

    /// Text, strokes and axes: near black.
    static let ink = "#1a1a1a"
    /// The background.
    static let paper = "#ffffff"
    /// The fill of a bar: a dark blue, 7:1 against the paper.
    static let barFill = "#2f5d8a"
    /// Light shades behind text, lightest first, for a count's order of magnitude.
    static let tints = ["#ffffff", "#e3ecf5", "#c9dbeb", "#b0c9e1"]
}
