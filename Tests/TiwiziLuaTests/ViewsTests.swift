import LuaHost
import Testing
import TiwiziLua

/// The read-only views: every field of Product, Cooperative, Certificate, Scheme, KnowHow,
/// Region and Text, read from Lua.
@Suite struct ViewsTests {
    @Test func productScalarFields() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            print(p.sku, p.name, p.description, p.category)
            print(p.quantity, math.type(p.quantity), p.unit, p.price, p.vat, p.vat_rate)
            print(p.cooperative_id, p.origin_place, p.allergens[1], #p.allergens, p.know_how_ids[1], #p.know_how)
            local z = catalog.product("ZEL-TBL-60")
            print(z.description, z.vat, z.vat_rate, #z.allergens, z.quantity, z.unit)
            """)
        #expect(
            lines == [
                "TAF-ARG-250\tHuile d'argan alimentaire\tPressée à froid\tfood.oil.argan",
                "250.0\tfloat\tml\t145.00 MAD\treduced-10\t10",
                "tafoukt-argan\tnil\targan\t1\targan-oil-extraction\t1",
                "nil\tstandard\t20\t0\t1.0\tpiece",
            ])
    }

    /// `producer_floor` is the floor as declared (the product's own, else nil); `floor` the least
    /// the cooperative receives per unit, from the product's floor else its cooperative's.
    @Test func producerFloorAsDeclaredAndFloorAsMoney() throws {
        let lines = try LuaCatalog().output(
            """
            for _, sku in ipairs{"TAF-ARG-250", "TAF-COS-100", "ZEL-TBL-60", "AGH-MJH-1KG"} do
                local p = catalog.product(sku)
                print(sku, p.producer_floor, p.floor, getmetatable(p.floor) or type(p.floor))
            end
            print(catalog.cooperative("tafoukt-argan").producer_floor, catalog.cooperative("aghrem-dattes").producer_floor)
            local oil = catalog.product("TAF-ARG-250")
            print(oil.floor < oil.price, (oil.price - oil.floor).minor)
            """)
        #expect(
            lines == [
                // 85 % of 145.00; 33.33 % of 2 450.00 is 816.585, rounded up for the producer.
                "TAF-ARG-250\tnil\t123.25 MAD\tMoney", "TAF-COS-100\t100.00\t100.00 MAD\tMoney",
                "ZEL-TBL-60\t33.33 %\t816.59 MAD\tMoney", "AGH-MJH-1KG\tnil\tnil\tnil", "85 %\tnil", "true\t2175",
            ])
    }

    @Test func stockVersusMadeToOrder() throws {
        let lines = try LuaCatalog().output(
            """
            for _, sku in ipairs{"TAF-ARG-250", "TAF-AML-200", "ZEL-TBL-60"} do
                local p = catalog.product(sku)
                print(sku, p.stock, p.made_to_order, p.lead_days)
            end
            """)
        #expect(
            lines == [
                "TAF-ARG-250\t120\tfalse\tnil", "TAF-AML-200\t0\tfalse\tnil", "ZEL-TBL-60\tnil\ttrue\t21",
            ])
    }

    @Test func regionIsTheOriginElseTheCooperativeSeat() throws {
        let lines = try LuaCatalog().output(
            """
            for p in catalog.products{} do
                print(p.sku, p.region.code, p.origin_place, p.cooperative.region.code)
            end
            """)
        #expect(
            lines == [
                "AGH-MJH-1KG\tMA-08\tnil\tMA-08",
                // An origin with only a place: the region is still the seat's.
                "TAF-AML-200\tMA-09\tAït Baha\tMA-09",
                "TAF-ARG-250\tMA-09\tnil\tMA-09",
                // An origin region differs from the seat.
                "TAF-COS-100\tMA-07\tEssaouira\tMA-09",
                "ZEL-TBL-60\tMA-03\tnil\tMA-03",
            ])
    }

    @Test func regionFollowsTheSeatWhenTheCooperativeMoves() throws {
        let catalog = try LuaCatalog()
        try catalog.store.write { writer in
            var moved = Sample.cooperatives[0]
            moved.region = Sample.region("MA-10")
            try writer.save(moved)
        }
        let lines = try catalog.output(
            #"for p in catalog.products{cooperative = "tafoukt-argan"} do print(p.sku, p.region) end"#)
        #expect(lines == ["TAF-AML-200\tMA-10", "TAF-ARG-250\tMA-10", "TAF-COS-100\tMA-07"])
    }

    @Test func namesInEachLanguage() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            print(p.names.fr, p.names.ar, p.names.en, p.names.zgh, tostring(p.names))
            local d = catalog.product("AGH-MJH-1KG")
            print(d.names.ar, d.names.en, d.names.zgh)
            local c = catalog.cooperative("tafoukt-argan")
            print(c.names.fr, c.names.ar, c.names.zgh, c.names.en)
            local r = catalog.region("MA-09")
            print(r.names.fr, r.names.ar, r.names.en)
            local s = catalog.scheme("igp-argane")
            print(s.name, s.names.ar, s.names.en)
            local k = catalog.know_how("argan-oil-extraction")
            print(k.name, k.names.ar, k.technique)
            """)
        #expect(
            lines == [
                "Huile d'argan alimentaire\tزيت أركان غذائي\tCulinary argan oil\tⴰⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ\tHuile d'argan alimentaire",
                "تمر المجهول\tnil\tnil",
                "Coopérative féminine Tafoukt\tالتعاونية النسوية تافوكت\tⵜⴰⴼⵓⴽⵜ\tnil",
                "Souss-Massa\tسوس ماسة\tnil",
                "IGP Argane\tأركان\tPGI Argan",
                "Extraction de l'huile d'argan\tاستخراج زيت أركان\tLes noix sont concassées à la main.",
            ])
    }

    @Test func inCategoryMatchesWholeSegmentsOnly() throws {
        let line = try LuaCatalog().line(
            """
            local p = catalog.product("TAF-ARG-250")
            print(p:in_category("food"), p:in_category("food.oil"), p:in_category("food.oil.argan"),
                  p:in_category("food.oi"), p:in_category("cosmetic"), p:in_category("food.oil.argan.extra"))
            """)
        #expect(line == "true\ttrue\ttrue\tfalse\tfalse\tfalse")
    }

    @Test func certificatesAndTheirFields() throws {
        let lines = try LuaCatalog().output(
            """
            local p = catalog.product("TAF-ARG-250")
            print(#p.certificates)
            for _, c in ipairs(p.certificates) do
                print(tostring(c), c.scheme_id, c.number, c.valid_from, c.valid_until, c.scheme.kind, c:is_valid())
            end
            print(#catalog.product("AGH-MJH-1KG").certificates)
            """)
        #expect(
            lines == [
                "2",
                "Certificate igp-argane IGP-ARG-2024-0142\tigp-argane\tIGP-ARG-2024-0142\t2024-01-01\t2026-06-30\tigp\ttrue",
                "Certificate bio-maroc BIO-2023-77\tbio-maroc\tBIO-2023-77\t2023-01-01\t2025-12-31\torganic\tfalse",
                "0",
            ])
    }

    @Test func certificateBySchemeHonoursTheRunDate() throws {
        let catalog = try LuaCatalog()
        let script = """
            local arg, cos = catalog.product("TAF-ARG-250"), catalog.product("TAF-COS-100")
            print(arg:certificate("igp-argane"), cos:certificate("igp-argane"), arg:certificate("bio-maroc"))
            print(arg:certificate("igp-argane", tiwizi.date("2026-07-01")), cos:certificate("igp-argane", tiwizi.date("2026-07-01")))
            print(arg:certificate("bio-maroc", tiwizi.date("2025-12-31")), cos:certificate("bio-maroc"))
            print(arg.certificates[1]:is_valid(tiwizi.date("2023-12-31")), arg.certificates[1]:is_valid(tiwizi.date("2024-01-01")))
            """
        #expect(
            try catalog.output(script) == [
                "Certificate igp-argane IGP-ARG-2024-0142\tnil\tnil",
                "nil\tCertificate igp-argane IGP-ARG-2026-0007",
                "Certificate bio-maroc BIO-2023-77\tnil",
                "false\ttrue",
            ])
        // Run a day later: the run's date decides, not the machine's.
        #expect(
            try catalog.output(script, at: "2026-07-01T08:00")[0]
                == "nil\tCertificate igp-argane IGP-ARG-2026-0007\tnil")
        #expect(
            try catalog.line(#"print(catalog.product("TAF-ARG-250").certificates[2]:is_valid())"#, at: "2025-06-01") == "true")
    }

    @Test func schemeFieldsReadAsStoredAndSchemesCompareById() throws {
        let lines = try LuaCatalog().output(
            """
            local function codes(regions)
                local list = {}
                for i, r in ipairs(regions) do list[i] = getmetatable(r) .. ":" .. r.code end
                return table.concat(list, ",")
            end
            local s = catalog.scheme("igp-argane")
            print(s.id, s.kind, s.name, table.concat(s.categories, ","), codes(s.area))
            local b = catalog.scheme("bio-maroc")
            print(b.kind, #b.categories, #b.area, b == catalog.scheme("bio-maroc"), b == s)
            """)
        #expect(
            lines == [
                "igp-argane\tigp\tIGP Argane\tfood.oil.argan,cosmetic.oil.argan\tRegion:MA-09,Region:MA-07,Region:MA-10",
                "organic\t0\t0\ttrue\tfalse",
            ])
    }

    @Test func cooperativeFields() throws {
        let lines = try LuaCatalog().output(
            """
            local c = catalog.cooperative("tafoukt-argan")
            print(c.id, c.name, c.legal_form, c.ice, c.founded, c.region, c.province, c.commune, c.sector)
            print(c.members, c.women, c.youth, c.women_percent, c.phone, c.email, table.concat(c.know_how_ids, ","))
            local a = catalog.cooperative("aghrem-dattes")
            print(a.women_percent, a.phone, a.email, a.province, #a.know_how, a.founded.year)
            local z = catalog.cooperative("zellige-fes")
            print(z.legal_form, z.sector, z.women_percent, z.region.name)
            print(c == catalog.cooperative("tafoukt-argan"), c == a, catalog.product("TAF-ARG-250").cooperative == c)
            """)
        #expect(
            lines == [
                "tafoukt-argan\tCoopérative féminine Tafoukt\tcooperative\t002345678000091\t2011-04-18\tMA-09\tChtouka-Aït Baha\tAït Baha\tfood.oil",
                "38\t38\t9\t100\t+212661234567\ttafoukt@example.org\targan-oil-extraction",
                "42\tnil\tnil\tnil\t0\t2016",
                "association\tnil\t0\tFès-Meknès",
                "true\tfalse\ttrue",
            ])
    }

    @Test func knowHowFieldsPublishOnlyConsentingArtisans() throws {
        let lines = try LuaCatalog().output(
            """
            local k = catalog.know_how("argan-oil-extraction")
            local regions = {}
            for i, r in ipairs(k.regions) do regions[i] = getmetatable(r) .. ":" .. r.name end
            print(k.id, k.craft_family, table.concat(regions, ","), k.heritage, k.heritage_year)
            print(#k.artisans, k.artisans[1])
            local z = catalog.know_how("fes-zellige")
            print(z.technique, z.heritage, z.heritage_year, #z.regions, #z.artisans)
            """)
        #expect(
            lines == [
                "argan-oil-extraction\toil-extraction\tRegion:Souss-Massa,Region:Marrakech-Safi\tunesco\t2014",
                "1\tFadma Oubella (fictional)",
                "nil\tnil\tnil\t0\t0",
            ])
    }

    @Test func viewsCompareAndDescribeThemselves() throws {
        let lines = try LuaCatalog().output(
            """
            local p, q = catalog.product("TAF-ARG-250"), catalog.product("TAF-ARG-250")
            print(p == q, rawequal(p, q), p == catalog.product("TAF-AML-200"), p.region == catalog.region("MA-09"))
            print(type(p), getmetatable(p), getmetatable(p.price), getmetatable(p.region), getmetatable(p.names))
            print(getmetatable(p.cooperative), getmetatable(p.certificates[1]), getmetatable(p.certificates[1].scheme))
            print(getmetatable(catalog.know_how("fes-zellige")), getmetatable(tiwizi.today), getmetatable(tiwizi.now))
            """)
        #expect(
            lines == [
                "true\tfalse\tfalse\ttrue",
                "userdata\tProduct\tMoney\tRegion\tText",
                "Cooperative\tCertificate\tScheme",
                "KnowHow\tDate\tDateTime",
            ])
    }

    @Test func returnedViewsAreRendered() throws {
        let result = try LuaCatalog().run(
            """
            local p = catalog.product("TAF-ARG-250")
            return p, p.price, p.region, p.cooperative, tiwizi.today, p.certificates[1], p.certificates[1].scheme,
                catalog.know_how("fes-zellige"), p.names
            """)
        #expect(
            result.values.map { ScriptValueRendering.text($0) } == [
                "Product TAF-ARG-250", "145.00 MAD", "MA-09", "Cooperative tafoukt-argan", "2026-06-15",
                "Certificate igp-argane IGP-ARG-2024-0142", "Scheme igp-argane", "KnowHow fes-zellige",
                "Huile d'argan alimentaire",
            ])
    }
}

/// Floats a script returns print as Lua's own `print` and `tostring` write them.
@Suite struct FloatRenderingTests {
    @Test func floatsReadAsLuaWritesThem() throws {
        let source = "return 0.1, 1/3, 1e300, 2^63, -0.0, 1e15, 100.0, 1/0, -1/0"
        let printed = try LuaCatalog().output("print(\(source.dropFirst(7)))")
        let returned = try LuaCatalog().run(source).values.map { ScriptValueRendering.text($0) }
        #expect(printed == [returned.joined(separator: "\t")], "\(printed) \(returned)")
        #expect(
            returned == ["0.1", "0.33333333333333", "1e+300", "9.2233720368548e+18", "-0.0", "1e+15", "100.0", "inf", "-inf"])
    }
}
