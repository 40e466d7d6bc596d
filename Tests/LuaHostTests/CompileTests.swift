import LuaHost
import Testing
import TiwiziTestSupport

extension LuaHostSuite {
    /// Compiling is work: the parser cannot be interrupted, so it is fed the chunk in pieces,
    /// each charged and checked against the deadline.
    @Suite("Compiling")
    struct CompileTests {
        /// Names looked up through 150 nested functions of 190 locals each: stock Lua takes
        /// about 20 s to compile 1 MiB of this.
        static func slowChunk(bytes: Int) -> String {
            let locals = "local " + (0..<190).map { "v\($0)" }.joined(separator: ",") + "\n"
            let head = (0..<150).map { "local function f\($0)() \(locals)" }.joined()
            let tail = String(repeating: " end", count: 150)
            let body = String(repeating: "x=x ", count: max(bytes - head.utf8.count - tail.utf8.count, 0) / 4)
            return head + body + tail
        }

        @Test func theDeadlineStopsASlowCompile() throws {
            var limits = testLimits
            limits.timeout = .milliseconds(300)
            limits.instructions = Int.max / 2
            let sandbox = try makeSandbox(limits: limits)
            let started = ContinuousClock.now
            let error = failure { _ = try sandbox.load(Self.slowChunk(bytes: 1 << 20), name: "slow.lua") }
            guard case .timeout? = error?.kind else {
                Issue.record("expected the time limit, got \(String(describing: error))")
                return
            }
            #expect(error?.script == "slow.lua")
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(2)))
            // The sandbox compiles and runs the next script as usual.
            #expect(try sandbox.run("return 1 + 1", name: "next.lua").values == [2])
        }

        @Test func loadInsideAScriptIsChargedAndStoppedByTheDeadline() throws {
            var limits = testLimits
            limits.timeout = .milliseconds(300)
            limits.instructions = Int.max / 2
            let slow = Self.slowChunk(bytes: 1_000_000)
            let error = try attack(
                "local ok = pcall(load, [==[\(slow)]==]) return 'caught', ok", limits: limits)
            guard case .timeout? = error?.kind else {
                Issue.record("expected the time limit, got \(String(describing: error))")
                return
            }
            // Each byte compiled costs an instruction.
            let run = try makeSandbox().run("local f = load(string.rep('x = 1 ', 40000)) return f ~= nil", name: "cost.lua")
            #expect(run.values == [true])
            #expect(run.usage.instructions >= 240_000)
        }
    }
}
