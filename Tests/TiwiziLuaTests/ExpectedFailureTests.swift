import LuaHost
import Testing

/// The rule for failures (docs/lua-api.md, "Errors"): typed text that is not an amount or a
/// date is an expected failure, `nil, message`; misuse raises, absence is `nil`.
@Suite struct ParseTests {
    @Test func parseMoneyReturnsTheAmount() throws {
        let lines = try LuaCatalog().output(
            """
            local a, problem = tiwizi.parse_money("1 450,50 DH")
            print(a, problem, getmetatable(a), select("#", tiwizi.parse_money("145")))
            print(tiwizi.parse_money("19,99 €", "EUR"), tiwizi.parse_money("  12.5 "), tiwizi.parse_money("0"))
            """)
        #expect(lines == ["1450.50 MAD\tnil\tMoney\t1", "19.99 EUR\t12.50 MAD\t0.00 MAD"])
    }

    /// Text that is not an amount: `nil` and the parser's own message, the one the raising
    /// constructor puts in its error.
    @Test(
        arguments: [
            ("1,450", "at most 2 decimals for MAD."),
            ("-5", "an amount cannot be negative (“-5”)."),
            ("", "enter an amount."),
            ("145 €", "the amount is in EUR, but MAD was expected."),
        ])
    func parseMoneyReturnsNilAndTheMessage(_ text: String, _ expected: String?) throws {
        let catalog = try LuaCatalog()
        let lines = try catalog.output(
            """
            local amount, problem = tiwizi.parse_money("\(text)")
            print(amount, type(problem), select("#", tiwizi.parse_money("\(text)")))
            print(problem)
            """)
        #expect(lines.first == "nil\tstring\t2")
        if let expected { #expect(lines.last == expected) }
        let raised = catalog.errorMessage("local _ = tiwizi.money(\"\(text)\")")
        #expect(raised == "script.lua:1: bad argument #1 to 'money' (\(lines.last ?? ""))")
    }

    @Test func parseDateReturnsTheDayOrNilAndTheMessage() throws {
        let lines = try LuaCatalog().output(
            """
            print(tiwizi.parse_date("2028-02-29"), getmetatable(tiwizi.parse_date(" 2026-04-24 ")))
            print(tiwizi.parse_date("2026-02-30"))
            print(tiwizi.parse_date("24/04/2026"))
            """)
        #expect(
            lines == [
                "2028-02-29\tDate",
                "nil\t“2026-02-30” is not a date; write YYYY-MM-DD (e.g. 2011-04-18).",
                "nil\t“24/04/2026” is not a date; write YYYY-MM-DD (e.g. 2011-04-18).",
            ])
    }

    /// Wrong types and misuse are not expected failures: they still raise.
    @Test(
        arguments: [
            ("tiwizi.parse_money(145.5)", "bad argument #1 to 'parse_money' (string expected, got number)"),
            ("tiwizi.parse_money(145)", "bad argument #1 to 'parse_money' (string expected, got number)"),
            ("tiwizi.parse_money({})", "bad argument #1 to 'parse_money' (string expected, got table)"),
            ("tiwizi.parse_money()", "bad argument #1 to 'parse_money' (value expected)"),
            (
                "tiwizi.parse_money('12', 'XYZ')",
                "bad argument #2 to 'parse_money' (ISO 4217 currency code expected (MAD, EUR…), got 'XYZ')"
            ),
            (
                "tiwizi.parse_money('douze', 'dirham')",
                "bad argument #2 to 'parse_money' (ISO 4217 currency code expected (MAD, EUR…), got 'dirham')"
            ),
            ("tiwizi.parse_money('1', 'MAD', 3)", "bad argument #3 to 'parse_money' (no value expected)"),
            ("tiwizi.parse_date(20260424)", "bad argument #1 to 'parse_date' (string expected, got number)"),
            ("tiwizi.parse_date(tiwizi.today)", "bad argument #1 to 'parse_date' (string expected, got Date)"),
            ("tiwizi.parse_date()", "bad argument #1 to 'parse_date' (value expected)"),
        ])
    func misuseOfTheParsersStillRaises(_ statement: String, _ expected: String) throws {
        #expect(try LuaCatalog().errorMessage("local _ = \(statement)") == "script.lua:1: \(expected)")
    }
}

/// An id that names nothing, where the script names a record, is misuse: it raises.
@Suite struct UnknownIDTests {
    /// An id that names nothing is a mistake in the script, not an empty answer.
    @Test(
        arguments: [
            (
                #"catalog.products{certification = "igp-argan"}"#,
                "no certification scheme “igp-argan”."
            ),
            (#"catalog.count{certification = "nope"}"#, "no certification scheme “nope”."),
            (#"catalog.products{cooperative = "tafoukt"}"#, "no cooperative “tafoukt”."),
            (#"catalog.count{cooperative = "nope"}"#, "no cooperative “nope”."),
            (
                #"catalog.product("TAF-ARG-250"):certificate("igp-argan")"#,
                "bad argument #1 to 'certificate' (no certification scheme “igp-argan”.)"
            ),
        ])
    func anIdThatNamesNothingIsAnError(_ call: String, _ message: String) throws {
        #expect(try LuaCatalog().errorMessage("local _ = \(call)") == "script.lua:1: \(message)")
    }

    /// Existing ids still give empty answers where there is nothing to find.
    @Test func existingIdsWithNothingToFindAreEmptyNotErrors() throws {
        let line = try LuaCatalog().line(
            """
            local p = catalog.product("AGH-MJH-1KG")
            print(p:certificate("igp-argane"), catalog.count{certification = "bio-maroc"},
                  catalog.count{cooperative = "aghrem-dattes", category = "craft"})
            """)
        #expect(line == "nil\t0\t0")
    }
}
