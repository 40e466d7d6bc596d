import LuaHost
import Testing

/// A sandbox whose scripts make amounts with `money(minor [, code [, digits]])` (MAD, 2 digits by
/// default), and whose Money has one Swift method, `m:twice()`, and optionally a host `..`.
private func moneySandbox(limits: SandboxLimits = testLimits, hostConcat: Bool = false) throws -> LuaSandbox {
    let sandbox = try makeSandbox(limits: limits)
    try sandbox.define("money") { args in
        try args.checkArity(1...3)
        let currency = LuaCurrency(
            code: try args.argument(2, as: String?.self) ?? "MAD", minorUnitDigits: try args.argument(3, as: Int?.self) ?? 2)
        return .value(LuaMoney(minorUnits: try args.argument(1, as: Int64.self), currency: currency))
    }
    try sandbox.define("describe") { args in .value(try args.argument(1, as: String.self)) }
    sandbox.register(
        LuaMoneyClass { money in
            money.method("twice") { amount, args in
                try args.checkArity(1...1)
                return .value(LuaMoney(minorUnits: amount.minorUnits * 2, currency: amount.currency))
            }
            if hostConcat {
                money.concat { args in .value("host concat of \(args.type(at: 1)) and \(args.type(at: 2))") }
            }
        })
    return sandbox
}

private let mad = LuaCurrency(code: "MAD", minorUnitDigits: 2)
private let eur = LuaCurrency(code: "EUR", minorUnitDigits: 2)

extension LuaHostSuite {
    @Suite("Money, a C value")
    struct MoneyValueTests {
        @Test func fieldsAndText() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local m = money(14550)
                return m.minor, m.currency, m.amount, m.is_zero, money(0).is_zero, tostring(m), type(m),
                       getmetatable(m), tostring(money(-5)), tostring(money(7, 'XOF', 0)), tostring(money(1, 'TND', 3)),
                       money(math.mininteger).amount, money(math.maxinteger).amount, math.type(m.minor)
                """, name: "f.lua")
            #expect(
                run.values == [
                    14550, "MAD", "145.50", false, true, "145.50 MAD", "userdata", "Money", "-0.05 MAD", "7 XOF",
                    "0.001 TND", "-92233720368547758.08", "92233720368547758.07", "integer",
                ])
        }

        @Test func everyOperator() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local a, b = money(14550), money(2025)
                return a + b, a - b, b - a, -a, a * 3, 3 * a, a * -2, a * 0, a * 4.0, 4.0 * a,
                       a < b, a <= b, a > b, a >= b, a == b, a ~= b, a == money(14550), a <= a, a < a,
                       a == money(14550, 'EUR'), a == 145.5, 'Prix: ' .. a, a .. ' TTC', a .. 1, 2.5 .. a, a .. b,
                       a .. 1e100, a .. (0/0 > 0 and 1 or 2)
                """, name: "o.lua")
            let money = { (minor: Int64) in LuaValue.money(LuaMoney(minorUnits: minor, currency: mad)) }
            #expect(
                run.values == [
                    money(16575), money(12525), money(-12525), money(-14550), money(43650), money(43650), money(-29100),
                    money(0), money(58200), money(58200), false, false, true, true, false, true, true, true, false,
                    false, false, "Prix: 145.50 MAD", "145.50 MAD TTC", "145.50 MAD1", "2.5145.50 MAD",
                    "145.50 MAD20.25 MAD", "145.50 MAD1e+100", "145.50 MAD2",
                ])
        }

        @Test(
            arguments: [
                // Currencies
                ("money(1) + money(1, 'EUR')", "cannot combine amounts in MAD and EUR."),
                ("money(1, 'EUR') - money(1)", "cannot combine amounts in EUR and MAD."),
                ("money(1) < money(1, 'EUR')", "cannot combine amounts in MAD and EUR."),
                ("money(1) > money(1, 'EUR')", "cannot combine amounts in EUR and MAD."),
                ("money(1) <= money(1, 'EUR')", "cannot combine amounts in EUR and MAD."),
                ("money(1) >= money(1, 'EUR')", "cannot combine amounts in MAD and EUR."),
                ("money(1) + money(1, 'MAD', 3)", "cannot combine amounts in MAD and MAD."),
                // Overflow at the edges of 64 bits
                ("money(math.maxinteger) + money(1)", "the amount is too large to compute exactly."),
                ("money(math.mininteger) - money(1)", "the amount is too large to compute exactly."),
                ("money(math.mininteger) + money(-1)", "the amount is too large to compute exactly."),
                ("-money(math.mininteger)", "the amount is too large to compute exactly."),
                ("money(math.mininteger) * -1", "the amount is too large to compute exactly."),
                ("money(math.maxinteger // 2 + 1) * 2", "the amount is too large to compute exactly."),
                ("3 * money(math.maxinteger // 3 + 1)", "the amount is too large to compute exactly."),
                ("money(1) * math.maxinteger * 2", "the amount is too large to compute exactly."),
                // Operands
                ("money(1) + 1", "bad argument #2 to 'add' (Money expected, got number)"),
                ("1 - money(1)", "bad argument #1 to 'sub' (Money expected, got number)"),
                ("money(1) + {}", "bad argument #2 to 'add' (Money expected, got table)"),
                ("money(1) < 1", "bad argument #2 to 'lt' (Money expected, got number)"),
                ("1 < money(1)", "bad argument #1 to 'lt' (Money expected, got number)"),
                ("money(1) <= 'x'", "bad argument #2 to 'le' (Money expected, got string)"),
                ("money(1) * 1.5", "bad argument #2 to 'mul' (integer quantity expected, got number)"),
                ("1.5 * money(1)", "bad argument #1 to 'mul' (integer quantity expected, got number)"),
                ("money(1) * 1e16", "bad argument #2 to 'mul' (integer quantity expected, got number)"),
                ("money(1) * (0/0)", "bad argument #2 to 'mul' (integer quantity expected, got number)"),
                ("money(1) * math.huge", "bad argument #2 to 'mul' (integer quantity expected, got number)"),
                ("money(1) * '2'", "bad argument #2 to 'mul' (integer quantity expected, got string)"),
                ("money(1) * money(2)", "bad argument #2 to 'mul' (integer quantity expected, got userdata)"),
                ("money(1) * {}", "bad argument #2 to 'mul' (integer quantity expected, got table)"),
                ("money(1) .. {}", "bad argument #2 to 'concat' (cannot concatenate a table)"),
                ("true .. money(1)", "bad argument #1 to 'concat' (cannot concatenate a boolean)"),
                ("describe(money(1))", "bad argument #1 to 'describe' (string expected, got Money)"),
                // Division, and what Money does not have
                (
                    "money(1) / 2",
                    "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
                ),
                (
                    "2 // money(1)",
                    "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
                ),
                (
                    "money(1) % money(1)",
                    "Money cannot be divided with an operator: use :scale(1, n, mode), :percent(p, mode) or :allocate{…}"
                ),
                ("money(1) ^ 2", "attempt to perform arithmetic on a Money value"),
                ("money(1) & 1", "attempt to perform bitwise operation on a Money value"),
                ("#money(1)", "attempt to get length of a userdata value"),
                ("#money(math.maxinteger)", "attempt to get length of a Money value"),
                ("money(1)()", "attempt to call a Money value"),
                ("~money(1)", "attempt to perform bitwise operation on a Money value"),
                ("money(math.maxinteger) ^ 2", "attempt to perform arithmetic on a Money value"),
                ("table.concat(money(1))", "bad argument #1 to 'concat' (table expected, got Money)"),
                ("money(math.maxinteger) + money(1, 'EUR')", "cannot combine amounts in MAD and EUR."),
                ("money(math.maxinteger).colour", "Money has no field 'colour'"),
                // Fields and the metatable
                ("money(1).colour", "Money has no field 'colour'"),
                ("money(1)[1]", "Money has no field [1]"),
                ("money(1)[true]", "Money has no field of type boolean"),
                ("money(1):colour()", "Money has no field 'colour'"),
                ("setmetatable(money(1), {})", "bad argument #1 to 'setmetatable' (table expected, got Money)"),
                ("money(1).twice(5)", "bad argument #1 to 'twice' (Money expected, got number)"),
                ("money(1):twice(5)", "bad argument #1 to 'twice' (no value expected)"),
            ])
        func misuseIsAnErrorAtTheScriptsLine(expression: String, message: String) throws {
            let sandbox = try moneySandbox()
            let error = failure { _ = try sandbox.run("local x = 1\nlocal y = \(expression)\nreturn y", name: "m.lua") }
            #expect(runtimeMessage(error) == "m.lua:2: \(message)")
        }

        @Test func fieldsAreReadOnly() throws {
            let sandbox = try moneySandbox()
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("local m = money(1)\nm.minor = 0", name: "w.lua") })
                    == "w.lua:2: attempt to write read-only field 'minor' of Money")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("local m = money(1)\nm.colour = 'red'", name: "w.lua") })
                    == "w.lua:2: attempt to write read-only field 'colour' of Money")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("local m = money(1)\nrawset(m, 'minor', 0)", name: "w.lua") })
                    == "w.lua:2: bad argument #1 to 'rawset' (table expected, got Money)")
        }

        @Test func theMetatableIsProtected() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local m = money(1)
                local mt = getmetatable(m)
                local ok = pcall(setmetatable, m, nil)
                return mt, ok, rawequal(mt, getmetatable(money(2)))
                """, name: "p.lua")
            #expect(run.values == ["Money", false, true])
        }

        @Test func errorsCarryTheScriptsPositionThroughCallsAndPcall() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local function add(a, b)
                  return a + b
                end
                local ok, message = pcall(add, money(1), money(1, 'EUR'))
                local ok2, message2 = pcall(function() return money(1) * 1.5 end)
                return ok, message, ok2, message2
                """, name: "pos.lua")
            #expect(
                run.values == [
                    false, "pos.lua:2: cannot combine amounts in MAD and EUR.", false,
                    "pos.lua:5: bad argument #2 to 'mul' (integer quantity expected, got number)",
                ])
            let error = failure { _ = try sandbox.run("local m = money(1)\n\nreturn -money(math.mininteger)", name: "u.lua") }
            #expect(runtimeMessage(error) == "u.lua:3: the amount is too large to compute exactly.")
            #expect(error?.traceback?.contains("u.lua:3: in main chunk") == true)
        }

        @Test func methodsAreSwift() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                "local m = money(150) return m:twice(), type(m.twice), m:twice():twice().minor", name: "t.lua")
            #expect(run.values == [.money(LuaMoney(minorUnits: 300, currency: mad)), "function", 600])
        }

        @Test func concatenationFallsBackToTheHost() throws {
            let plain = try moneySandbox()
            // Without a host `..`, a string that is not UTF-8 is concatenated as it is.
            #expect(try plain.run("return money(1) .. '\\xff'", name: "c.lua").value == .string(Array("0.01 MAD".utf8) + [0xFF]))
            let hosted = try moneySandbox(hostConcat: true)
            let run = try hosted.run(
                "return money(1) .. {}, {} .. money(1), money(1) .. '\\xff', 'ok ' .. money(1)", name: "c.lua")
            #expect(
                run.values == [
                    "host concat of userdata and table", "host concat of table and userdata",
                    "host concat of userdata and string", "ok 0.01 MAD",
                ])
        }

        @Test func moneySurvivesTheRoundTrip() throws {
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                "return money(-14550, 'EUR'), {price = money(7, 'XOF', 0), list = {money(1)}}, money(math.mininteger)",
                name: "r.lua")
            let amount = LuaMoney(minorUnits: -14550, currency: eur)
            #expect(run.values[0] == .money(amount))
            #expect(run.values[0].moneyValue?.currency.code == "EUR")
            #expect(amount.description == "-145.50 EUR")
            let xof = LuaMoney(minorUnits: 7, currency: LuaCurrency(code: "XOF", minorUnitDigits: 0))
            #expect(run.values[1] == ["price": .money(xof), "list": [.money(LuaMoney(minorUnits: 1, currency: mad))]])
            #expect(run.values[2] == .money(LuaMoney(minorUnits: .min, currency: mad)))

            // Back into Lua, as arguments, inside tables, and as a definition.
            let script = try sandbox.load(
                """
                local m, t, low = ...
                return m.minor, tostring(m), m + m, t.price.amount, t.list[1] == money(1), low.amount, m:twice().minor
                """, name: "back.lua")
            let back = try sandbox.run(script, arguments: run.values)
            #expect(
                back.values == [
                    -14550, "-145.50 EUR", .money(LuaMoney(minorUnits: -29100, currency: eur)), "7", true,
                    "-92233720368547758.08", -29100,
                ])
            try sandbox.define("fixed", LuaMoney(minorUnits: 995, currency: mad))
            #expect(
                try sandbox.run("return fixed + fixed, fixed.currency", name: "d.lua").values == [
                    .money(LuaMoney(minorUnits: 1990, currency: mad)), "MAD",
                ])
        }

        @Test func equalAmountsAreOneValue() throws {
            // Small amounts are light userdata (their bits are the amount), larger ones full
            // userdata kept by value while they live: either way, equal amounts are one value.
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local a, b = money(100), money(50) * 2
                local big, big2 = money(math.maxinteger), money(math.maxinteger - 1) + money(1)
                local t = {[a] = 'a'}
                t[b] = 'b'
                t[big] = 'big'
                local n = 0
                for _ in pairs(t) do n = n + 1 end
                return a == b, rawequal(a, b), t[a], n, rawequal(big, big2), t[big2], big == big2, a ~= big
                """, name: "k.lua")
            #expect(run.values == [true, true, "b", 2, true, "big", true, true])
        }

        @Test func amountsCrossTheLimitOfTheLightForm() throws {
            // 2^43 minor units is the first amount held as a full userdata.
            let sandbox = try moneySandbox()
            let run = try sandbox.run(
                """
                local limit = 1 << 43
                local below, at = money(limit - 1), money(limit)
                local up = below + money(1)
                local down = up - money(1)
                return rawequal(up, at), rawequal(down, below), up == at, down < up, up.minor, tostring(-at),
                       (-at).minor, money(-limit) == -at, rawequal(money(-limit) - money(1), -at - money(1)),
                       at * 2 == money(limit * 2), (at * 0).is_zero, rawequal(at * 0, money(0)), at:twice() == at + at,
                       getmetatable(at), type(at), at .. '', money(1 << 62, 'XOF', 0).amount
                """, name: "x.lua")
            let limit: Int64 = 1 << 43
            #expect(
                run.values == [
                    true, true, true, true, .integer(limit), "-87960930222.08 MAD", .integer(-limit), true, true, true,
                    true, true, true, "Money", "userdata", "87960930222.08 MAD", "4611686018427387904",
                ])
            // Both forms cross to Swift as the same kind of value.
            let values = try sandbox.run("return money(5), money(1 << 50), money(-(1 << 50), 'EUR')", name: "s.lua").values
            #expect(
                values == [
                    .money(LuaMoney(minorUnits: 5, currency: mad)), .money(LuaMoney(minorUnits: 1 << 50, currency: mad)),
                    .money(LuaMoney(minorUnits: -(1 << 50), currency: eur)),
                ])
        }

        @Test func aMillionOperationsLeaveTheHeapAsItWas() throws {
            var limits = testLimits
            limits.instructions = 100_000_000
            limits.timeout = .seconds(60)
            let sandbox = try moneySandbox(limits: limits)
            let script = try sandbox.load(
                """
                local price, total = money(14550), money(0)
                for i = 1, 250000 do
                  total = total + price * 3 - price
                  if -total > price then error('unreachable') end
                end
                return total.minor
                """, name: "million.lua")
            _ = try sandbox.run(script)
            sandbox.collectGarbage()
            let before = sandbox.memoryInUse
            let run = try sandbox.run(script)
            #expect(run.value == .integer(14550 * 2 * 250_000))
            #expect(run.usage.peakMemoryBytes < before + (8 << 20), "the collector keeps up: amounts are garbage at once")
            sandbox.collectGarbage()
            #expect(sandbox.memoryInUse <= before + 1024, "heap grew from \(before) to \(sandbox.memoryInUse) bytes")
        }

        @Test func theMemoryLimitCountsAmounts() throws {
            var limits = testLimits
            limits.memoryBytes = 1 << 20
            let sandbox = try moneySandbox(limits: limits)
            let baseline = try baseline(sandbox)
            let error = failure {
                _ = try sandbox.run("local t, m = {}, money(1) for i = 1, 1e7 do t[i] = m + m end", name: "bomb.lua")
            }
            guard case .memoryLimit? = error?.kind else {
                Issue.record("expected the memory limit, got \(String(describing: error))")
                return
            }
            try expectRecovered(sandbox, baseline: baseline)
        }

        @Test func swiftReadsMoneyArguments() throws {
            let sandbox = try moneySandbox()
            try sandbox.define("inspect") { args in
                let amount = try args.money(1)
                let maybe = args.moneyIfPresent(2)
                return .values([amount.minorUnits, amount.currency.code, amount.currency.minorUnitDigits, maybe == nil])
            }
            #expect(try sandbox.run("return inspect(money(5, 'TND', 3), 'x')", name: "i.lua").values == [5, "TND", 3, true])
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("return inspect(5)", name: "i.lua") })
                    == "i.lua:1: bad argument #1 to 'inspect' (Money expected, got number)")
        }
    }
}
