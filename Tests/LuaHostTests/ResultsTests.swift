import Testing

@testable import LuaHost

extension LuaHostSuite {
    /// `LuaSandbox.call(_:arguments:limits:reading:)`: results read where the function left them.
    @Suite("Results read on the stack")
    struct ResultsTests {
        /// The function `body` returns, called with `reading`.
        static func returned<T>(_ body: String, _ read: (LuaResults) throws(LuaError) -> T) throws -> T {
            let sandbox = try makeSandbox()
            guard case .function(let function) = try sandbox.run("return function() \(body) end", name: "r.lua").value else {
                throw LuaError(script: "r.lua", kind: .setup(message: "no function"))
            }
            return try sandbox.call(function, reading: read).0
        }

        @Test func aFlatTableOfScalarsIsReadWithoutConverting() throws {
            let table = try Self.returned("return {markup_percent = 15, note = 'marge', exact = true, rate = 2.5}") {
                $0.flatTable(0)
            }
            #expect(table?.count == 4)
            #expect(table?["markup_percent"] == .integer(15))
            #expect(table?["note"] == .text("marge"))
            #expect(table?["exact"] == .boolean(true))
            #expect(table?["rate"] == .number(2.5))
            #expect(table?["absent"] == .nil)
            #expect(
                table?.table
                    == LuaTable(hash: [
                        .text("markup_percent"): .integer(15), .text("note"): .text("marge"),
                        .text("exact"): .boolean(true), .text("rate"): .number(2.5),
                    ]))
        }

        /// Anything that is not a plain table of named scalars is left to the full conversion.
        @Test(arguments: [
            "return {1, 2}", "return {a = {}}", "return setmetatable({a = 1}, {})", "return {[1.5] = 1}",
            "return {a = function() end}", "return 'text'", "return {a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9}",
        ])
        func othersAreNotFlat(body: String) throws {
            #expect(try Self.returned(body) { $0.flatTable(0) } == nil)
        }

        @Test func declinedAnswersAreReadInPlace() throws {
            let (falsy, reason, count) = try Self.returned("return nil, 'not honey'") { ($0.isFalsy(0), $0.string(1), $0.count) }
            #expect(falsy && reason == "not honey" && count == 2)
            #expect(try Self.returned("return false") { $0.isFalsy(0) })
            #expect(try Self.returned("return") { ($0.isFalsy(0), $0.count) } == (true, 0))
            #expect(try Self.returned("return 0") { $0.isFalsy(0) } == false)
            #expect(try Self.returned("return nil, 42") { $0.string(1) } == nil, "numbers are not converted")
        }

        /// `values()` converts with the limits of every run: a cycle is refused, and the next
        /// conversion in the same state works (the pre-pass leaves its path set empty).
        @Test func valuesConvertAsACallDoes() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                "return function(cyclic) local t = {x = {y = {}}} if cyclic then t.x.y.z = t end return t end", name: "c.lua")
            guard case .function(let function) = run.value else {
                Issue.record("no function")
                return
            }
            for _ in 0..<3 {
                let error = failure {
                    _ = try sandbox.call(function, arguments: [true]) { results throws(LuaError) in try results.values() }
                }
                #expect(
                    conversionMessage(error) == "cannot return value #1: table contains a cycle (a table that contains itself)")
                let (values, _) = try sandbox.call(function, arguments: [false]) { results throws(LuaError) in
                    try results.values()
                }
                #expect(
                    values == [.table(LuaTable(hash: [.text("x"): .table(LuaTable(hash: [.text("y"): .table(LuaTable())]))]))])
            }
        }
    }
}
