import TiwiziCore

/// Horizontal positions in reading order: a chart lays itself out from the start of the line,
/// and in a right-to-left language that start is the right edge, so bars grow leftwards from
/// labels on the right. Text anchors stay logical (`start`, `end`): the `<svg>`'s `direction`
/// turns them round.
struct ReadingDirection {
    let width: Double
    let isRightToLeft: Bool

    init(width: Double, language: Language) {
        self.width = width
        isRightToLeft = language.isRightToLeft
    }

    /// The `x` of the point `offset` from the start of the line.
    func x(_ offset: Double) -> Double { isRightToLeft ? width - offset : offset }

    /// The `x` (left edge) of a box `length` wide that begins `offset` from the start of the line.
    func x(_ offset: Double, length: Double) -> Double { isRightToLeft ? width - offset - length : offset }
}
