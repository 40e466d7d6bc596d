import LuaHost
import Testing

/// One shape per kind of thing: regions are Region views wherever they appear, a linked record
/// is a view under its name and an id under `…_id`/`…_ids`, know-how is spelt `know_how`, and
/// every rounding without a mode is "half-up".
@Suite struct APIShapeTests {
    /// Every place a region appears, as `class:code` (a code string would show `string:`).
    @Test func everyRegionIsARegionView() throws {
        let lines = try LuaCatalog().output(
            """
            local function show(r) return (getmetatable(r) or type(r)) .. ":" .. tostring(r) end
            local function all(list)
                local shown = {}
                for i, r in ipairs(list) do shown[i] = show(r) end
                return table.concat(shown, ",")
            end
            print("product origin", show(catalog.product("TAF-COS-100").region))
            print("product seat", show(catalog.product("TAF-ARG-250").region))
            print("cooperative seat", show(catalog.cooperative("zellige-fes").region))
            print("scheme area", all(catalog.scheme("igp-argane").area), #catalog.scheme("bio-maroc").area)
            print("know-how regions", all(catalog.know_how("argan-oil-extraction").regions))
            print("catalog", show(catalog.region("ma-08")), show(catalog.regions()[12]))
            print(catalog.scheme("igp-argane").area[2] == catalog.region("MA-07"), catalog.scheme("igp-argane").area[1].name)
            """)
        #expect(
            lines == [
                "product origin\tRegion:MA-07", "product seat\tRegion:MA-09", "cooperative seat\tRegion:MA-03",
                "scheme area\tRegion:MA-09,Region:MA-07,Region:MA-10\t0", "know-how regions\tRegion:MA-09,Region:MA-07",
                "catalog\tRegion:MA-08\tRegion:MA-12", "true\tSouss-Massa",
            ])
    }

    @Test func knowHowIsSpeltKnowHowOnTheLuaSide() throws {
        let catalog = try LuaCatalog()
        let lines = try catalog.output(
            """
            print(type(catalog.know_how), catalog.knowhow, getmetatable(catalog.know_how("fes-zellige")))
            print(catalog.know_how("nope"))
            """)
        #expect(lines == ["function\tnil\tKnowHow", "nil"])
        #expect(
            catalog.errorMessage("local _ = catalog.product('TAF-ARG-250').knowhow")
                == "script.lua:1: Product has no field 'knowhow'")
        #expect(
            catalog.errorMessage("local _ = catalog.cooperative('tafoukt-argan').knowhow")
                == "script.lua:1: Cooperative has no field 'knowhow'")
    }

    /// `know_how` gives the views, `know_how_ids` the ids, in the same order.
    @Test func linkedKnowHowIsViewsAndIds() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            print(#p.know_how, getmetatable(p.know_how[1]), p.know_how[1].id, p.know_how_ids[1], p.know_how[1].name)
            print(p.know_how[1] == catalog.know_how(p.know_how_ids[1]), #catalog.product("TAF-AML-200").know_how)
            local c = catalog.cooperative("zellige-fes")
            print(#c.know_how, getmetatable(c.know_how[1]), c.know_how[1].craft_family, c.know_how_ids[1])
            print(#catalog.cooperative("aghrem-dattes").know_how, #catalog.cooperative("aghrem-dattes").know_how_ids)
            """)
        #expect(
            lines == [
                "1\tKnowHow\targan-oil-extraction\targan-oil-extraction\tExtraction de l'huile d'argan",
                "true\t0",
                "1\tKnowHow\tzellige\tfes-zellige",
                "0\t0",
            ])
    }

    /// The other links follow the same rule: the record under its name, its id under `…_id`.
    @Test func linkedRecordsAreViewsAndIdsAreStrings() throws {
        let line = try LuaCatalog().line(
            """
            local p = catalog.product("ZEL-TBL-60")
            local cert = p.certificates[1]
            print(getmetatable(p.cooperative), type(p.cooperative_id), p.cooperative.id == p.cooperative_id,
                  getmetatable(cert.scheme), type(cert.scheme_id), cert.scheme.id == cert.scheme_id)
            """)
        #expect(line == "Cooperative\tstring\ttrue\tScheme\tstring\ttrue")
    }

    /// Every method that rounds, without its mode, rounds as with "half-up" — on values where
    /// "half-up" differs from at least one other mode.
    @Test func everyRoundingWithoutAModeIsHalfUp() throws {
        let lines = try LuaCatalog().output(
            """
            local m = tiwizi.money("143.20")
            local cases = {
                {"percent", function(mode) return tiwizi.money("145.50"):percent(15, mode) end},
                {"scale", function(mode) return tiwizi.money("0.01"):scale(1, 2, mode) end},
                {"round", function(mode) return tiwizi.money("0.25"):round("0.50", mode) end},
                {"ending", function(mode) return m:ending("9.90", "10", mode) end},
            }
            for _, case in ipairs(cases) do
                local name, f = case[1], case[2]
                print(name, f(), f() == f("half-up"), f() ~= f("half-even") or f() ~= f("up"))
            end
            """)
        #expect(
            lines == [
                "percent\t21.83 MAD\ttrue\ttrue", "scale\t0.01 MAD\ttrue\ttrue", "round\t0.50 MAD\ttrue\ttrue",
                "ending\t139.90 MAD\ttrue\ttrue",
            ])
    }
}
