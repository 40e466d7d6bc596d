import CLua
import CLuaSandbox
import Foundation
import LuaHost
import Testing
import TiwiziTestSupport

extension LuaHostSuite {
    /// The sandbox's own pattern matcher (`Sources/CLuaSandbox/pattern.c`): stock Lua's results
    /// and messages, with every step of the work charged to the run's limits.
    @Suite("Pattern matching")
    struct PatternTests {
        /// Random subjects and patterns (valid and malformed), each tried with `find` (plain or
        /// not, from several starts), `match`, `gmatch` and `gsub` with every kind of
        /// replacement, against stock Lua 5.4's functions in the same state. More cases:
        /// `TIWIZI_PATTERN_CASES=1000000 swift test --filter sameAsStockLua`.
        @Test func sameAsStockLua() throws {
            let cases = ProcessInfo.processInfo.environment["TIWIZI_PATTERN_CASES"].flatMap(Int.init) ?? 30_000
            let report = compareWithStock(cases: cases, seed: 2026)
            #expect(report["mismatch"] == nil, "\(report["mismatch"] ?? "")")
            // The corpus reaches every outcome: matches, misses and each kind of error.
            let counts = report["counts"] ?? ""
            for outcome in [
                "found", "missed", "malformed pattern (ends with '%')", "malformed pattern (missing ']')",
                "missing '[' after '%f' in pattern", "invalid capture index", "invalid pattern capture",
                "unfinished capture", "invalid use of '%' in replacement string", "invalid replacement value",
                "pattern too complex", "too many captures", "malformed pattern (missing arguments to '%b')",
            ] {
                #expect(counts.contains("\(outcome)="), "no case ended in \(outcome): \(counts)")
            }
        }

        @Test func backtrackingHitsTheInstructionLimit() throws {
            // Each of these runs for hours in stock Lua: exponential or high-degree polynomial
            // backtracking on a short subject.
            let bombs = [
                "return string.find(string.rep('a', 40), '.-.-.-.-.-.-.-.-.-.-b')",
                "return string.match(string.rep('a', 60), string.rep('a*', 30) .. 'b')",
                "for x in string.gmatch(string.rep('a', 40), '.-.-.-.-.-.-.-.-.-.-b') do end",
                "return string.gsub(string.rep('a', 40), '.-.-.-.-.-.-.-.-.-.-b', function() end)",
                "return (string.rep('a', 40)):find('(.-)(.-)(.-)(.-)(.-)(.-)(.-)(.-)%1b')",
                "return string.find(string.rep('a', 1e6), '.-b')",
                "return string.find(string.rep('a', 1e6), string.rep('a', 5e5) .. 'b', 1, true)",
            ]
            for bomb in bombs {
                let started = ContinuousClock.now
                expectInstructionLimit(try attack(bomb))
                #expect(
                    ContinuousClock.now - started < TestTime.bound(.seconds(2)), "\(bomb) took \(ContinuousClock.now - started)")
            }
        }

        @Test func deadlineAndCancellationReachInsideAMatch() throws {
            var limits = testLimits
            limits.instructions = Int.max / 2
            limits.timeout = .milliseconds(300)
            let started = ContinuousClock.now
            let error = try attack("return string.find(string.rep('a', 40), '.-.-.-.-.-.-.-.-.-.-b')", limits: limits)
            guard case .timeout? = error?.kind else {
                Issue.record("expected the time limit, got \(String(describing: error))")
                return
            }
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(2)))
        }

        @Test func longSubjectsAreMatchedAndTheirScanCharged() throws {
            // Stock Lua's, where a sandbox used to refuse subjects over 1 MB instead.
            var limits = testLimits
            limits.instructions = 20_000_000
            let sandbox = try makeSandbox(limits: limits)
            let run = try sandbox.run(
                """
                local s = string.rep('ab', 1e6) .. 'c'
                return s:find('c', 1, true), s:find('b*c'), #s:gsub('a', ''), select(2, s:gsub('%a', '%0'))
                """, name: "long.lua")
            #expect(run.values == [2_000_001, 2_000_000, 1_000_001, 2_000_001])
            #expect(run.usage.instructions > 4 * 2_000_000)
        }

        @Test func stockMessagesAndNamesInTheSandbox() throws {
            let cases = [
                ("string.find('a', '%')", "malformed pattern (ends with '%')"),
                ("string.match('a', '(()')", "unfinished capture"),
                ("('a'):gsub('a', true)", "bad argument #2 to 'gsub' (string/function/table expected, got boolean)"),
                ("string.gsub('a', 'a', 'x', 'y')", "bad argument #4 to 'gsub' (number expected, got string)"),
                ("string.gmatch()", "bad argument #1 to 'gmatch' (string expected, got no value)"),
            ]
            for (source, expected) in cases {
                #expect(runtimeMessage(try attack(source)) == "attack.lua:1: \(expected)")
            }
            // Called through pcall, a function is named as stock Lua names it.
            let sandbox = try makeSandbox()
            let run = try sandbox.run("return select(2, pcall(string.find))", name: "named.lua")
            #expect(run.values == ["bad argument #1 to 'string.find' (string expected, got no value)"])
        }
    }
}

/// Runs the differential corpus in a plain state (stock libraries) with the sandbox's pattern
/// functions beside them; returns the script's report: "counts" (outcomes seen) and, on the
/// first difference, "mismatch".
private func compareWithStock(cases: Int, seed: Int) -> [String: String] {
    let control = clua_control_new()!
    defer { clua_control_free(control) }
    let state = clua_newstate(control)!
    defer { lua_close(state) }
    luaL_openlibs(state)
    lua_getfield(state, clua_registryindex(), LUA_LOADED_TABLE)
    clua_push_pattern_functions(state)
    lua_pushvalue(state, -1)
    lua_setglobal(state, "sandboxed")
    lua_setfield(state, -2, "sandboxed")  // names it in messages, as the sandbox names its string table
    clua_pop(state, 1)
    guard luaL_loadstring(state, differentialScript) == LUA_OK else {
        return ["mismatch": "the differential script does not compile: \(String(cString: lua_tolstring(state, -1, nil)))"]
    }
    lua_pushinteger(state, lua_Integer(cases))
    lua_pushinteger(state, lua_Integer(seed))
    guard clua_pcall(state, 2, 2, 0) == LUA_OK else {
        return ["mismatch": String(cString: lua_tolstring(state, -1, nil))]
    }
    var report = ["counts": String(cString: lua_tolstring(state, -2, nil))]
    if lua_type(state, -1) == LUA_TSTRING { report["mismatch"] = String(cString: lua_tolstring(state, -1, nil)) }
    return report
}

private let differentialScript = #"""
    local cases, seed = ...
    local ours, stock = sandboxed, string
    math.randomseed(seed)
    local R = math.random
    local atoms = {"a", "b", "c", ".", "%a", "%d", "%s", "%w", "%A", "%p", "%x", "%l", "%u", "%c", "%g", "%S",
        "[ab]", "[^a]", "[a-c]", "[%d_]", "[]a]", "[^%s]", "[a-]", "[%]]", "[^]", "[", "]", "%%", "%.", "%-",
        "%b()", "%bab", "%b", "%f[%w]", "%f[%W]", "%f[a]", "%fa", "%1", "%2", "%0", "(", ")", "()", "$", "^", "-",
        "*", "+", "?", "1", " ", "_", "%", "\0", "%z", "%Z"}
    local quantifiers = {"", "", "", "*", "+", "-", "?"}
    local letters = {"a", "b", "c", "a", "b", "1", "2", " ", "_", "(", ")", "%", "\0", "\195\169", "]", "-", "."}
    local function pattern()
        local t = {}
        if R(5) == 1 then t[#t + 1] = "^" end
        for _ = 1, R(0, 7) do
            t[#t + 1] = atoms[R(#atoms)]
            t[#t + 1] = quantifiers[R(#quantifiers)]
        end
        if R(6) == 1 then t[#t + 1] = "$" end
        if R(40) == 1 then t[#t + 1] = string.rep(".-", 201) end
        if R(40) == 1 then t[#t + 1] = string.rep("()", 33) end
        return table.concat(t)
    end
    local function subject()
        local t = {}
        for i = 1, R(0, R(8) == 1 and 300 or 12) do t[i] = letters[R(#letters)] end
        return table.concat(t)
    end
    local function describe(ok, ...)
        local t = {tostring(ok), select("#", ...)}
        for i = 1, select("#", ...) do
            local v = select(i, ...)
            t[#t + 1] = (math.type(v) or type(v)) .. ":" .. (type(v) == "string" and string.format("%q", v) or tostring(v))
        end
        return (table.concat(t, " "):gsub("'sandboxed%.", "'string."))
    end
    local counts = {}
    local function count(ok, first)
        local outcome = ok and (first ~= nil and "found" or "missed") or tostring(first)
        outcome = outcome:gsub(" %%%d.*", ""):gsub(" %(a %a+%)", "")
        counts[outcome] = (counts[outcome] or 0) + 1
    end
    local replacements = {"x", "%0", "%1", "%2", "<%1|%0>", "%%", "%", "%a", "", "%0%0", 7, 2.5,
        {a = "A", b = false, ["1"] = 1, c = {}}, false}
    local function replacer(first, ...)
        if first == "b" then return false elseif first == "c" then return {} elseif first == "1" then return nil end
        return tostring(first) .. select("#", ...)
    end
    local most = table.pack(nil, 0, 1, 2, -1, 3.5, "2")
    local function iterate(lib, s, p, init)
        local ok, f = pcall(lib.gmatch, s, p, init)
        if not ok then return describe(ok, f) end
        local t = {}
        for _ = 1, 30 do
            local r = table.pack(pcall(f))
            t[#t + 1] = describe(table.unpack(r, 1, r.n))
            if not r[1] or r[2] == nil then break end
        end
        return table.concat(t, "; ")
    end
    local inits = table.pack(nil, 1, 2, 3, -1, -2, -50, 0, 50, math.maxinteger, math.mininteger)
    for n = 1, cases do
        local s, p = subject(), pattern()
        local init = inits[R(inits.n)]
        local calls = {
            {"find", s, p},
            {"find", s, p, init},
            {"find", s, p, init, true},
            {"match", s, p},
            {"match", s, p, init},
        }
        local repl = replacements[R(#replacements)]
        if repl == false then repl = replacer end
        calls[#calls + 1] = {"gsub", s, p, repl, most[R(most.n)]}
        for _, call in ipairs(calls) do
            local name = call[1]
            local theirs = table.pack(pcall(stock[name], table.unpack(call, 2, 5)))
            local mine = table.pack(pcall(ours[name], table.unpack(call, 2, 5)))
            local a, b = describe(table.unpack(theirs, 1, theirs.n)), describe(table.unpack(mine, 1, mine.n))
            if a ~= b then
                return "", string.format("case %d: %s(%q, %q, %s, %s)\nstock: %s\nours:  %s", n, name, s, p,
                    tostring(call[4]), tostring(call[5]), a, b)
            end
            count(theirs[1], theirs[2])
        end
        local a, b = iterate(stock, s, p, init), iterate(ours, s, p, init)
        if a ~= b then
            return "", string.format("case %d: gmatch(%q, %q, %s)\nstock: %s\nours:  %s", n, s, p, tostring(init), a, b)
        end
    end
    local t = {}
    for k, v in pairs(counts) do t[#t + 1] = k .. "=" .. v end
    table.sort(t)
    return table.concat(t, "\n"), nil
    """#
