import Foundation
import Testing

/// Every command works at the same moment: `TIWIZI_TODAY` sets the day for all of them,
/// `tiwizi run` included, and `tiwizi run --at` wins over it.
@Suite("The moment: TIWIZI_TODAY and --at")
struct MomentTests {
    /// Prints the run's date-time and day, and how many products hold a rose AOP certificate
    /// valid that day (one of the two seed certificates ends on 2026-12-31).
    private static let script = """
        print(tiwizi.now, tiwizi.today)
        print(catalog.count{certification = "aop-rose-kelaat-mgouna-dades"})
        """
    private static let scheme = "aop-rose-kelaat-mgouna-dades"

    @Test("tiwizi run sees the day in TIWIZI_TODAY, at midnight in Casablanca")
    func runSeesToday() async throws {
        let workspace = try Workspace(today: "2027-01-15")
        try await workspace.importSeed()
        try workspace.write("moment.lua", Self.script)
        let result = try await workspace.run("run", "moment.lua")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2027-01-15T00:00:00+01:00\t2027-01-15\n1\n", "\(result)")
    }

    @Test("tiwizi run and product list judge certificates on the same day", arguments: ["2026-11-29", "2027-01-15"])
    func sameDayForEveryCommand(_ today: String) async throws {
        let workspace = try Workspace(today: today)
        try await workspace.importSeed()
        try workspace.write("moment.lua", Self.script)
        let run = try await workspace.run("run", "moment.lua")
        #expect(run.status == 0, "\(run)")
        let list = try await workspace.run("product", "list", "--certification", Self.scheme, "--json")
        #expect(list.status == 0, "\(list)")
        let products = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any]
        let count = try #require(products?.count)
        #expect(run.stdout.split(separator: "\n").last.map(String.init) == "\(count)", "\(run) \(list)")
        #expect(count == (today == "2026-11-29" ? 2 : 1))
    }

    @Test("--at wins over TIWIZI_TODAY")
    func atWins() async throws {
        let workspace = try Workspace(today: "2027-01-15")
        try await workspace.importSeed()
        try workspace.write("moment.lua", Self.script)
        let result = try await workspace.run("run", "moment.lua", "--at", "2026-12-31T18:45")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "2026-12-31T18:45:00+01:00\t2026-12-31\n2\n", "\(result)")
    }

    @Test("without TIWIZI_TODAY or --at, the run is now")
    func clockWithoutSetting() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("moment.lua", "print(tiwizi.today)")
        let before = Self.casablancaDay(Date())
        let result = try await workspace.run(["run", "moment.lua"], environment: ["TIWIZI_TODAY": nil])
        let after = Self.casablancaDay(Date())
        #expect(result.status == 0, "\(result)")
        #expect([before + "\n", after + "\n"].contains(result.stdout), "\(result)")
    }

    @Test(
        "a malformed TIWIZI_TODAY fails tiwizi run with the message every command gives",
        arguments: [[], ["--at", "2026-03-20"]])
    func malformedTodayFailsRun(_ extra: [String]) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("moment.lua", Self.script)
        let message = "error: TIWIZI_TODAY is “29/11/2026”, not a date; write YYYY-MM-DD, or unset it to use today.\n"
        let bad: [String: String?] = ["TIWIZI_TODAY": "29/11/2026"]
        let run = try await workspace.run(["run", "moment.lua"] + extra, environment: bad)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderr == message, "\(run)")
        let list = try await workspace.run(["product", "list"], environment: bad)
        #expect(list.status == 1, "\(list)")
        #expect(list.stderr == message, "\(list)")
    }

    @Test("tiwizi run --help states the precedence")
    func helpStatesPrecedence() async throws {
        let workspace = try Workspace()
        let help = try await workspace.run("run", "--help")
        #expect(help.status == 0, "\(help)")
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Its date-time is --at, else the day in TIWIZI_TODAY (at midnight), else now"), "\(help)")
        #expect(text.contains("wins over TIWIZI_TODAY"), "\(help)")
    }

    private static func casablancaDay(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Africa/Casablanca")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
