import LuaHost
import Testing

extension LuaHostSuite {
    @Suite("Swift values as lazy userdata")
    struct UserdataTests {
        @Test func fieldsAndMethodsAreReadOnAccess() throws {
            let counter = ReadCounter()
            let sandbox = try makeCatalogSandbox(counter: counter)
            let run = try sandbox.run(
                """
                local total = 0
                for i = 1, 1000 do total = total + product.id end
                return product.name, total, product.price.minor, product:has_label('bio'), product:has_label('x'),
                       tostring(product), product.labels, getmetatable(product)
                """, name: "p.lua")
            #expect(run.values == ["Argan oil", 7000, 12050, true, false, "Product 7", ["bio", "fair"], "Product"])
            #expect(counter.reads == 1)
        }

        /// A shared argument is one userdata per sandbox for every call until it is released.
        @Test func aSharedArgumentIsPushedOncePerSandbox() throws {
            let sandboxes = [try makeCatalogSandbox(), try makeCatalogSandbox()]
            var functions: [LuaFunctionReference] = []
            for sandbox in sandboxes {
                let run = try sandbox.run(
                    "local seen = {}\nreturn function(p) seen[#seen + 1] = p; return #seen, rawequal(seen[1], p), p.name end",
                    name: "s.lua")
                guard case .function(let function) = run.values.first else {
                    Issue.record("no function")
                    return
                }
                functions.append(function)
            }
            let shared = LuaSharedArgument(LuaObject(saffron))
            for _ in 0..<3 {
                for (sandbox, function) in zip(sandboxes, functions) {
                    _ = try sandbox.call(function, arguments: [shared])
                }
            }
            let third = try sandboxes[1].call(function: functions[1], shared)
            #expect(third == [4, true, "Saffron"])
            shared.release()
            // After its release, the next call gets a new userdata.
            let fresh = try sandboxes[0].call(function: functions[0], LuaSharedArgument(LuaObject(saffron)))
            #expect(fresh == [4, false, "Saffron"])
        }

        @Test func unknownFieldsFailAtTheCallersLine() throws {
            let sandbox = try makeCatalogSandbox()
            let error = failure { _ = try sandbox.run("local ok = true\nlocal c = product.colour", name: "u.lua") }
            #expect(runtimeMessage(error) == "u.lua:2: Product has no field 'colour'")
            #expect(error?.traceback?.contains("u.lua:2: in main chunk") == true)
        }

        @Test func viewsAreReadOnly() throws {
            let sandbox = try makeCatalogSandbox()
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("\n\nproduct.name = 'x'", name: "w.lua") })
                    == "w.lua:3: attempt to write read-only field 'name' of Product")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("product.colour = 'red'", name: "w.lua") })
                    == "w.lua:1: attempt to write read-only field 'colour' of Product")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("setmetatable(product, {})", name: "w.lua") })
                    == "w.lua:1: bad argument #1 to 'setmetatable' (table expected, got Product)")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("product.has_label(42, 'bio')", name: "w.lua") })
                    == "w.lua:1: bad argument #1 to 'has_label' (Product expected, got number)")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("product.price:percent('ten')", name: "w.lua") })
                    == "w.lua:1: bad argument #1 to 'percent' (number expected, got string)")
        }

        @Test func amountArithmetic() throws {
            let sandbox = try makeCatalogSandbox()
            let run = try sandbox.run(
                """
                local a, b = amount(1050, 'MAD'), amount(250, 'MAD')
                return a + b, a - b, a * 2, 3 * b, -a, a < b, b <= a, a == amount(1050, 'MAD'), a ~= b,
                       'Total: ' .. a, tostring(a:percent(10)), a.currency
                """, name: "m.lua")
            let amounts = run.values.prefix(5).map { value -> Amount? in
                guard case .userdata(let userdata) = value else { return nil }
                return userdata.object(as: Amount.self)
            }
            #expect(amounts == [1300, 800, 2100, 750, -1050].map { Amount(minor: $0, currency: "MAD") })
            #expect(Array(run.values.dropFirst(5)) == [false, true, true, true, "Total: 1050 MAD", "1.05 MAD", "MAD"])
            if case .userdata(let userdata) = run.values[0] { #expect(userdata.typeName == "Amount") }

            #expect(
                runtimeMessage(failure { _ = try sandbox.run("return amount(1, 'MAD') + amount(1, 'EUR')", name: "m.lua") })
                    == "m.lua:1: currencies differ: MAD and EUR")
            #expect(
                runtimeMessage(failure { _ = try sandbox.run("return amount(1, 'MAD') + 1", name: "m.lua") })
                    == "m.lua:1: bad argument #2 to 'add' (Amount expected, got number)")
        }

        @Test func userdataGoesBackIntoLua() throws {
            let sandbox = try makeCatalogSandbox()
            let price = try sandbox.run("return product.price", name: "a.lua").value
            let script = try sandbox.load("local m = ... return m.minor, tostring(m)", name: "b.lua")
            #expect(try sandbox.run(script, arguments: [price]).values == [12050, "120.50 MAD"])
        }

        @Test func iteratorsDriveForLoops() throws {
            let sandbox = try makeCatalogSandbox()
            let run = try sandbox.run(
                """
                local names = {}
                for p in products() do names[#names + 1] = p.name .. '#' .. p.id end
                return table.concat(names, ', ')
                """, name: "i.lua")
            #expect(run.value == "Argan oil#7, Saffron#9")
        }
    }
}

extension LuaSandbox {
    /// The values `function` returns when called with `argument`.
    fileprivate func call(function: LuaFunctionReference, _ argument: any LuaPushable) throws -> [LuaValue] {
        try call(function, arguments: [argument]).values
    }
}
