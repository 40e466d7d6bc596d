import Foundation
import LuaHost
import Testing
import TiwiziCore

/// Scripts read a snapshot of the catalog: they cannot change it, and a script stopped by a
/// limit in the middle of a catalog iteration leaves the store as it was, and usable.
@Suite struct ReadOnlyCatalogTests {
    /// Scripts that try every way in to the catalog; each fails or changes nothing.
    static let attempts = [
        "local p = catalog.product('TAF-ARG-250') p.price = tiwizi.money(1)",
        "local p = catalog.product('TAF-ARG-250') rawset(getmetatable(p) or {}, '__newindex', nil) p.stock = 0",
        "for p in catalog.products{} do local ok = pcall(function() p.stock = 0 end) end",
        "catalog.product = function() return nil end",
        "rawset(catalog, 'products', nil)",
        "local c = catalog.cooperative('tafoukt-argan') c.region = catalog.region('MA-01')",
        "local t = catalog.product('TAF-ARG-250').certificates t[1] = nil t[2] = nil return #t",
        "local a = catalog.product('TAF-ARG-250').allergens a[1] = 'peanut' return a[1]",
        "local names = catalog.regions() names[1] = nil return #names",
        "setmetatable(catalog, nil)",
        "getmetatable('').__index = nil",
        "return load('return catalog')().product('TAF-ARG-250').sku",
        "price = tiwizi.money(1) return price",
        "for p in catalog.products{} do local ok = pcall(rawset, p, 'sku', 'X') end",
    ]

    @Test func scriptsCannotModifyTheCatalog() throws {
        let catalog = try LuaCatalog()
        let before = try catalog.snapshot()
        #expect(before.products.count == 5)
        for attempt in Self.attempts {
            _ = try? catalog.run(attempt)
        }
        #expect(try catalog.snapshot() == before)
        // A later script still sees the original records.
        #expect(
            try catalog.line(
                "local p = catalog.product('TAF-ARG-250') print(p.price, p.stock, #p.certificates, p.allergens[1], catalog.count())"
            )
                == "145.00 MAD\t120\t2\targan\t5")
    }

    @Test func mutatingAReturnedListDoesNotReachTheProduct() throws {
        let line = try LuaCatalog().line(
            """
            local p = catalog.product("TAF-ARG-250")
            local list = p.allergens
            list[1] = "peanut"
            table.insert(p.know_how_ids, "fes-zellige")
            table.insert(p.know_how, catalog.know_how("fes-zellige"))
            print(p.allergens[1], #p.know_how_ids, #p.know_how, list[1])
            """)
        #expect(line == "argan\t1\t1\tpeanut")
    }

    @Test func instructionLimitInsideCatalogIteration() throws {
        let catalog = try LuaCatalog()
        try catalog.addBulkProducts(400)
        let before = try catalog.snapshot()
        var limits = SandboxLimits.default
        limits.instructions = 50_000
        let error = catalog.failure(
            """
            local total = tiwizi.money(0)
            for p in catalog.products{} do
                for _ = 1, 100 do total = total + p.price end
            end
            return total
            """, limits: limits)
        guard let script = error?.script, case .instructionLimit(let used, let limit)? = error?.kind else {
            Testing.Issue.record("expected the instruction limit, got \(String(describing: error))")
            return
        }
        #expect(script == "script.lua")
        #expect(limit == 50_000)
        #expect(used >= 50_000)
        #expect(error?.exceededLimit == .instructions)
        // LuaHost names the limit, not a command-line flag: `tiwizi run` adds the flag.
        #expect(error?.message.hasSuffix("but the limit is 50000") == true)
        #expect(error?.message.contains("--max-") == false)
        // The store is unchanged and still serves reads, writes and further scripts.
        #expect(try catalog.snapshot() == before)
        #expect(try catalog.line("print(catalog.count{}, catalog.count{category = 'food.spread'})") == "405\t401")
        try catalog.store.write { writer in _ = try writer.changeStock(sku: "TAF-ARG-250", by: -20) }
        #expect(try catalog.line("print(catalog.product('TAF-ARG-250').stock)") == "100")
    }

    @Test func pcallCannotSwallowTheLimitInsideAnIteration() throws {
        let catalog = try LuaCatalog()
        try catalog.addBulkProducts(50)
        var limits = SandboxLimits.default
        limits.instructions = 100_000
        let error = catalog.failure(
            """
            local caught = 0
            for p in catalog.products{} do
                local ok = pcall(function() while true do local _ = p.sku end end)
                if not ok then caught = caught + 1 end
            end
            return caught
            """, limits: limits)
        guard case .instructionLimit? = error?.kind else {
            Testing.Issue.record("expected the instruction limit, got \(String(describing: error))")
            return
        }
        #expect(try catalog.line("print(catalog.count())") == "55")
    }

    @Test func memoryLimitInsideCatalogIteration() throws {
        let catalog = try LuaCatalog()
        try catalog.addBulkProducts(50)
        var limits = SandboxLimits.default
        limits.memoryBytes = 4 << 20
        let error = catalog.failure(
            """
            local kept = {}
            for p in catalog.products{} do
                for i = 1, 5000 do kept[#kept + 1] = p.name .. i end
            end
            return #kept
            """, limits: limits)
        guard case .memoryLimit(_, let limit)? = error?.kind else {
            Testing.Issue.record("expected the memory limit, got \(String(describing: error))")
            return
        }
        #expect(limit == 4 << 20)
        #expect(try catalog.line("local n = 0 for _ in catalog.products{} do n = n + 1 end print(n)") == "55")
    }

    @Test func timeoutInsideCatalogIteration() throws {
        let catalog = try LuaCatalog()
        var limits = SandboxLimits.default
        limits.instructions = 1 << 40
        limits.timeout = .milliseconds(200)
        let error = catalog.failure(
            "for p in catalog.products{} do while true do local _ = p.region end end", limits: limits)
        guard case .timeout(_, let limit)? = error?.kind else {
            Testing.Issue.record("expected the time limit, got \(String(describing: error))")
            return
        }
        #expect(limit == .milliseconds(200))
        #expect(try catalog.line("print(catalog.product('ZEL-TBL-60').lead_days)") == "21")
    }

    @Test func aFailedScriptLeavesTheNextRunClean() throws {
        let catalog = try LuaCatalog()
        #expect(catalog.errorMessage("leaked = 1\nerror('boom')") == "script.lua:2: boom")
        #expect(try catalog.line("print(leaked, tiwizi.today)") == "nil\t2026-06-15")
    }
}
