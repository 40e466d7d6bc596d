import Testing
import TiwiziCore

@testable import TiwiziCommands

@Suite("Progress bar")
struct ProgressBarTests {
    @Test("the bar, the share, the count, the rate and the time left, in English and French")
    func line() {
        let half = ProgressBar.line(done: 300_000, total: 600_000, unit: .records, seconds: 2, language: .english)
        #expect(half == "[████████████░░░░░░░░░░░░] 50% · 300,000/600,000 records · 150,000/s · 2 s left")
        let french = ProgressBar.line(done: 300_000, total: 600_000, unit: .records, seconds: 2, language: .french)
        #expect(
            french
                == "[████████████░░░░░░░░░░░░] 50\u{202F}% · 300\u{202F}000/600\u{202F}000 enregistrements · 150\u{202F}000/s · encore 2 s"
        )
    }

    @Test("no time left before a rate is known, nor at the end; long waits in minutes and hours")
    func edges() {
        let start = ProgressBar.line(done: 0, total: 10, unit: .records, seconds: 0, language: .english)
        #expect(start == "[░░░░░░░░░░░░░░░░░░░░░░░░] 0% · 0/10 records · 0/s")
        let end = ProgressBar.line(done: 10, total: 10, unit: .records, seconds: 5, language: .english)
        #expect(end == "[████████████████████████] 100% · 10/10 records · 2/s")
        let slow = ProgressBar.line(done: 1, total: 8_000, unit: .records, seconds: 1, language: .english)
        #expect(slow.hasSuffix(" · 2 h 13 min left"))
        #expect(CommandMessage.duration(125) == "2 min 05 s")
        #expect(CommandMessage.grouped(1_234_567, by: ",") == "1,234,567" && CommandMessage.grouped(999, by: ",") == "999")
    }
}
