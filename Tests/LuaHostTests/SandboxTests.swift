import Foundation
import LuaHost
import Testing

/// A Swift error a host function throws.
struct ShelfMissing: Error, CustomStringConvertible {
    var shelf: String
    var description: String { "shelf \(shelf) does not exist" }
}

extension LuaHostSuite {
    @Suite("The sandbox's own features")
    struct SandboxTests {
        @Test func reportsTheLinkedVersion() {
            #expect(LuaRuntime.version == "Lua 5.4.4")
            #expect(LuaRuntime.versionNumber == 504)
        }

        @Test func guardedLibraryErrorsNameTheScriptLine() throws {
            let sandbox = try makeSandbox()
            let cases = [
                (
                    "local x = 1\nsetmetatable(1, {})",
                    "guard.lua:2: bad argument #1 to 'setmetatable' (table expected, got number)"
                ),
                ("rawset(nil, 1, 2)", "guard.lua:1: bad argument #1 to 'rawset' (table expected, got nil)"),
                (
                    "collectgarbage('collect')",
                    "guard.lua:1: bad argument #1 to 'collectgarbage' (only \"count\" is allowed in the sandbox)"
                ),
                ("string.rep()", "guard.lua:1: bad argument #1 to 'rep' (string expected, got no value)"),
            ]
            for (source, message) in cases {
                #expect(runtimeMessage(failure { _ = try sandbox.run(source, name: "guard.lua") }) == message)
            }
            // math.randomseed keeps its own state (an upvalue): it still works through its guard.
            #expect(
                try sandbox.run(
                    "math.randomseed(7) local a = math.random(100) math.randomseed(7) return a == math.random(100)",
                    name: "seed.lua"
                ).value == true)
        }

        /// A function called with no name of its own (through pcall) is named in its argument
        /// errors as stock Lua names it: by the library it sits in, the script's library and
        /// the host's alike.
        @Test func functionsCalledThroughPcallAreNamedAsStockLuaNamesThem() throws {
            let sandbox = try makeSandbox()
            let find = LuaHostFunction { args in
                _ = try args.argument(1, as: String.self)
                return .nothing
            }
            try sandbox.define("shelf", LuaLibrary(members: [("find", find)]))
            let cases = [
                ("string.rep", "bad argument #1 to 'string.rep' (string expected, got no value)"),
                ("table.concat", "bad argument #1 to 'table.concat' (table expected, got no value)"),
                ("math.floor", "bad argument #1 to 'math.floor' (number expected, got no value)"),
                ("utf8.len", "bad argument #1 to 'utf8.len' (string expected, got no value)"),
                ("setmetatable", "bad argument #1 to 'setmetatable' (table expected, got no value)"),
                ("shelf.find", "bad argument #1 to 'shelf.find' (string expected, got no value)"),
            ]
            for (function, message) in cases {
                let run = try sandbox.run("local ok, e = pcall(\(function)) return e", name: "named.lua")
                #expect(run.value.stringValue == message, "\(function)")
            }
        }

        @Test func printGoesToTheSink() throws {
            var lines: [String] = []
            let sandbox = try makeSandbox(output: { lines.append($0) })
            _ = try sandbox.run(
                "print('hello', 1, 2.5, true, nil) print() print(setmetatable({}, {__tostring = function() return 'T' end}))",
                name: "p.lua")
            #expect(lines == ["hello\t1\t2.5\ttrue\tnil", "", "T"])
        }

        @Test func requireLoadsModulesFromTheScriptsFolder() throws {
            let folder = try ScriptsFolder([
                "scripts/pricing/rounding.lua":
                    "leak = 'from module'\nlocal M = {}\nfunction M.half(x) return x / 2 end\nreturn M"
            ])
            defer { folder.cleanup() }
            let sandbox = try makeSandbox(scriptsFolder: folder.scripts)
            let run = try sandbox.run(
                """
                local r = require 'pricing.rounding'
                return r.half(5), require('pricing.rounding') == r, leak
                """, name: "main.lua")
            #expect(run.values == [2.5, true, .nil])
        }

        @Test func requireRefusesAnythingOutsideTheScriptsFolder() throws {
            let folder = try ScriptsFolder(["outside.lua": "return 'secret'", "scripts/ok.lua": "return 1"])
            defer { folder.cleanup() }
            try FileManager.default.createSymbolicLink(
                at: folder.scripts.appendingPathComponent("link.lua"),
                withDestinationURL: folder.url.appendingPathComponent("outside.lua"))
            try Data([0x1B, 0x4C, 0x75, 0x61, 0x54, 0x00]).write(to: folder.scripts.appendingPathComponent("binary.lua"))
            let sandbox = try makeSandbox(scriptsFolder: folder.scripts)
            func message(_ name: String) -> String? {
                runtimeMessage(failure { _ = try sandbox.run("return require('\(name)')", name: "r.lua") })
            }
            #expect(try sandbox.run("return require 'ok'", name: "r.lua").value == 1)
            #expect(message("link") == "r.lua:1: module 'link' resolves outside the scripts folder")
            #expect(
                message("../outside") == "r.lua:1: invalid module name '../outside' (use dotted names like 'pricing.rounding')")
            #expect(
                message("/etc/passwd") == "r.lua:1: invalid module name '/etc/passwd' (use dotted names like 'pricing.rounding')")
            #expect(message("missing") == "r.lua:1: module 'missing' not found in the scripts folder (no missing.lua)")
            #expect(message("binary")?.contains("attempt to load a binary chunk (mode is 't')") == true)
        }

        @Test func usageIsReportedAfterEveryRun() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run("local t = {} for i = 1, 100000 do t[i] = i end return #t", name: "u.lua")
            #expect(run.value == 100_000)
            #expect((200_000...1_000_000).contains(run.usage.instructions))
            #expect(run.usage.peakMemoryBytes > 1_000_000)
            #expect(run.usage.elapsed > .zero)
            #expect(sandbox.lastUsage == run.usage)

            _ = failure { _ = try sandbox.run("while true do end", name: "loop.lua") }
            #expect(sandbox.lastUsage.instructions > testLimits.instructions)
        }

        @Test func scriptsHaveTheirOwnGlobals() throws {
            let sandbox = try makeSandbox()
            let first = try sandbox.load("count = 1 print = nil return _G == _ENV", name: "a.lua")
            #expect(try sandbox.run(first).value == true)
            #expect(try sandbox.run("return count, type(print)", name: "b.lua").values == [.nil, "function"])
            #expect(try sandbox.global("count", in: first) == 1)
        }

        @Test func syntaxErrorsNameTheLine() throws {
            let sandbox = try makeSandbox()
            let error = failure { _ = try sandbox.load("local a = 1\nlocal = 2", name: "bad.lua") }
            guard let script = error?.script, case .syntax(let line, let message)? = error?.kind else {
                Issue.record("expected a syntax error, got \(String(describing: error))")
                return
            }
            #expect(script == "bad.lua")
            #expect(line == 2)
            #expect(message == "bad.lua:2: <name> expected near '='")
        }

        @Test func swiftErrorsBecomeHostErrors() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("shelf") { args in throw ShelfMissing(shelf: try args.argument(1, as: String.self)) }
            let error = failure { _ = try sandbox.run("local x = 1\nreturn shelf('A4')", name: "h.lua") }
            guard let script = error?.script, case .host(let message, let traceback, let underlying)? = error?.kind else {
                Issue.record("expected a host error, got \(String(describing: error))")
                return
            }
            #expect(script == "h.lua")
            #expect(message == "h.lua:2: shelf A4 does not exist")
            #expect(traceback.contains("h.lua:2"))
            #expect((underlying as? ShelfMissing)?.shelf == "A4")
            // Caught by the script, it reads as a generic message at the caller's position (none
            // when pcall calls it directly): the details are the host's.
            #expect(
                try sandbox.run("local ok, e = pcall(shelf, 'B') return ok, tostring(e), 'at ' .. e", name: "h.lua").values
                    == [false, .text(LuaError.hostErrorText), .text("at " + LuaError.hostErrorText)])
            #expect(
                try sandbox.run(
                    "local ok, e = pcall(function() local s = shelf('B') return s end) return tostring(e)", name: "h.lua"
                )
                .values == [.text("h.lua:1: " + LuaError.hostErrorText)])
        }

        @Test func randomnessComesFromTheSeed() throws {
            let script = "local t = {} for i = 1, 5 do t[i] = math.random(1000) end return table.concat(t, ',')"
            let one = try LuaSandbox(configuration: .init(randomSeed: 42))
            let two = try LuaSandbox(configuration: .init(randomSeed: 42))
            let other = try LuaSandbox(configuration: .init(randomSeed: 43))
            let first = try one.run(script, name: "r.lua").value
            #expect(first == (try two.run(script, name: "r.lua").value))
            #expect(first != (try other.run(script, name: "r.lua").value))
            #expect(try one.run("math.randomseed() " + script, name: "r.lua").value == first)
        }

        /// `reseed` takes effect at the next draw (it costs nothing when no script draws): the
        /// same numbers as seeding at once, and a script's own `math.randomseed(n)` still wins.
        @Test func aReseedAppliesToTheNextDraw() throws {
            let script = "local t = {} for i = 1, 5 do t[i] = math.random(1000) end return table.concat(t, ',')"
            let sandbox = try LuaSandbox(configuration: .init(randomSeed: 1))
            let fresh = try LuaSandbox(configuration: .init(randomSeed: 42))
            _ = try sandbox.run(script, name: "r.lua")
            sandbox.reseed(42)
            sandbox.reseed(7)
            sandbox.reseed(42)
            #expect(try sandbox.run(script, name: "r.lua").value == (try fresh.run(script, name: "r.lua").value))
            sandbox.reseed(42)
            let seeded = try sandbox.run("math.randomseed(5) " + script, name: "r.lua").value
            #expect(seeded == (try fresh.run("math.randomseed(5) " + script, name: "r.lua").value))
        }

        @Test func loadCompilesTextWithAnEnvironment() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                """
                y = 7
                local f = load('return x', 'chunk', 't', {x = 5})
                local bad, message = load('return +')
                return f(), load('return y')(), bad, message
                """, name: "l.lua")
            #expect(run.values == [5, 7, .nil, "[string \"return +\"]:1: unexpected symbol near '+'"])
        }

        @Test func onlyCountingGarbageIsAllowed() throws {
            let sandbox = try makeSandbox()
            #expect(try sandbox.run("return math.type(collectgarbage('count'))", name: "g.lua").value == "float")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("collectgarbage()", name: "g.lua") })
                    == "g.lua:1: bad argument #1 to 'collectgarbage' (only \"count\" is allowed in the sandbox)")
        }

        @Test func timeoutStopsARun() throws {
            let sandbox = try makeSandbox()
            var limits = testLimits
            limits.instructions = .max
            limits.timeout = .milliseconds(100)
            let error = failure { _ = try sandbox.run("while true do end", name: "slow.lua", limits: limits) }
            guard let script = error?.script, case .timeout(let elapsed, let limit)? = error?.kind else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(script == "slow.lua" && limit == .milliseconds(100) && elapsed >= limit)
            #expect(error?.message.hasPrefix("slow.lua: time limit exceeded: the script ran for 0.1") == true)
            #expect(error?.message.hasSuffix("but the limit is 0.1 s") == true)
            #expect(error?.exceededLimit == .time)
        }

        @Test func cancellationStopsARunFromAnotherThread() throws {
            let sandbox = try makeSandbox()
            var limits = testLimits
            limits.instructions = .max
            let cancellation = sandbox.cancellation
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 0.05)
                cancellation.cancel()
            }
            let error = failure { _ = try sandbox.run("while true do end", name: "c.lua", limits: limits) }
            guard error?.script == "c.lua", case .cancelled? = error?.kind else {
                Issue.record("expected cancellation, got \(String(describing: error))")
                return
            }
            #expect(try sandbox.run("return 1", name: "next.lua").value == 1)
        }

        /// LuaHost knows nothing of the command line: its messages name the limit, and
        /// ``LuaError/exceededLimit`` tells a host which one, so that the host can say how to
        /// raise it (`tiwizi run` names its flag).
        @Test func limitErrorsNameScriptLimitAndUseButNoFlag() {
            let instructions = LuaError(script: "r.lua", kind: .instructionLimit(used: 10_001_000, limit: 10_000_000))
            #expect(
                instructions.message
                    == "r.lua: instruction limit exceeded: the script ran 10001000 instructions but the limit is 10000000")
            #expect(instructions.exceededLimit == .instructions)
            let memory = LuaError(script: "r.lua", kind: .memoryLimit(used: 100 << 20, limit: 64 << 20))
            #expect(
                memory.message
                    == "r.lua: memory limit exceeded: the script needed 104857600 bytes (100 MiB) but the limit is 67108864 bytes (64 MiB)"
            )
            #expect(memory.exceededLimit == .memory)
            let time = LuaError(script: "r.lua", kind: .timeout(elapsed: .milliseconds(5250), limit: .seconds(5)))
            #expect(time.message == "r.lua: time limit exceeded: the script ran for 5.25 s but the limit is 5 s")
            #expect(time.exceededLimit == .time)
            #expect(LuaError(script: "r.lua", kind: .cancelled).exceededLimit == nil)
            for error in [instructions, memory, time] { #expect(!error.description.contains("--max-")) }
        }
    }
}
