import LuaHost
import Testing

/// `Money` in Lua: integer minor units, explicit rounding, never a float.
@Suite struct MoneyLuaTests {
    @Test func moneyAndMinorReadTypedPricesInAnyCurrency() throws {
        let lines = try LuaCatalog().output(
            """
            print(tiwizi.money("145,50"), tiwizi.money("145.50"), tiwizi.money("1 450,00 DH"), tiwizi.money(145))
            print(tiwizi.minor(14550), tiwizi.minor(-5), tiwizi.money("12", "EUR"), tiwizi.money(7, "XOF"), tiwizi.minor(1, "TND"))
            print(tiwizi.money("145,5").minor, math.type(tiwizi.money(145).minor), tiwizi.money(0).is_zero)
            """)
        #expect(
            lines == [
                "145.50 MAD\t145.50 MAD\t1450.00 MAD\t145.00 MAD",
                "145.50 MAD\t-0.05 MAD\t12.00 EUR\t7 XOF\t0.001 TND",
                "14550\tinteger\ttrue",
            ])
    }

    @Test func fieldsOfAnAmount() throws {
        let line = try LuaCatalog().line(
            #"local m = catalog.product("TAF-ARG-250").price print(m.minor, m.currency, m.amount, m.is_zero)"#)
        #expect(line == "14500\tMAD\t145.00\tfalse")
    }

    @Test func arithmeticIsExactInMinorUnits() throws {
        let lines = try LuaCatalog().output(
            """
            local a, b = tiwizi.money("145.50"), tiwizi.money("20.25")
            print(a + b, a - b, b - a, -a, a * 3, 3 * a, a * -2, a * 0)
            print(a * 2.0, (a + b).minor, math.type((a * 3).minor))
            """)
        #expect(
            lines == [
                "165.75 MAD\t125.25 MAD\t-125.25 MAD\t-145.50 MAD\t436.50 MAD\t436.50 MAD\t-291.00 MAD\t0.00 MAD",
                "291.00 MAD\t16575\tinteger",
            ])
    }

    @Test func comparisonIsByAmountAndCurrency() throws {
        let lines = try LuaCatalog().output(
            """
            local a, b = tiwizi.money("145.50"), tiwizi.money(200)
            print(a < b, a <= b, a > b, a >= b, a == b, a ~= b)
            print(a < a, a <= a, a == tiwizi.minor(14550), a == tiwizi.money("145.50", "EUR"), a == 145.5)
            """)
        #expect(lines == ["true\ttrue\tfalse\tfalse\tfalse\ttrue", "false\ttrue\ttrue\tfalse\tfalse"])
    }

    @Test func tostringAndConcatenation() throws {
        let line = try LuaCatalog().line(
            #"local m = tiwizi.money("145.5") print(tostring(m), "Prix: " .. m, m .. " TTC", m .. 1, tostring(-m))"#)
        #expect(line == "145.50 MAD\tPrix: 145.50 MAD\t145.50 MAD TTC\t145.50 MAD1\t-145.50 MAD")
    }

    @Test func percentWithRoundingModes() throws {
        // 15 % of 145.50 is 21.825: the mode decides the last centime.
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("145.50")
            print(m:percent(15), m:percent(15, "half-up"), m:percent(15, "half-even"), m:percent(15, "down"))
            print(m:percent(15, "up"), m:percent(15, "floor"), m:percent(15, "ceiling"), (-m):percent(15, "floor"))
            print(m:percent(12.5), m:percent("12.5"), m:percent(100), m:percent(0), m:percent(-10), m:percent(0.01))
            """)
        #expect(
            lines == [
                "21.83 MAD\t21.83 MAD\t21.82 MAD\t21.82 MAD",
                "21.83 MAD\t21.82 MAD\t21.83 MAD\t-21.83 MAD",
                "18.19 MAD\t18.19 MAD\t145.50 MAD\t0.00 MAD\t-14.55 MAD\t0.01 MAD",
            ])
    }

    @Test func roundGoesToTheNearestStepInTheModeGiven() throws {
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("143.27")
            print(m:round("0.50"), m:round("0.10", "down"), m:round("1", "up"), m:round(tiwizi.money("0.05")))
            print(tiwizi.money("143.25"):round("0.50", "half-even"), tiwizi.money("143.75"):round("0.50", "half-even"))
            print(tiwizi.money("143.25"):round("0.10"), tiwizi.money("143.25"):round("0.10", "half-even"))
            """)
        #expect(
            lines == [
                "143.50 MAD\t143.20 MAD\t144.00 MAD\t143.25 MAD",
                "143.00 MAD\t144.00 MAD",
                "143.30 MAD\t143.20 MAD",
            ])
    }

    @Test func endingPicksTheNearestPriceWithTheEnding() throws {
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("143.20")
            print(m:ending("9.90", "10", "up"), m:ending("9.90", "10", "down"), m:ending("9.90", "10", "half-up"))
            print(tiwizi.money("149.90"):ending("9.90", "10"), tiwizi.money("144.90"):ending("9.90", "10", "half-up"))
            print(m:ending(tiwizi.money("0.99"), tiwizi.money("1"), "up"), m:ending("0.99", "1"))
            """)
        #expect(
            lines == [
                "149.90 MAD\t139.90 MAD\t139.90 MAD",
                "149.90 MAD\t149.90 MAD",
                "143.99 MAD\t142.99 MAD",
            ])
    }

    @Test func allocateSumsExactly() throws {
        let lines = try LuaCatalog().output(
            """
            local parts = tiwizi.money("100"):allocate({1, 1, 1})
            print(#parts, parts[1], parts[2], parts[3], (parts[1] + parts[2] + parts[3]) == tiwizi.money(100))
            local total, sum = tiwizi.money("1234.57"), tiwizi.money(0)
            local shares = total:allocate({7, 0, 3, 5})
            for _, share in ipairs(shares) do sum = sum + share end
            print(shares[1], shares[2], shares[3], shares[4], sum == total)
            local neg = tiwizi.minor(-5):allocate({1, 1})
            print(neg[1], neg[2])
            """)
        #expect(
            lines == [
                "3\t33.34 MAD\t33.33 MAD\t33.33 MAD\ttrue",
                "576.13 MAD\t0.00 MAD\t246.92 MAD\t411.52 MAD\ttrue",
                "-0.03 MAD\t-0.02 MAD",
            ])
    }

    @Test func formatInEachLanguage() throws {
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("1450")
            print(m:format())
            print(m:format("fr"))
            print(m:format("ar"))
            print(m:format("en"))
            print(m:format("zgh"))
            print((-tiwizi.money("145.50")):format("fr"))
            print(tiwizi.money("12.5", "EUR"):format("fr"))
            """)
        let nnbsp = "\u{202F}"
        let nbsp = "\u{00A0}"
        #expect(
            lines == [
                "1\(nnbsp)450,00\(nbsp)DH", "1\(nnbsp)450,00\(nbsp)DH", "1\(nnbsp)450,00\(nbsp)د.م.",
                "MAD\(nbsp)1,450.00", "1\(nnbsp)450,00\(nbsp)DH", "-145,50\(nbsp)DH", "12,50\(nbsp)€",
            ])
    }

    // MARK: Errors

    @Test(
        arguments: [
            ("tiwizi.money(145) + tiwizi.money(1, 'EUR')", "script.lua:2: cannot combine amounts in MAD and EUR."),
            ("tiwizi.money(145) - tiwizi.money(1, 'EUR')", "script.lua:2: cannot combine amounts in MAD and EUR."),
            ("tiwizi.money(145) < tiwizi.money(1, 'EUR')", "script.lua:2: cannot combine amounts in MAD and EUR."),
            ("tiwizi.money(145) >= tiwizi.money(1, 'EUR')", "script.lua:2: cannot combine amounts in MAD and EUR."),
            ("tiwizi.money(1, 'EUR') <= tiwizi.money(145)", "script.lua:2: cannot combine amounts in MAD and EUR."),
            (
                "tiwizi.money(145):round(tiwizi.money(1, 'EUR'))",
                "script.lua:2: currencies differ: EUR and MAD"
            ),
            (
                "tiwizi.money(145) * 1.5",
                "script.lua:2: bad argument #2 to 'mul' (integer quantity expected, got number)"
            ),
            (
                "1.5 * tiwizi.money(145)",
                "script.lua:2: bad argument #1 to 'mul' (integer quantity expected, got number)"
            ),
            ("tiwizi.money(145) * '2'", "script.lua:2: bad argument #2 to 'mul' (integer quantity expected, got string)"),
            (
                "tiwizi.money(145) * tiwizi.money(2)",
                "script.lua:2: bad argument #2 to 'mul' (integer quantity expected, got userdata)"
            ),
            ("tiwizi.money(145) + 1", "script.lua:2: bad argument #2 to 'add' (Money expected, got number)"),
            ("tiwizi.money(145) < 1", "script.lua:2: bad argument #2 to 'lt' (Money expected, got number)"),
            (
                "tiwizi.money(145) / 2",
                "script.lua:2: Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
            ),
            (
                "tiwizi.money(145) // 2",
                "script.lua:2: Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
            ),
            ("tiwizi.money(145) ^ 2", "script.lua:2: attempt to perform arithmetic on a Money value"),
            (
                "tiwizi.money(145):scale(1, 0)",
                "script.lua:2: division by zero."
            ),
            (
                "tiwizi.money(145):scale(1, 2.5)",
                "script.lua:2: bad argument #2 to 'scale' (integer denominator expected, got number)"
            ),
            ("tiwizi.money(1) * math.maxinteger", "script.lua:2: the amount is too large to compute exactly."),
            (
                "tiwizi.money(1.5)",
                #"script.lua:2: bad argument #1 to 'money' (amount expected as text ("145.50") or a whole number, got a float (money is never a float))"#
            ),
            (
                "tiwizi.money(145.0)",
                #"script.lua:2: bad argument #1 to 'money' (amount expected as text ("145.50") or a whole number, got a float (money is never a float))"#
            ),
            (
                "tiwizi.money(true)",
                #"script.lua:2: bad argument #1 to 'money' (amount expected as text ("145.50") or a whole number, got boolean)"#
            ),
            (
                "tiwizi.money('abc')",
                "script.lua:2: bad argument #1 to 'money' (no amount found; write digits such as 145 or 145,50.)"
            ),
            (
                "tiwizi.money('1', 'XYZ')",
                "script.lua:2: bad argument #2 to 'money' (ISO 4217 currency code expected (MAD, EUR…), got 'XYZ')"
            ),
            (
                "tiwizi.minor(1.5)",
                "script.lua:2: bad argument #1 to 'minor' (integer amount in minor units expected, got number)"
            ),
            (
                "tiwizi.money(145):percent(12.345)",
                "script.lua:2: bad argument #1 to 'percent' (percentage expected with at most 2 decimals (15, 12.5), got 12.345)"
            ),
            (
                "tiwizi.money(145):percent('15%')",
                "script.lua:2: bad argument #1 to 'percent' (percentage expected with at most 2 decimals (15, 12.5), got '15%')"
            ),
            (
                "tiwizi.money(145):percent(15, 'nearest')",
                "script.lua:2: bad argument #2 to 'percent' (rounding mode expected (half-up, half-even, down, up, floor, ceiling), got 'nearest')"
            ),
            (
                "tiwizi.money(145):round(0.5)",
                #"script.lua:2: bad argument #1 to 'round' (amount expected as text ("0.50") or Money, got a number)"#
            ),
            ("tiwizi.money(145):round('0')", "script.lua:2: the rounding step must be at least 1 minor unit (got 0)."),
            (
                "tiwizi.money(145):ending('10', '10')",
                "script.lua:2: the price ending 1000 must be between 0 and 999 minor units for a step of 1000."
            ),
            ("tiwizi.money(145):allocate({1, 1.5})", "script.lua:2: allocate: ratio #2 is not an integer"),
            ("tiwizi.money(145):allocate({})", "script.lua:2: nothing to allocate over: the list of ratios is empty."),
            ("tiwizi.money(145):allocate({1, -1})", "script.lua:2: ratio 1 is negative (-1)."),
            (
                "tiwizi.money(145):format('de')",
                "script.lua:2: bad argument #1 to 'format' (language expected (fr, ar, en or zgh), got 'de')"
            ),
        ])
    func misuseIsAnErrorAtTheCallersLine(expression: String, message: String) throws {
        let catalog = try LuaCatalog()
        #expect(catalog.errorMessage("local x = 1\nlocal y = \(expression)\nreturn y") == message)
    }

    @Test func scaleByAFraction() throws {
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("145.50")
            print(m:scale(1, 3), m:scale(1, 3, "up"), m:scale(2, 3, "half-even"), m:scale(1000, 250))
            print(tiwizi.money("0.05"):scale(1, 2), tiwizi.money("0.05"):scale(1, 2, "half-even"))
            """)
        #expect(lines == ["48.50 MAD\t48.50 MAD\t97.00 MAD\t582.00 MAD", "0.03 MAD\t0.02 MAD"])
    }

    @Test func moneyNeverBecomesAFloat() throws {
        // Every amount a script can make is integer minor units underneath.
        let line = try LuaCatalog().line(
            """
            local m = tiwizi.money("0.10")
            local total = tiwizi.money(0)
            for _ = 1, 3 do total = total + m end
            print(total == tiwizi.money("0.30"), math.type(total.minor), total.minor)
            """)
        #expect(line == "true\tinteger\t30")
    }
}
