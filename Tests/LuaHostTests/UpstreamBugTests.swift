import LuaHost
import Testing

extension LuaHostSuite {
    /// Bugs on lua.org's list for Lua 5.4.4 (the version Debian ships) that a sandboxed script
    /// can reach, each neutralised by a guard (docs/reliability.md lists all nine and why the
    /// others are fixed by Debian or out of reach).
    @Suite("Lua 5.4.4 upstream bugs")
    struct UpstreamBugTests {
        /// 5.4.4-9, "C-stack overflow with deep nesting of coroutine.close": a chain of
        /// coroutines whose __close handlers close the previous one segfaults stock 5.4.4 at
        /// about 31,000 levels on an 8 MiB stack.
        @Test func deepCoroutineCloseChainsStopWithAnError() throws {
            var limits = testLimits
            limits.memoryBytes = 256 << 20
            limits.instructions = 100_000_000
            let chain = """
                local closed, coro = 0, false
                for _ = 1, 40000 do
                  local previous = coro
                  coro = coroutine.create(function()
                    local handler <close> = setmetatable({}, {__close = function()
                      closed = closed + 1
                      if previous then assert(coroutine.close(previous)) end
                    end})
                    coroutine.yield()
                  end)
                  coroutine.resume(coro)
                end
                local ok, message = coroutine.close(coro)
                return ok, message:sub(-52), closed
                """
            let run = try withWatchdog("coroutine.close chain") {
                try makeSandbox(limits: limits).run(chain, name: "chain.lua")
            }
            #expect(run.values.first == false)
            #expect(run.values.dropFirst().first == "C stack overflow (coroutine.close nested too deeply)")
            #expect((run.values.last?.integerValue ?? 0) > 100)
        }

        /// 5.4.4-6, "'break' may not properly exit a loop with a to-be-closed variable": stock
        /// 5.4.4 leaves the loop's closing value unclosed, and the `<close>` variable after it
        /// writes out of bounds and crashes the process. The compiled chunk is corrected.
        @Test func breakOutOfAGenericForClosesItsClosingValue() throws {
            let script = """
                local log = {}
                local function closing(name) return setmetatable({}, {__close = function() log[#log + 1] = name end}) end
                local function loop()
                  for k in next, {1, 2}, nil, closing("loop") do
                    local function capture() return k end
                    break
                  end
                  local after <close> = closing("after")
                  return "returned"
                end
                local result = loop()
                local loaded = load("local c = ... for k in next, {1}, nil, c do local function f() return k end break end")
                loaded(closing("loaded"))
                return result, table.concat(log, " ")
                """
            let run = try withWatchdog("break with a closing value") { try makeSandbox().run(script, name: "break.lua") }
            #expect(run.values == ["returned", "loop after loaded"])
        }

        /// 5.4.4-3, "wrong code generation for constants in bitwise operations": in a function
        /// with more than 256 constants, `0xF0 ~ (a or b)` gives a wrong answer or a spurious
        /// error. Such functions are refused; large tables without bitwise operators load.
        @Test func bitwiseOperatorsBesideManyConstantsAreRefused() throws {
            let constants = (1...300).map { "\($0).5" }.joined(separator: ", ")
            let sandbox = try makeSandbox()
            let error = failure {
                _ = try sandbox.run("local a, b = 3, 5\nlocal _ = {\(constants)}\nreturn 0xF0 ~ (a or b)", name: "bits.lua")
            }
            guard case .syntax(_, let message)? = error?.kind else {
                Issue.record("expected a refusal, got \(String(describing: error))")
                return
            }
            #expect(message.hasPrefix("bits.lua: a function with more than 256 constants uses a bitwise operator"))
            let data = try sandbox.run("local t = {\(constants)} return #t, 0xF0 ~ 3", name: "data.lua")
            #expect(data.values == [300, 243])
            let loaded = try sandbox.run(
                "local f, message = load('local x = ... local _ = {\(constants)} return x | 2') return f, message",
                name: "load.lua")
            #expect(loaded.values.first == LuaValue.nil)
            #expect(loaded.values.last?.stringValue?.contains("Lua 5.4.4 compiles wrongly") == true)
        }

        /// 5.4.4-8, "utf8.codes does not raise an error on spurious continuation bytes".
        @Test func utf8CodesRefusesStrayContinuationBytes() throws {
            let run = try makeSandbox().run(
                """
                local function codes(s, lax)
                  return select(2, pcall(function()
                    local t = {} for p, c in utf8.codes(s, lax) do t[#t + 1] = p .. ":" .. c end return table.concat(t, " ")
                  end))
                end
                return codes("in\\x80valid"), codes("in\\x80valid", true), codes("\\xbfx"), codes("αλφα")
                """, name: "utf8.lua")
            #expect(
                run.values == [
                    "utf8.lua:3: invalid UTF-8 code", "utf8.lua:3: invalid UTF-8 code", "utf8.lua:3: invalid UTF-8 code",
                    "1:945 3:955 5:966 7:945",
                ])
        }
    }
}
