import TiwiziCore

/// A progress bar on the terminal's status line, for work whose total is known: the bar, the
/// share done, the count, the rate and the time left,
/// `[██████████░░░░░░░░░░░░░░] 42% · 252,000/600,000 records · 210,000/s · 2 s left`.
/// Drawn only when `Console.showsProgress` (a person at a terminal), at most ten times a second.
struct ProgressBar {
    let total: Int
    let unit: ProgressUnit
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var drawn: ContinuousClock.Instant?

    /// The bar's width, in characters.
    static let width = 24

    init(total: Int, unit: ProgressUnit) {
        self.total = total
        self.unit = unit
        start = clock.now
    }

    /// Shows that `done` of `total` are done (redrawn at most every 100 ms, and at the end).
    mutating func update(done: Int) {
        guard Console.showsProgress else { return }
        let now = clock.now
        if let drawn, now - drawn < .milliseconds(100), done < total { return }
        drawn = now
        let elapsed = now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        Console.progress(Self.line(done: done, total: total, unit: unit, seconds: seconds, language: Console.language))
    }

    /// Clears the status line.
    func finish() { Console.endProgress() }

    /// The status line after `seconds` with `done` of `total` done.
    static func line(done: Int, total: Int, unit: ProgressUnit, seconds: Double, language: InterfaceLanguage) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int(fraction * Double(width))
        let bar = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "]"
        let perSecond = seconds > 0 ? Int(Double(done) / seconds) : 0
        let left = perSecond > 0 && done < total ? Int((Double(total - done) / Double(perSecond)).rounded(.up)) : nil
        let words = CommandMessage.progress(
            percent: Int(fraction * 100), done: done, total: total, unit: unit, perSecond: perSecond, secondsLeft: left)
        return bar + " " + words.text(in: language)
    }
}
