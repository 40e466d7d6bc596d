import Foundation
import LuaHost
import Testing
import TiwiziLua

/// The run context: the run's clock (never the machine's), parameters, seeded randomness, the
/// captured log; and determinism.
@Suite struct ContextTests {
    @Test func todayAndNowComeFromTheRunInCasablanca() throws {
        let catalog = try LuaCatalog()
        let script = """
            local t, n = tiwizi.today, tiwizi.now
            print(t, t.year, t.month, t.day, t.weekday)
            print(n, n.date, n.hour, n.minute, n.second, n.zone, n.utc_offset, n.date == t)
            """
        #expect(
            try catalog.output(script) == [
                "2026-06-15\t2026\t6\t15\t1",
                "2026-06-15T10:30:00+01:00\t2026-06-15\t10\t30\t0\tAfrica/Casablanca\t3600\ttrue",
            ])
        // 23:30 UTC on the 14th is already the 15th in Casablanca (UTC+01:00).
        #expect(
            try catalog.output(script, at: "2026-06-14T23:30:00Z") == [
                "2026-06-15\t2026\t6\t15\t1",
                "2026-06-15T00:30:00+01:00\t2026-06-15\t0\t30\t0\tAfrica/Casablanca\t3600\ttrue",
            ])
        // A Sunday in winter, with seconds.
        #expect(
            try catalog.output(script, at: "2026-01-04T07:05:09") == [
                "2026-01-04\t2026\t1\t4\t7",
                "2026-01-04T07:05:09+01:00\t2026-01-04\t7\t5\t9\tAfrica/Casablanca\t3600\ttrue",
            ])
    }

    @Test func dateArithmeticAndWeekdays() throws {
        let lines = try LuaCatalog().output(
            """
            local d = tiwizi.date("2026-02-27")
            print(d:add_days(1), d:add_days(2), d:add_days(-58), d:add_days(365), d:add_days(0) == d)
            print(tiwizi.date("2028-02-28"):add_days(1), tiwizi.date("2026-12-31"):add_days(1))
            print(d.weekday, d:add_days(1).weekday, d:add_days(2).weekday, d:add_days(3).weekday)
            print(d:days_until(tiwizi.date("2026-03-01")), tiwizi.today:days_until(tiwizi.date("2026-06-01")))
            print(d.year, d.month, d.day, math.type(d.day), "due " .. d, tostring(d))
            """)
        #expect(
            lines == [
                "2026-02-28\t2026-03-01\t2025-12-31\t2027-02-27\ttrue",
                "2028-02-29\t2027-01-01",
                "5\t6\t7\t1",
                "2\t-14",
                "2026\t2\t27\tinteger\tdue 2026-02-27\t2026-02-27",
            ])
    }

    @Test func dateComparisons() throws {
        let lines = try LuaCatalog().output(
            """
            local a, b = tiwizi.date("2026-06-15"), tiwizi.date("2026-06-16")
            print(a < b, a <= b, a > b, a >= b, a == b, a ~= b, a == tiwizi.today, a <= tiwizi.today)
            print(tiwizi.date("2025-12-31") < tiwizi.date("2026-01-01"), tiwizi.date("2026-01-10") < tiwizi.date("2026-02-01"))
            print(tiwizi.now == tiwizi.now, a == "2026-06-15")
            """)
        #expect(
            lines == [
                "true\ttrue\tfalse\tfalse\tfalse\ttrue\ttrue\ttrue",
                "true\ttrue",
                "true\tfalse",
            ])
    }

    @Test(
        arguments: [
            (
                "tiwizi.date('2026-02-30')",
                "script.lua:2: bad argument #1 to 'date' (“2026-02-30” is not a date; write YYYY-MM-DD (e.g. 2011-04-18).)"
            ),
            ("tiwizi.date(20260215)", "script.lua:2: bad argument #1 to 'date' (string expected, got number)"),
            (
                "tiwizi.today:add_days(1.5)",
                "script.lua:2: bad argument #1 to 'add_days' (integer number of days expected, got number)"
            ),
            ("tiwizi.today:add_days()", "script.lua:2: bad argument #1 to 'add_days' (value expected)"),
            (
                "tiwizi.today:add_days(4000000)",
                "script.lua:2: bad argument #1 to 'add_days' (the day would fall outside 0000-01-01…9999-12-31)"
            ),
            (
                "tiwizi.today:days_until('2026-07-01')",
                "script.lua:2: bad argument #1 to 'days_until' (Date expected, got string)"
            ),
            ("tiwizi.today < '2026-07-01'", "script.lua:2: bad argument #2 to 'lt' (Date expected, got string)"),
            ("tiwizi.today < tiwizi.money(1)", "script.lua:2: bad argument #2 to 'lt' (Date expected, got Money)"),
            ("tiwizi.now < tiwizi.now", "script.lua:2: attempt to compare two DateTime values"),
            ("tiwizi.today.hour", "script.lua:2: Date has no field 'hour'"),
            ("tiwizi.now.weekday", "script.lua:2: DateTime has no field 'weekday'"),
        ])
    func dateMisuse(expression: String, message: String) throws {
        let catalog = try LuaCatalog()
        #expect(catalog.errorMessage("local x = 1\nlocal y = \(expression)\nreturn y") == message)
    }

    @Test func paramsAreStringsWithDefaultsForMissingOnes() throws {
        let catalog = try LuaCatalog()
        let script = """
            print(tiwizi.param("discount"), tiwizi.param("label"), tiwizi.param("missing"), tiwizi.param("missing", "15"))
            print(tiwizi.params.discount, tiwizi.params.missing, type(tiwizi.param("discount")))
            local keys = {}
            for key, value in pairs(tiwizi.params) do keys[#keys + 1] = key .. "=" .. value end
            table.sort(keys)
            print(table.concat(keys, ","))
            print(tiwizi.param("discount", "99"), tiwizi.param("missing", 7), math.type(tiwizi.param("missing", 7)))
            """
        #expect(
            try catalog.output(script, parameters: ["discount": "15", "label": "Assises ESS"]) == [
                "15\tAssises ESS\tnil\t15",
                "15\tnil\tstring",
                "discount=15,label=Assises ESS",
                "15\t7\tinteger",
            ])
        #expect(try catalog.output("print(next(tiwizi.params), tiwizi.param('discount'))") == ["nil\tnil"])
    }

    @Test func parametersAreReadOnly() throws {
        let catalog = try LuaCatalog()
        #expect(
            catalog.errorMessage("local x = 1\ntiwizi.params.discount = '90'")
                == "script.lua:2: attempt to write field 'discount' of a read-only table")
        #expect(
            catalog.errorMessage("tiwizi.param()") == "script.lua:1: bad argument #1 to 'param' (value expected)")
        #expect(
            catalog.errorMessage("tiwizi.param(1)") == "script.lua:1: bad argument #1 to 'param' (string expected, got number)")
    }

    @Test func logIsCapturedNotPrinted() throws {
        let result = try LuaCatalog().run(
            """
            tiwizi.log("start")
            tiwizi.log("price", catalog.product("TAF-ARG-250").price, "on", tiwizi.today, 3, 2.5, true, nil)
            tiwizi.log({1, 2, sku = "X"})
            tiwizi.log()
            print("printed")
            return "done"
            """)
        #expect(result.log == ["start", "price 145.00 MAD on 2026-06-15 3 2.5 true nil", #"{1, 2, sku = "X"}"#, ""])
        #expect(result.output == ["printed"])
        #expect(result.values == [.text("done")])
    }

    @Test func randomIsSeeded() throws {
        let catalog = try LuaCatalog()
        let script = "local t = {} for i = 1, 8 do t[i] = math.random(1, 1000000) end print(table.concat(t, ' '), math.random())"
        let first = try catalog.run(script, seed: 42).output
        let again = try catalog.run(script, seed: 42).output
        let other = try catalog.run(script, seed: 43).output
        #expect(first == again)
        #expect(first != other)
        #expect(first.count == 1)
        // Without a seed, the run's date-time is the seed: equal --at, equal numbers.
        let atNoon = try catalog.run(script, at: "2026-06-15T12:00").output
        #expect(atNoon == (try catalog.run(script, at: "2026-06-15T12:00").output))
        #expect(atNoon != (try catalog.run(script, at: "2026-06-15T12:01").output))
        let seed = Int64(RunContext.parseInstant("2026-06-15T12:00")!.timeIntervalSince1970)
        #expect(atNoon == (try catalog.run(script, at: "2026-06-15T12:00", seed: seed).output))
    }

    @Test func sameScriptAndContextGiveIdenticalResults() throws {
        let catalog = try LuaCatalog()
        let script = """
            local lines = {}
            for p in catalog.products{} do
                local discount = p.price:percent(math.random(5, 30), "half-even")
                lines[#lines + 1] = p.sku .. " " .. (p.price - discount):format("fr") .. " " .. tostring(p.region)
                tiwizi.log(p.sku, discount)
            end
            for _, line in ipairs(lines) do print(line) end
            print(tiwizi.now, tiwizi.param("campaign"), math.random())
            return #lines, lines[1]
            """
        let first = try catalog.run(script, parameters: ["campaign": "ess"], seed: 7)
        let second = try catalog.run(script, parameters: ["campaign": "ess"], seed: 7)
        #expect(first.output == second.output)
        #expect(first.log == second.log)
        #expect(first.values == second.values)
        #expect(first.values.first == .integer(5))
        #expect(first.log.count == 5)
        #expect(first.output.count == 6)
    }
}
