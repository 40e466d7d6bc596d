import LuaHost
import Testing

extension LuaHostSuite {
    @Suite("Values cross between Lua and Swift")
    struct ValueBridgeTests {
        @Test func integersAndFloatsStayDistinct() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run("return 1, 1.0, 3 // 2, 3 / 2, math.maxinteger, 2^53, -0.0", name: "n.lua")
            #expect(
                run.values == [
                    .integer(1), .number(1.0), .integer(1), .number(1.5), .integer(.max), .number(9_007_199_254_740_992),
                    .number(-0.0),
                ])
            #expect(LuaValue.integer(1) != LuaValue.number(1))

            let script = try sandbox.load("local a, b = ... return math.type(a), math.type(b), a, b", name: "types.lua")
            let back = try sandbox.run(script, arguments: [LuaValue.integer(7), LuaValue.number(7)])
            #expect(back.values == ["integer", "float", .integer(7), .number(7)])
        }

        @Test func byteStringsSurvive() throws {
            let sandbox = try makeSandbox()
            let bytes: [UInt8] = [0x61, 0x00, 0xFF, 0xFE, 0x62]
            let script = try sandbox.load("local s = ... return #s, s, s:byte(3), s .. '\\0'", name: "bytes.lua")
            let run = try sandbox.run(script, arguments: [LuaValue.string(bytes)])
            #expect(run.values == [.integer(5), .string(bytes), .integer(255), .string(bytes + [0])])
            #expect(run.values[1].stringValue == "a\u{0}\u{FFFD}\u{FFFD}b")
            #expect(try sandbox.run("return 'Tiwizi ⵜⵉⵡⵉⵣⵉ'", name: "utf8.lua").value.stringValue == "Tiwizi ⵜⵉⵡⵉⵣⵉ")
        }

        @Test func tablesKeepArrayAndHashParts() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                "return {10, 20, nil, 40, name = 'x', [1.5] = true, [false] = 'no', nested = {1, {2}}}", name: "t.lua")
            let table = try #require(run.value.tableValue)
            #expect(table.array == [10, 20])
            #expect(table.hash == [4: 40, "name": "x", .number(1.5): true, false: "no", "nested": [1, [2]]])
            #expect(table[2] == 20)
            #expect(table["name"] == "x")

            let value: LuaValue = [1, 2.5, "three", ["k": [true], 10: "ten"]]
            let echo = try sandbox.load("return ...", name: "echo.lua")
            #expect(try sandbox.run(echo, arguments: [value]).value == value)
        }

        @Test func hostFunctionsReadAnyValue() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("describe") { args in
                let value = try args.argument(1, as: LuaValue.self)
                let name = try args.argument(2, as: String?.self)
                return .values([value, name ?? "none", args.count])
            }
            let run = try sandbox.run("return describe({1, {x = 2}}, nil)", name: "d.lua")
            #expect(run.values == [[1, ["x": 2]], "none", 2])
        }

        @Test func functionReferencesCanBeCalledAndReleased() throws {
            let sandbox = try makeSandbox()
            let script = try sandbox.load("double = function(x) return x * 2 end return double, double", name: "f.lua")
            let run = try sandbox.run(script)
            guard case .function(let double) = run.values[0] else {
                Issue.record("expected a function, got \(run.values)")
                return
            }
            #expect(run.values[1] == .function(double))
            #expect(try sandbox.global("double", in: script) == .function(double))
            #expect(try sandbox.call(double, arguments: [21]).value == 42)
            sandbox.release(double)
            #expect(conversionMessage(failure { _ = try sandbox.call(double) })?.contains("released") == true)

            let other = try makeSandbox()
            let foreign = try other.run("return print", name: "p.lua").value
            guard case .function(let reference) = foreign else { return }
            #expect(conversionMessage(failure { _ = try sandbox.call(reference) })?.contains("another sandbox") == true)
        }

        @Test func definitionsAreReadOnlyForScripts() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("config", ["rate": 15, "tags": ["bio", "fair"]] as LuaValue)
            let run = try sandbox.run(
                "local n = 0 for k in pairs(config) do n = n + 1 end return config.rate, #config.tags, config.tags[2], n",
                name: "c.lua")
            #expect(run.values == [15, 2, "fair", 2])
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("config.rate = 1", name: "w.lua") })
                    == "w.lua:1: attempt to write field 'rate' of a read-only table")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("rawset(config.tags, 3, 'x')", name: "w.lua") })
                    == "w.lua:1: attempt to write field [3] of a read-only table")
            #expect(try sandbox.run("return config", name: "r.lua").value == ["rate": 15, "tags": ["bio", "fair"]])
        }

        @Test func recordsAndListsHandedToAFunctionAreReadOnly() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                """
                return function(r) local n = 0 for _ in ipairs(r.items) do n = n + 1 end return r.name, #r.items, n, r.items[2].id end,
                  function(r) r.items[3] = 1 end
                """, name: "r.lua")
            guard case .function(let reader) = run.values[0], case .function(let writer) = run.values[1] else {
                Issue.record("expected two functions, got \(run.values)")
                return
            }
            let record = LuaLibrary(members: [("name", "result"), ("items", LuaList([1, LuaLibrary(members: [("id", "b")])]))])
            #expect(try sandbox.call(reader, arguments: [record]).values == ["result", 2, 2, "b"])
            #expect(
                runtimeMessage(failure { _ = try sandbox.call(writer, arguments: [record]) })
                    == "r.lua:2: attempt to write field [3] of a read-only table")
        }
    }
}
