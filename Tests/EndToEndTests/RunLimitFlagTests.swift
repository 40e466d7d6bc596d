import Foundation
import Testing
import TiwiziTestSupport

/// `tiwizi run` tells the user which flag raises the limit a script ran into (LuaHost only
/// names the limit), and that flag does raise it.
@Suite("tiwizi run: limits name their flags")
struct RunLimitFlagTests {
    struct LimitCase: Sendable, CustomTestStringConvertible {
        let flag: String
        let tight: String
        let loose: String
        let source: String
        let message: String
        var testDescription: String { flag }
    }

    @Test(
        "a limit error names the flag that raises it, and raising it lets the script finish",
        arguments: [
            LimitCase(
                flag: "--max-instructions", tight: "100000", loose: "50000000",
                source: "local n = 0\nfor i = 1, 200000 do n = n + i end\nreturn n\n",
                message: "limit.lua: instruction limit exceeded: the script ran "),
            LimitCase(
                flag: "--max-memory", tight: "1M", loose: "64M",
                source: "local t = {}\nfor i = 1, 20000 do t[i] = ('x'):rep(64) .. i end\nreturn #t\n",
                message: "limit.lua: memory limit exceeded: the script needed "),
            LimitCase(
                flag: "--timeout", tight: "0.05", loose: "30",
                source: "local n = 0\nfor i = 1, 20000000 do n = n + i % 7 end\nreturn n > 0\n",
                message: "limit.lua: time limit exceeded: the script ran for "),
            LimitCase(
                flag: "--max-output", tight: "10K", loose: "1M",
                source: "for i = 1, 1000 do tiwizi.log(('x'):rep(99)) end\nreturn true\n",
                message: "limit.lua: output limit exceeded: the script wrote "),
        ])
    func limitNamesItsFlag(_ limit: LimitCase) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("limit.lua", limit.source)
        // The time case must not trip the instruction limit first; the others must not meet the
        // default deadline on a slow machine (under a sanitizer, TIWIZI_TIME_SCALE).
        let budget =
            limit.flag == "--timeout"
            ? ["--max-instructions", "1000000000"] : ["--timeout", String(Int(30 * TestTime.scale))]

        let stopped = try await workspace.run(["run", "limit.lua", limit.flag, limit.tight] + budget)
        #expect(stopped.status == 1, "\(stopped)")
        #expect(stopped.stdout.isEmpty, "\(stopped)")
        #expect(stopped.errorLines.count == 1, "\(stopped)")
        let line = stopped.errorLines.first ?? ""
        #expect(line.hasPrefix(limit.message), "\(stopped)")
        #expect(line.hasSuffix(". Raise it with \(limit.flag)."), "\(stopped)")

        let finished = try await workspace.run(["run", "limit.lua", limit.flag, limit.loose] + budget)
        #expect(finished.status == 0, "\(finished)")
    }

    @Test("a script error that is not a limit suggests no flag to raise")
    func otherFailuresNameNoFlag() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("boom.lua", "local x = nil\nreturn x.y\n")
        let result = try await workspace.run("run", "boom.lua")
        #expect(result.status == 1, "\(result)")
        #expect(result.errorLines.first == "boom.lua:2: attempt to index a nil value (local 'x')", "\(result)")
        #expect(!result.stderr.contains("Raise it with"), "\(result)")
    }
}
