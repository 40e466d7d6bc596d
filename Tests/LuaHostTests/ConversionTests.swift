import Testing

@testable import LuaHost

extension LuaHostSuite {
    /// Results and arguments below the conversion limits convert exactly as they did before the
    /// limits were checked by a pre-pass; at the limits they are refused with the same messages.
    @Suite("Conversion limits")
    struct ConversionTests {
        /// Room enough to build values near the element limit (1M values) in Lua.
        static let roomy = SandboxLimits(instructions: 100_000_000, memoryBytes: 256 << 20, timeout: .seconds(20))

        /// `{t, t}` applied `levels` times to `{}`, as Swift builds it.
        static func doubled(_ levels: Int) -> LuaValue {
            var value: LuaValue = .table(LuaTable())
            for _ in 0..<levels { value = [value, value] }
            return value
        }

        /// A refusal at a limit costs the pre-pass's steps up to that limit and builds no Swift
        /// value (work counted, not timed: the bound holds however loaded the machine is).
        @Test func aRefusalAtTheLimitBuildsNothing() throws {
            let sandbox = try makeSandbox()
            let explode = "local t = {} for i = 1, 40 do t = {t, t} end "
            #expect(
                conversionMessage(failure { _ = try sandbox.run(explode + "return t", name: "explode.lua") })
                    == "cannot return value #1: value has more than 1000000 elements")
            #expect(sandbox.state.lastConversionWork == ConversionWork(measured: LuaValue.maximumElements, built: 0))

            try sandbox.define("take") { args in
                _ = try args.argument(1, as: LuaValue.self)
                return .nothing
            }
            _ = failure { _ = try sandbox.run(explode + "take(t)", name: "take.lua") }
            #expect(sandbox.state.lastConversionWork == ConversionWork(measured: LuaValue.maximumElements, built: 0))

            // 257 references to one 1 MiB string: refused at the 257th, after 258 values.
            _ = failure {
                _ = try sandbox.run(
                    "local s = string.rep('x', 1 << 20) local t = {} for i = 1, 300 do t[i] = s end return t", name: "bytes.lua")
            }
            #expect(sandbox.state.lastConversionWork == ConversionWork(measured: 258, built: 0))

            // Below the limits, every value is walked once and built once: 2^11 - 1 tables.
            _ = try sandbox.run("local t = {} for i = 1, 10 do t = {t, t} end return t", name: "doubled.lua")
            #expect(sandbox.state.lastConversionWork == ConversionWork(measured: 2047, built: 2047))
        }

        @Test func nestedTablesConvertAsBefore() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                """
                local leaf = {x = {y = {}}}
                return {1, 2.5, 's', true, leaf, [10] = 'ten', k = {1, {2}}, [leaf] = false}, 'second', {}
                """, name: "nested.lua")
            let leaf: LuaValue = ["x": ["y": .table(LuaTable())]]
            let expected: LuaValue = .table(
                LuaTable(array: [1, 2.5, "s", true, leaf], hash: [10: "ten", "k": [1, [2]], leaf: false]))
            #expect(run.values == [expected, "second", .table(LuaTable())])
        }

        @Test func sharedSubtablesAreNotCycles() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run("local s = {1, 2} return {s, s, {s, k = s}}, s", name: "shared.lua")
            let s: LuaValue = [1, 2]
            #expect(run.values == [[s, s, .table(LuaTable(array: [s], hash: ["k": s]))], s])
        }

        @Test func sharedSubtablesBelowTheLimitExpand() throws {
            // 2^19 - 1 = 524,287 tables: each shared subtable converts each time it appears.
            let sandbox = try makeSandbox()
            let run = try sandbox.run("local t = {} for i = 1, 18 do t = {t, t} end return t", name: "doubled.lua")
            #expect(run.value == Self.doubled(18))
        }

        @Test func flatArrayAtTheLimitConvertsAndOneMoreIsRefused() throws {
            let sandbox = try makeSandbox(limits: Self.roomy)
            let make = try sandbox.load(
                "local n, extra = ... local t = {} for i = 1, n do t[i] = i end if extra then return t, extra end return t",
                name: "flat.lua")
            // The table and its 999,999 elements: exactly the limit.
            let run = try sandbox.run(make, arguments: [LuaValue.integer(999_999)])
            let array = try #require(run.values.first?.tableValue?.array)
            #expect(array.count == 999_999)
            #expect(array.first == 1 && array.last == 999_999)
            #expect(run.values.count == 1)
            // The results share the limit: the second one is the value too many.
            #expect(
                conversionMessage(failure { _ = try sandbox.run(make, arguments: [LuaValue.integer(999_999), "x"]) })
                    == "cannot return value #2: value has more than 1000000 elements")
            #expect(
                conversionMessage(failure { _ = try sandbox.run(make, arguments: [LuaValue.integer(1_000_000)]) })
                    == "cannot return value #1: value has more than 1000000 elements")
        }

        @Test func repeatedStringsCountTowardsTheByteLimit() throws {
            // One 1 MiB string, 257 times: 257 MiB of strings once converted.
            let sandbox = try makeSandbox()
            func source(_ count: Int) -> String {
                "local s = string.rep('x', 1 << 20) local t = {} for i = 1, \(count) do t[i] = s end return t"
            }
            let run = try sandbox.run(source(3), name: "bytes.lua")
            #expect(run.value.tableValue?.array == Array(repeating: .string(Array(repeating: 0x78, count: 1 << 20)), count: 3))
            #expect(
                conversionMessage(failure { _ = try sandbox.run(source(257), name: "bytes.lua") })
                    == "cannot return value #1: value holds more than 268435456 bytes of strings")
        }

        @Test func theFirstProblemInReadingOrderIsReported() throws {
            let sandbox = try makeSandbox()
            // Values are read in order, the sequence first: the first problem met is reported.
            #expect(
                conversionMessage(
                    failure { _ = try sandbox.run("local c = {} c[1] = c return {c, coroutine.create(print)}", name: "o.lua") })
                    == "cannot return value #1: table contains a cycle (a table that contains itself)")
            #expect(
                conversionMessage(
                    failure { _ = try sandbox.run("local c = {} c.c = c return {coroutine.create(print), c}", name: "o.lua") })
                    == "cannot return value #1: a thread value cannot leave the sandbox")
            // A cycle found before the element count runs out is reported as a cycle...
            #expect(
                conversionMessage(
                    failure {
                        _ = try sandbox.run(
                            "local t = {} for i = 1, 40 do t = {t, t} end local c = {} c[1] = c return c, t", name: "o.lua")
                    }) == "cannot return value #1: table contains a cycle (a table that contains itself)")
            // ...and one after it is not reached.
            #expect(
                conversionMessage(
                    failure {
                        _ = try sandbox.run(
                            "local t = {} for i = 1, 40 do t = {t, t} end local c = {} c[1] = c return {t, c}", name: "o.lua")
                    }) == "cannot return value #1: value has more than 1000000 elements")
        }

        @Test func hostFunctionArgumentsAreBoundedToo() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("take") { args in
                _ = try args.argument(1, as: LuaValue.self)
                return .nothing
            }
            let error = failure {
                _ = try sandbox.run("local t = {} for i = 1, 40 do t = {t, t} end take(t)", name: "take.lua")
            }
            #expect(runtimeMessage(error)?.hasSuffix("value has more than 1000000 elements)") == true)
        }
    }
}
