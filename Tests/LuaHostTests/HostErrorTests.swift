import LuaHost
import Testing

/// A Swift error that is not meant for scripts: what a database layer throws, SQL included.
struct DatabaseFailure: Error, CustomStringConvertible {
    let sql = "SELECT cost_price FROM products WHERE sku = ?"
    var description: String { "SQLite error 1: no such column: cost_price - while executing `\(sql)`" }
}

extension LuaHostSuite {
    /// Host errors are recognised by the object the trampoline raises, not by their text, and
    /// scripts never see their details.
    @Suite("Host errors")
    struct HostErrorTests {
        private func sandboxWithShelf() throws -> LuaSandbox {
            let sandbox = try makeSandbox()
            try sandbox.define("shelf") { args in throw ShelfMissing(shelf: try args.argument(1, as: String.self)) }
            return sandbox
        }

        @Test func aScriptErrorWithTheSameTextIsNotAHostError() throws {
            let sandbox = try sandboxWithShelf()
            // The host error is caught; the script then raises its own error ending with the
            // same text. It is the script's error.
            let error = failure {
                _ = try sandbox.run("pcall(shelf, 'A4')\nerror('shelf A4 does not exist')", name: "s.lua")
            }
            #expect(runtimeMessage(error) == "s.lua:2: shelf A4 does not exist")
            // Nor does a script become a host error by copying the generic text.
            let copied = failure {
                _ = try sandbox.run("error('s.lua:1: ' .. '\(LuaError.hostErrorText)', 0)", name: "s.lua")
            }
            #expect(runtimeMessage(copied) == "s.lua:1: " + LuaError.hostErrorText)
        }

        @Test func aHostErrorRaisedAgainByTheScriptIsStillTheHostError() throws {
            let sandbox = try sandboxWithShelf()
            let error = failure {
                _ = try sandbox.run(
                    "local ok, e = pcall(function() local s = shelf('B7') return s end)\nlocal note = 'seen: ' .. e\nerror(e)",
                    name: "again.lua")
            }
            guard case .host(let message, _, let underlying)? = error?.kind else {
                Issue.record("expected a host error, got \(String(describing: error))")
                return
            }
            #expect(message == "again.lua:1: shelf B7 does not exist")
            #expect((underlying as? ShelfMissing)?.shelf == "B7")
        }

        @Test func aHostErrorCrossesNestedCallsByIdentity() throws {
            let sandbox = try sandboxWithShelf()
            try sandbox.define("each") { args in
                for shelf in ["C1", "C2"] { _ = try args.call(1, with: [shelf]) }
                return .nothing
            }
            let error = failure {
                _ = try sandbox.run("each(function(name)\n  return shelf(name)\nend)", name: "nested.lua")
            }
            guard case .host(let message, let traceback, let underlying)? = error?.kind else {
                Issue.record("expected a host error, got \(String(describing: error))")
                return
            }
            #expect(message == "nested.lua:2: shelf C1 does not exist")
            #expect((underlying as? ShelfMissing)?.shelf == "C1")
            // Named as stock Lua 5.4 names a global function in a traceback.
            #expect(traceback.contains("in function 'each'"), "\(traceback)")
        }

        @Test func aDatabaseErrorReachesTheScriptAsAGenericMessage() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("cost") { _ in throw DatabaseFailure() }
            // What the script can learn of the error: the generic text, at its own line.
            let seen = try sandbox.run(
                """
                local ok, e = pcall(function() local price = cost('TAF-ARG-250') return price end)
                return ok, tostring(e), string.format('%s', e), type(e), getmetatable(e)
                """, name: "price.lua")
            let generic = "price.lua:1: " + LuaError.hostErrorText
            #expect(seen.values == [false, .text(generic), .text(generic), "userdata", "HostError"])
            for value in seen.values {
                #expect(value.stringValue?.contains("SELECT") != true && value.stringValue?.contains("cost_price") != true)
            }
            // The host's error keeps every detail.
            let error = failure { _ = try sandbox.run("local x = 1\nreturn cost('TAF-ARG-250')", name: "price.lua") }
            guard case .host(let message, _, let underlying)? = error?.kind else {
                Issue.record("expected a host error, got \(String(describing: error))")
                return
            }
            #expect(underlying is DatabaseFailure)
            #expect(message == "price.lua:2: " + DatabaseFailure().description)
            #expect(error?.description.contains("SELECT cost_price FROM products") == true)
        }

        @Test func aRethrownHostErrorOfAnotherRunKeepsItsDetailsFromTheScript() throws {
            let sandbox = try makeSandbox()
            // What a host function gets when it runs another sandbox and that run hit a host error.
            let other = LuaError(
                script: "other.lua",
                kind: .host(
                    message: "other.lua:3: " + DatabaseFailure().description, traceback: "", underlying: DatabaseFailure()))
            try sandbox.define("relay") { _ in throw other }
            #expect(
                try sandbox.run(
                    "local ok, e = pcall(function() local r = relay() return r end) return tostring(e)", name: "relay.lua"
                )
                .values == [.text("relay.lua:1: " + LuaError.hostErrorText)])
            let error = failure { _ = try sandbox.run("return relay()", name: "relay.lua") }
            guard case .host(_, _, let underlying)? = error?.kind else {
                Issue.record("expected a host error, got \(String(describing: error))")
                return
            }
            #expect(underlying is DatabaseFailure)
        }

        @Test func errorsWrittenForScriptsStayPlainMessages() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("reject") { _ in throw LuaScriptError("rejected") }
            #expect(
                try sandbox.run("local ok, e = pcall(reject) return type(e), e", name: "r.lua").values
                    == ["string", "rejected"])
            #expect(runtimeMessage(failure { _ = try sandbox.run("reject()", name: "r.lua") }) == "r.lua:1: rejected")
        }
    }
}
