import LuaHost
import Testing

/// The `catalog` table: every function and every filter key, against the sample catalog.
@Suite struct CatalogLibraryTests {
    /// SKUs a `catalog.products` filter selects, in SKU order.
    private func skus(_ filter: String, at: String = LuaCatalog.defaultAt) throws -> [String] {
        try LuaCatalog().output("for p in catalog.products\(filter) do print(p.sku) end", at: at)
    }

    @Test func productsWithoutFilterIterateInSKUOrder() throws {
        let all = ["AGH-MJH-1KG", "TAF-AML-200", "TAF-ARG-250", "TAF-COS-100", "ZEL-TBL-60"]
        #expect(try skus("{}") == all)
        #expect(try skus("()") == all)
    }

    @Test func filterByCooperative() throws {
        #expect(try skus(#"{cooperative = "tafoukt-argan"}"#) == ["TAF-AML-200", "TAF-ARG-250", "TAF-COS-100"])
        #expect(try skus(#"{cooperative = "aghrem-dattes", category = "craft"}"#) == [])
        // A cooperative that does not exist is an error (UnknownIDTests), not an empty listing.
    }

    @Test func filterByRegionUsesOriginElseSeat() throws {
        // TAF-COS-100 belongs to a MA-09 cooperative but comes from MA-07.
        #expect(try skus(#"{region = "MA-09"}"#) == ["TAF-AML-200", "TAF-ARG-250"])
        #expect(try skus(#"{region = "MA-07"}"#) == ["TAF-COS-100"])
        #expect(try skus(#"{region = "ma-03"}"#) == ["ZEL-TBL-60"])
        #expect(try skus(#"{region = "MA-12"}"#) == [])
    }

    @Test func filterByCategoryPrefix() throws {
        #expect(try skus(#"{category = "food"}"#) == ["AGH-MJH-1KG", "TAF-AML-200", "TAF-ARG-250"])
        #expect(try skus(#"{category = "food.oil"}"#) == ["TAF-ARG-250"])
        #expect(try skus(#"{category = "food.oil.argan"}"#) == ["TAF-ARG-250"])
        // A prefix of a segment is not a parent category.
        #expect(try skus(#"{category = "food.oi"}"#) == [])
        #expect(try skus(#"{category = "craft"}"#) == ["ZEL-TBL-60"])
    }

    @Test func filterByCertificationHonoursTheRunDate() throws {
        // TAF-ARG-250's IGP ends 2026-06-30; TAF-COS-100's starts 2026-07-01.
        #expect(try skus(#"{certification = "igp-argane"}"#) == ["TAF-ARG-250"])
        #expect(try skus(#"{certification = "igp-argane"}"#, at: "2026-06-30T23:59") == ["TAF-ARG-250"])
        #expect(try skus(#"{certification = "igp-argane"}"#, at: "2026-07-01T00:00") == ["TAF-COS-100"])
        // The bio certificate expired at the end of 2025.
        #expect(try skus(#"{certification = "bio-maroc"}"#) == [])
        #expect(try skus(#"{certification = "bio-maroc"}"#, at: "2025-12-31") == ["TAF-ARG-250"])
    }

    @Test func filterByStockStatus() throws {
        #expect(try skus(#"{stock = "in-stock"}"#) == ["AGH-MJH-1KG", "TAF-ARG-250", "TAF-COS-100"])
        #expect(try skus(#"{stock = "out-of-stock"}"#) == ["TAF-AML-200"])
        #expect(try skus(#"{stock = "made-to-order"}"#) == ["ZEL-TBL-60"])
    }

    @Test func filterBySearchInNames() throws {
        #expect(try skus(#"{search = "argan"}"#) == ["TAF-ARG-250", "TAF-COS-100"])
        #expect(try skus(#"{search = "cosmetique"}"#) == ["TAF-COS-100"])
        #expect(try skus(#"{search = "datt maj"}"#) == ["AGH-MJH-1KG"])
        #expect(try skus(#"{search = "chameau"}"#) == [])
    }

    @Test func filterWithLimitAndCombinedKeys() throws {
        #expect(try skus("{limit = 2}") == ["AGH-MJH-1KG", "TAF-AML-200"])
        #expect(try skus("{limit = 0}") == [])
        #expect(
            try skus(#"{cooperative = "tafoukt-argan", category = "food", stock = "in-stock", limit = 5}"#) == ["TAF-ARG-250"])
        #expect(try skus(#"{region = "MA-09", search = "amlou"}"#) == ["TAF-AML-200"])
    }

    @Test func countTakesTheSameFilters() throws {
        let lines = try LuaCatalog().output(
            """
            print(catalog.count())
            print(catalog.count{})
            print(catalog.count{region = "MA-09"})
            print(catalog.count{category = "food", stock = "in-stock"})
            print(catalog.count{certification = "morocco-handmade"})
            print(math.type(catalog.count{}))
            """)
        #expect(lines == ["5", "5", "2", "2", "1", "integer"])
    }

    @Test func productBySKUIsAViewOrNil() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            print(p.sku, p.name, tostring(p))
            print(catalog.product("NOPE-1"))
            """)
        #expect(lines == ["TAF-ARG-250\tHuile d'argan alimentaire\tProduct TAF-ARG-250", "nil"])
    }

    @Test func cooperativeAndCooperatives() throws {
        let lines = try LuaCatalog().output(
            """
            local c = catalog.cooperative("tafoukt-argan")
            print(c.id, tostring(c), catalog.cooperative("nope"))
            for coop in catalog.cooperatives() do print(coop.id) end
            for coop in catalog.cooperatives{region = "MA-08"} do print("MA-08", coop.id) end
            for coop in catalog.cooperatives{region = "MA-12"} do print("MA-12", coop.id) end
            """)
        #expect(
            lines == [
                "tafoukt-argan\tCooperative tafoukt-argan\tnil", "aghrem-dattes", "tafoukt-argan", "zellige-fes",
                "MA-08\taghrem-dattes",
            ])
    }

    @Test func cooperativeProductsMethod() throws {
        let lines = try LuaCatalog().output(
            """
            for p in catalog.cooperative("tafoukt-argan"):products() do print(p.sku) end
            for p in catalog.cooperative("zellige-fes"):products() do print(p.sku) end
            """)
        #expect(lines == ["TAF-AML-200", "TAF-ARG-250", "TAF-COS-100", "ZEL-TBL-60"])
    }

    @Test func knowHowAndScheme() throws {
        let lines = try LuaCatalog().output(
            """
            local k = catalog.know_how("argan-oil-extraction")
            print(k.id, tostring(k), catalog.know_how("nope"))
            local s = catalog.scheme("igp-argane")
            print(s.id, tostring(s), catalog.scheme("nope"))
            """)
        #expect(
            lines == [
                "argan-oil-extraction\tKnowHow argan-oil-extraction\tnil", "igp-argane\tScheme igp-argane\tnil",
            ])
    }

    @Test func regionAndRegions() throws {
        let lines = try LuaCatalog().output(
            """
            local r = catalog.region("MA-09")
            print(r.code, r.name, tostring(r), catalog.region("ma-07").code, catalog.region("MA-13"))
            local all = catalog.regions()
            print(#all, all[1].code, all[12].code, all[9] == r)
            """)
        #expect(lines == ["MA-09\tSouss-Massa\tMA-09\tMA-07\tnil", "12\tMA-01\tMA-12\ttrue"])
    }

    @Test func iteratorsCanBeNestedAndStopEarly() throws {
        let lines = try LuaCatalog().output(
            """
            local pairs_seen = 0
            for c in catalog.cooperatives() do
                for p in c:products() do
                    if p.cooperative_id == c.id then pairs_seen = pairs_seen + 1 end
                end
            end
            for p in catalog.products{} do break end
            local next_product = catalog.products{region = "MA-09"}
            print(pairs_seen, next_product().sku, next_product().sku, next_product() == nil)
            """)
        #expect(lines == ["5\tTAF-AML-200\tTAF-ARG-250\ttrue"])
    }

    @Test func theIntegerVersionOfAPI1IsGone() throws {
        #expect(try LuaCatalog().line("print(tiwizi.api_version, getmetatable(tiwizi.api))") == "nil\tVersion")
    }

    // MARK: Filter errors, at the caller's line

    @Test(
        arguments: [
            (
                #"catalog.products{colour = "red"}"#,
                "script.lua:2: unknown filter 'colour' (expected cooperative, region, category, certification, stock, search, limit)"
            ),
            (
                #"catalog.count{Region = "MA-09"}"#,
                "script.lua:2: unknown filter 'Region' (expected cooperative, region, category, certification, stock, search, limit)"
            ),
            (
                "catalog.products{[1.5] = true}",
                "script.lua:2: unknown filter number (expected cooperative, region, category, certification, stock, search, limit)"
            ),
            (#"catalog.products{"MA-09"}"#, #"script.lua:2: filters are named: {region = "MA-09"}, not a list"#),
            ("catalog.products{region = 9}", "script.lua:2: filter 'region' must be a string, got number"),
            ("catalog.products{cooperative = true}", "script.lua:2: filter 'cooperative' must be a string, got boolean"),
            ("catalog.products{category = {}}", "script.lua:2: filter 'category' must be a string, got table"),
            (
                "catalog.products{certification = catalog.scheme('igp-argane')}",
                "script.lua:2: filter 'certification' must be a string, got userdata"
            ),
            ("catalog.products{stock = 1}", "script.lua:2: filter 'stock' must be a string, got number"),
            ("catalog.products{search = 2}", "script.lua:2: filter 'search' must be a string, got number"),
            (#"catalog.products{limit = "2"}"#, "script.lua:2: filter 'limit' must be a whole number ≥ 0"),
            ("catalog.products{limit = 2.5}", "script.lua:2: filter 'limit' must be a whole number ≥ 0"),
            ("catalog.products{limit = -1}", "script.lua:2: filter 'limit' must be a whole number ≥ 0"),
            (
                #"catalog.products{region = "MA-13"}"#,
                "script.lua:2: unknown region “MA-13”; use a code from MA-01 to MA-12."
            ),
            (
                #"catalog.products{category = "Food.Oil"}"#,
                "script.lua:2: “Food.Oil” is not a category path; use lowercase words joined by dots (e.g. food.oil.argan)."
            ),
            (
                #"catalog.products{stock = "plenty"}"#,
                "script.lua:2: “plenty” is not allowed; use one of: in-stock, out-of-stock, made-to-order."
            ),
            (
                #"catalog.cooperatives{sector = "food"}"#,
                "script.lua:2: unknown filter 'sector' (expected region)"
            ),
            ("catalog.cooperatives{region = 9}", "script.lua:2: filter 'region' must be a string, got number"),
            (
                #"catalog.cooperatives{region = "MA-00"}"#,
                "script.lua:2: unknown region “MA-00”; use a code from MA-01 to MA-12."
            ),
        ])
    func badFilterIsAnErrorAtTheCallersLine(call: String, message: String) throws {
        let catalog = try LuaCatalog()
        #expect(catalog.errorMessage("local x = 1\nlocal it = \(call)\nreturn it") == message)
    }
}

/// A NUL inside a string a script passes is kept: the text is looked up whole, never cut at
/// the NUL (SQLite binds text up to its first NUL), so `SKU\0junk` finds nothing.
@Suite struct NULStringTests {
    @Test func lookupsAndFiltersSeeTheWholeText() throws {
        let output = try LuaCatalog().output(
            """
            print(catalog.product("TAF-ARG-250") ~= nil, catalog.product("TAF-ARG-250\\0junk"))
            print(catalog.cooperative("tafoukt-argan\\0") == nil)
            local found = 0
            for _ in catalog.products{search = "argan\\0zzz"} do found = found + 1 end
            print(found)
            """)
        #expect(output == ["true\tnil", "true", "0"])
    }
}
