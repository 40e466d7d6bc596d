import LuaHost
import Testing

/// Misusing the API fails with a message that names what is wrong, at the script's line.
@Suite struct MisuseTests {
    /// Runs `statement` on line 3 of a script that has `p` (TAF-ARG-250) and `c` (its cooperative).
    private func message(_ statement: String) throws -> String? {
        let catalog = try LuaCatalog()
        return catalog.errorMessage(
            """
            local p = catalog.product("TAF-ARG-250")
            local c = catalog.cooperative("tafoukt-argan")
            \(statement)
            return p, c
            """)
    }

    @Test(
        arguments: [
            ("p.price = tiwizi.money(1)", "script.lua:3: attempt to write read-only field 'price' of Product"),
            ("p.sku = 'X'", "script.lua:3: attempt to write read-only field 'sku' of Product"),
            ("p.colour = 'red'", "script.lua:3: attempt to write read-only field 'colour' of Product"),
            ("p[1] = true", "script.lua:3: attempt to write read-only field [1] of Product"),
            ("p.price.minor = 1", "script.lua:3: attempt to write read-only field 'minor' of Money"),
            ("c.name = 'X'", "script.lua:3: attempt to write read-only field 'name' of Cooperative"),
            ("p.region.code = 'MA-01'", "script.lua:3: attempt to write read-only field 'code' of Region"),
            ("p.names.fr = 'X'", "script.lua:3: attempt to write read-only field 'fr' of Text"),
            (
                "p.certificates[1].valid_until = tiwizi.today",
                "script.lua:3: attempt to write read-only field 'valid_until' of Certificate"
            ),
            ("tiwizi.today.day = 1", "script.lua:3: attempt to write read-only field 'day' of Date"),
            ("catalog.products = nil", "script.lua:3: attempt to write field 'products' of a read-only table"),
            ("catalog.extra = 1", "script.lua:3: attempt to write field 'extra' of a read-only table"),
            ("rawset(catalog, 'product', print)", "script.lua:3: attempt to write field 'product' of a read-only table"),
            ("tiwizi.today = tiwizi.date('2030-01-01')", "script.lua:3: attempt to write field 'today' of a read-only table"),
            ("tiwizi.money = nil", "script.lua:3: attempt to write field 'money' of a read-only table"),
        ])
    func writingAViewOrALibraryFails(statement: String, expected: String) throws {
        #expect(try message(statement) == expected)
    }

    @Test(
        arguments: [
            ("local _ = p.colour", "script.lua:3: Product has no field 'colour'"),
            ("local _ = p.Price", "script.lua:3: Product has no field 'Price'"),
            ("local _ = p[1]", "script.lua:3: Product has no field [1]"),
            ("local _ = p.price.cents", "script.lua:3: Money has no field 'cents'"),
            ("local _ = c.products_count", "script.lua:3: Cooperative has no field 'products_count'"),
            ("local _ = p.region.label", "script.lua:3: Region has no field 'label'"),
            ("local _ = p.names.de", "script.lua:3: Text has no field 'de'"),
            ("local _ = p.certificates[1].expires", "script.lua:3: Certificate has no field 'expires'"),
            ("local _ = p.certificates[1].scheme.label", "script.lua:3: Scheme has no field 'label'"),
            ("local _ = catalog.know_how('fes-zellige').artisan", "script.lua:3: KnowHow has no field 'artisan'"),
            ("local _ = p.price.colour.x", "script.lua:3: Money has no field 'colour'"),
            ("local _ = catalog.produc('X')", "script.lua:3: attempt to call a nil value (field 'produc')"),
        ])
    func readingAnUnknownFieldFails(statement: String, expected: String) throws {
        #expect(try message(statement) == expected)
    }

    @Test(
        arguments: [
            ("catalog.product()", "script.lua:3: bad argument #1 to 'product' (value expected)"),
            ("catalog.product(42)", "script.lua:3: bad argument #1 to 'product' (string expected, got number)"),
            ("catalog.product('A', 'B')", "script.lua:3: bad argument #2 to 'product' (no value expected)"),
            ("catalog.products('MA-09')", "script.lua:3: bad argument #1 to 'products' (table expected, got string)"),
            ("catalog.products({}, {})", "script.lua:3: bad argument #2 to 'products' (no value expected)"),
            ("catalog.count(1)", "script.lua:3: bad argument #1 to 'count' (table expected, got number)"),
            ("catalog.cooperative()", "script.lua:3: bad argument #1 to 'cooperative' (value expected)"),
            ("catalog.cooperative(true)", "script.lua:3: bad argument #1 to 'cooperative' (string expected, got boolean)"),
            ("catalog.cooperatives('MA-09')", "script.lua:3: bad argument #1 to 'cooperatives' (table expected, got string)"),
            ("catalog.know_how({})", "script.lua:3: bad argument #1 to 'know_how' (string expected, got table)"),
            ("catalog.scheme()", "script.lua:3: bad argument #1 to 'scheme' (value expected)"),
            ("catalog.region(9)", "script.lua:3: bad argument #1 to 'region' (string expected, got number)"),
            ("catalog.regions('all')", "script.lua:3: bad argument #1 to 'regions' (no value expected)"),
            ("tiwizi.money()", "script.lua:3: bad argument #1 to 'money' (value expected)"),
            ("tiwizi.money(1, 'MAD', 3)", "script.lua:3: bad argument #3 to 'money' (no value expected)"),
            (
                "tiwizi.minor('1')",
                "script.lua:3: bad argument #1 to 'minor' (integer amount in minor units expected, got string)"
            ),
            ("tiwizi.date()", "script.lua:3: bad argument #1 to 'date' (value expected)"),
        ])
    func catalogAndTiwiziFunctionsCheckTheirArguments(statement: String, expected: String) throws {
        #expect(try message(statement) == expected)
    }

    @Test(
        arguments: [
            ("p:in_category()", "script.lua:3: bad argument #1 to 'in_category' (value expected)"),
            ("p:in_category(1)", "script.lua:3: bad argument #1 to 'in_category' (string expected, got number)"),
            ("p:in_category('food', 'oil')", "script.lua:3: bad argument #2 to 'in_category' (no value expected)"),
            (
                "p:in_category('Food.Oil')",
                "script.lua:3: bad argument #1 to 'in_category' (category expected such as food.oil, got 'Food.Oil')"
            ),
            // A dot instead of a colon: self is missing.
            ("p.in_category('food')", "script.lua:3: bad argument #1 to 'in_category' (Product expected, got string)"),
            ("p:certificate()", "script.lua:3: bad argument #1 to 'certificate' (value expected)"),
            ("p:certificate(1)", "script.lua:3: bad argument #1 to 'certificate' (string expected, got number)"),
            (
                "p:certificate('igp-argane', '2026-07-01')",
                "script.lua:3: bad argument #2 to 'certificate' (Date expected, got string)"
            ),
            (
                "p:certificate('igp-argane', tiwizi.today, 1)",
                "script.lua:3: bad argument #3 to 'certificate' (no value expected)"
            ),
            (
                "p.certificates[1]:is_valid('2026-07-01')",
                "script.lua:3: bad argument #1 to 'is_valid' (Date expected, got string)"
            ),
            ("c:products({})", "script.lua:3: bad argument #1 to 'products' (no value expected)"),
            ("c.products()", "script.lua:3: bad argument #1 to 'products' (Cooperative expected, got no value)"),
            ("p.price:percent()", "script.lua:3: bad argument #1 to 'percent' (value expected)"),
            ("p.price:round()", "script.lua:3: bad argument #1 to 'round' (value expected)"),
            ("p.price:ending('9.90')", "script.lua:3: bad argument #2 to 'ending' (value expected)"),
            ("p.price:allocate(3)", "script.lua:3: bad argument #1 to 'allocate' (table expected, got number)"),
            ("p.price:format('fr', 2)", "script.lua:3: bad argument #2 to 'format' (no value expected)"),
            // A method of another class: self must be of its class.
            ("p.price.format(p)", "script.lua:3: bad argument #1 to 'format' (Money expected, got Product)"),
        ])
    func methodsCheckTheirArguments(statement: String, expected: String) throws {
        #expect(try message(statement) == expected)
    }

    @Test func uncaughtMisuseIsARuntimeErrorWithATraceback() throws {
        let catalog = try LuaCatalog()
        let error = catalog.failure(
            """
            local function price_of(sku)
                local p = catalog.product(sku)
                return p.price * 1.5
            end
            local price = price_of("TAF-ARG-250")
            return price
            """)
        guard let script = error?.script, case .runtime(let message, let traceback)? = error?.kind else {
            Testing.Issue.record("expected a runtime error, got \(String(describing: error))")
            return
        }
        #expect(script == "script.lua")
        #expect(message == "script.lua:3: bad argument #2 to 'mul' (integer quantity expected, got number)")
        #expect(traceback.contains("script.lua:3: in "))
        #expect(traceback.contains("script.lua:5: in "))
        #expect(error?.description.hasPrefix(message + "\n") == true)
    }

    @Test func misuseCanBeCaughtWithPcallAndTheScriptGoesOn() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            local ok, err = pcall(function() p.price = tiwizi.money(1) end)
            print(ok, err)
            ok, err = pcall(catalog.products, {colour = "red"})
            print(ok, err)
            print(p.price)
            """)
        #expect(
            lines == [
                "false\tscript.lua:2: attempt to write read-only field 'price' of Product",
                // Called directly by pcall, there is no Lua line to point at.
                "false\tunknown filter 'colour' (expected cooperative, region, category, certification, stock, search, limit)",
                "145.00 MAD",
            ])
    }
}
