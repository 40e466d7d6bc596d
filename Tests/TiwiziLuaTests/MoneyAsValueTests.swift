import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua

/// `Money` is a C value in Lua (LuaHost's `LuaMoney`) and `Region`s are interned: what scripts
/// see is what they saw when both were Swift views, except the speed.
@Suite struct MoneyAsValueTests {
    @Test func operatorsAndTheirMessages() throws {
        let catalog = try LuaCatalog()
        let lines = try catalog.output(
            """
            local a, e = tiwizi.money("145.50"), tiwizi.money("1", "EUR")
            print(a == e, a ~= e, a == tiwizi.money("145.50"), a * 4.0, -(-a), a .. "", "" .. a, a .. 0.5, type(a))
            print(getmetatable(a), pcall(function() setmetatable(a, {}) end))
            print(pcall(function() return a.colour end))
            print(pcall(function() a.minor = 1 end))
            print(pcall(function() return a < 1 end))
            print(tiwizi.minor(math.mininteger).amount, tiwizi.minor(math.maxinteger, "XOF").amount, tiwizi.minor(-1, "TND"))
            """)
        #expect(
            lines == [
                "false\ttrue\ttrue\t582.00 MAD\t145.50 MAD\t145.50 MAD\t145.50 MAD\t145.50 MAD0.5\tuserdata",
                "Money\tfalse\tscript.lua:3: bad argument #1 to 'setmetatable' (table expected, got Money)",
                "false\tscript.lua:4: Money has no field 'colour'",
                "false\tscript.lua:5: attempt to write read-only field 'minor' of Money",
                "false\tscript.lua:6: bad argument #2 to 'lt' (Money expected, got number)",
                "-92233720368547758.08\t9223372036854775807\t-0.001 TND",
            ])
    }

    @Test(
        arguments: [
            ("-tiwizi.minor(math.mininteger)", "script.lua:2: the amount is too large to compute exactly."),
            ("tiwizi.minor(math.mininteger) * -1", "script.lua:2: the amount is too large to compute exactly."),
            ("tiwizi.minor(math.maxinteger) + tiwizi.minor(1)", "script.lua:2: the amount is too large to compute exactly."),
            ("tiwizi.minor(math.mininteger) - tiwizi.minor(1)", "script.lua:2: the amount is too large to compute exactly."),
            ("2 * tiwizi.minor(math.maxinteger // 2 + 1)", "script.lua:2: the amount is too large to compute exactly."),
            ("tiwizi.money(1, 'EUR') - tiwizi.money(1)", "script.lua:2: cannot combine amounts in EUR and MAD."),
            ("tiwizi.money(1, 'EUR') > tiwizi.money(1)", "script.lua:2: cannot combine amounts in MAD and EUR."),
            (
                "tiwizi.money(1) % 2",
                "script.lua:2: Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
            ),
            ("tiwizi.money(1) .. {}", "script.lua:2: bad argument #2 to 'concat' (cannot concatenate a table)"),
            ("nil .. tiwizi.money(1)", "script.lua:2: bad argument #1 to 'concat' (cannot concatenate a nil)"),
            ("tiwizi.money(1) * {}", "script.lua:2: bad argument #2 to 'mul' (integer quantity expected, got table)"),
            ("tiwizi.money(1) + tiwizi.date('2026-01-01')", "script.lua:2: bad argument #2 to 'add' (Money expected, got Date)"),
            ("tiwizi.date('2026-01-01') < tiwizi.money(1)", "script.lua:2: bad argument #2 to 'lt' (Date expected, got Money)"),
            ("tiwizi.money(1).percent(5, 10)", "script.lua:2: bad argument #1 to 'percent' (Money expected, got number)"),
            ("tiwizi.money(1):percent()", "script.lua:2: bad argument #1 to 'percent' (value expected)"),
            ("catalog.product(tiwizi.money(1))", "script.lua:2: bad argument #1 to 'product' (string expected, got Money)"),
        ])
    func misuseIsAnErrorAtTheCallersLine(expression: String, message: String) throws {
        let catalog = try LuaCatalog()
        #expect(catalog.errorMessage("local x = 1\nlocal y = \(expression)\nreturn y") == message)
    }

    @Test func concatenationWithDatesAndTextThatIsNotUTF8IsAsBefore() throws {
        let lines = try LuaCatalog().output(
            """
            local m, d = tiwizi.money("1"), tiwizi.date("2026-01-02")
            print(m .. d, d .. m, m .. tiwizi.now, "\\xff" .. m == "\\u{FFFD}1.00 MAD", m .. "\\xe2\\x82" == "1.00 MAD\\u{FFFD}")
            """)
        #expect(lines == ["1.00 MAD2026-01-02\t2026-01-021.00 MAD\t1.00 MAD2026-06-15T10:30:00+01:00\ttrue\ttrue"])
    }

    @Test func amountsReturnedToTheHostComeBack() throws {
        let sandbox = try CatalogSandbox(context: RunContext(at: RunContext.parseInstant(LuaCatalog.defaultAt)!))
        let run = try sandbox.sandbox.run(
            #"return tiwizi.money("145.50"), {tiwizi.money("7", "XOF"), tiwizi.minor(-1, "TND")}"#, name: "out.lua")
        guard case .money(let returned) = run.values[0] else {
            Issue.record("expected Money, got \(run.values[0])")
            return
        }
        let amount = try Money(returned)
        #expect(amount == Money(minorUnits: 14550, currency: .mad))
        #expect(ScriptValueRendering.text(run.values[1]) == "{7 XOF, -0.001 TND}")
        #expect(ScriptValueRendering.json(run.values[0]) as? [String: String] == ["amount": "145.50", "currency": "MAD"])
        #expect((try? ScriptValues.money(run.values[0], currency: .mad).get())?.minorUnits == 14550)

        let back = try sandbox.sandbox.load(
            "local m, list = ... return m:percent(10), m + m, list[2]:format('en'), list[1] == tiwizi.money(7, 'XOF')",
            name: "back.lua")
        let values = try sandbox.sandbox.run(back, arguments: [LuaMoney(amount), run.values[1]]).values
        #expect(values.map { ScriptValueRendering.text($0) } == ["14.55 MAD", "291.00 MAD", "-TND\u{00A0}0.001", "true"])
        #expect(values.prefix(2).compactMap { $0.moneyValue.flatMap { try? Money($0) }?.minorUnits } == [1455, 29100])
    }

    @Test func aMillionOperationsLeaveTheHeapAsItWas() throws {
        var limits = SandboxLimits.default
        limits.instructions = 100_000_000
        limits.timeout = .seconds(120)
        let catalog = try CatalogSandbox(
            context: RunContext(at: RunContext.parseInstant(LuaCatalog.defaultAt)!), limits: limits)
        let sandbox = catalog.sandbox
        let script = try sandbox.load(
            """
            local price, total = tiwizi.money("145.50"), tiwizi.money(0)
            for _ = 1, 250000 do total = total + price * 3 - price end
            local s = 0
            for _ = 1, 250000 do s = s + #(price .. "") + price.minor - price.minor end
            return total.minor, s
            """, name: "million.lua")
        _ = try sandbox.run(script)
        sandbox.collectGarbage()
        let before = sandbox.memoryInUse
        #expect(try sandbox.run(script).values == [.integer(14550 * 2 * 250_000), .integer(10 * 250_000)])
        sandbox.collectGarbage()
        #expect(sandbox.memoryInUse <= before + 1024, "heap grew from \(before) to \(sandbox.memoryInUse) bytes")
    }

    @Test func regionsAreInternedAndReadAsBefore() throws {
        let lines = try LuaCatalog().output(
            """
            local oil, amlou, zellige = catalog.product("TAF-ARG-250"), catalog.product("TAF-AML-200"), catalog.product("ZEL-TBL-60")
            local r = oil.region
            print(r.code, r.name, r.names.ar, tostring(r), type(r), getmetatable(r))
            print(rawequal(oil.region, oil.region), rawequal(oil.region, amlou.region), oil.region == amlou.region,
                  oil.region == zellige.region, rawequal(r, catalog.region("MA-09")), rawequal(r, oil.cooperative.region))
            local seen = {}
            for p in catalog.products{} do seen[p.region] = (seen[p.region] or 0) + 1 end
            local n = 0
            for region, count in pairs(seen) do n = n + 1 end
            print(n, seen[catalog.region("MA-09")], seen[catalog.regions()[3]])
            """)
        #expect(
            lines == [
                "MA-09\tSouss-Massa\tسوس ماسة\tMA-09\tuserdata\tRegion",
                "true\ttrue\ttrue\tfalse\ttrue\ttrue",
                "4\t2\t1",
            ])
    }

    @Test func regionsAllocateNothing() throws {
        var limits = SandboxLimits.default
        limits.instructions = 100_000_000
        let catalog = try CatalogSandbox(
            context: RunContext(at: RunContext.parseInstant(LuaCatalog.defaultAt)!), limits: limits)
        let store = try LuaCatalog()
        try store.store.read { reader in
            try catalog.withSnapshot(reader, context: RunContext(at: RunContext.parseInstant(LuaCatalog.defaultAt)!)) {
                sandbox in
                let script = try sandbox.load(
                    """
                    local p = catalog.product("TAF-ARG-250")
                    local before = collectgarbage("count")
                    local same = 0
                    for _ = 1, 10000 do if rawequal(p.region, p.region) then same = same + 1 end end
                    return same, (collectgarbage("count") - before) * 1024
                    """, name: "regions.lua")
                _ = try sandbox.run(script)
                let run = try sandbox.run(script)
                #expect(run.values.first == 10000)
                #expect((run.values.last?.numberValue ?? .infinity) < 1024, "20,000 region reads allocated \(run.values)")
            }
        }
    }
}
