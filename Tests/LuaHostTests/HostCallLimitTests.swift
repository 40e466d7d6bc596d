import LuaHost
import Testing
import TiwiziTestSupport

extension LuaHostSuite {
    /// The limits hold across host calls: a call is charged its string arguments, refused once a
    /// limit tripped, checked again as it returns, and long host work can ask whether to stop.
    @Suite("Limits across host calls")
    struct HostCallLimitTests {
        @Test func hostWorkThatAsksStopsAtTheDeadlineAndNoPcallCatchesIt() throws {
            var limits = testLimits
            limits.timeout = .milliseconds(200)
            let sandbox = try makeSandbox(limits: limits)
            // Spins until the run must stop, or 30 s.
            try sandbox.define("wait") { _ in
                let started = ContinuousClock.now
                while !LuaHostCall.mustStop, ContinuousClock.now - started < .seconds(30) {}
                return .nothing
            }
            let started = ContinuousClock.now
            let error = failure {
                _ = try sandbox.run("local ok = pcall(wait) return 'caught', ok", name: "wait.lua")
            }
            guard case .timeout? = error?.kind else {
                Issue.record("expected the time limit, got \(String(describing: error))")
                return
            }
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(2)))
            #expect(try sandbox.run("return 1 + 1", name: "next.lua").values == [2])
        }

        @Test func theDeadlineIsCheckedAsAHostCallReturns() throws {
            var limits = testLimits
            limits.timeout = .milliseconds(100)
            var printed: [String] = []
            let sandbox = try makeSandbox(limits: limits) { printed.append($0) }
            try sandbox.define("stall") { _ in
                let until = ContinuousClock.now + .milliseconds(300)
                while ContinuousClock.now < until {}
                return .nothing
            }
            // The call took the run past its deadline: the script stops there, before it prints.
            let error = failure { _ = try sandbox.run("stall() print('went on')", name: "stall.lua") }
            guard case .timeout? = error?.kind else {
                Issue.record("expected the time limit, got \(String(describing: error))")
                return
            }
            #expect(printed.isEmpty)
        }

        @Test func outsideHostCallsNothingMustStop() {
            #expect(!LuaHostCall.mustStop)
        }

        @Test func stringArgumentsAreChargedToTheBudget() throws {
            var limits = testLimits
            limits.instructions = 200_000
            let sandbox = try makeSandbox(limits: limits)
            try sandbox.define("noop") { _ in .nothing }
            // Each call hands the host 1 MiB (16,384 units): twenty calls are 327,680 units.
            let error = failure {
                _ = try sandbox.run(
                    "local s = string.rep('x', 1 << 20) for _ = 1, 20 do noop(s) end return 'done'", name: "big.lua")
            }
            guard case .instructionLimit(let used, let limit)? = error?.kind else {
                Issue.record("expected the instruction limit, got \(String(describing: error))")
                return
            }
            #expect(limit == 200_000 && used > limit)
            // Short arguments cost next to nothing.
            let run = try sandbox.run("for _ = 1, 1000 do noop('TAF-ARG-250') end return 'done'", name: "small.lua")
            #expect(run.values == ["done"])
        }
    }
}
