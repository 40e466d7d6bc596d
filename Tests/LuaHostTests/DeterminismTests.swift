import LuaHost
import Testing

extension LuaHostSuite {
    /// Nothing a script observes varies between runs with the same inputs.
    @Suite("Determinism")
    struct DeterminismTests {
        /// Stock Lua seeds string hashing per state (from the clock and addresses), so `next`
        /// visits string keys in a different order in every state; `pairs` does not.
        @Test func pairsVisitsKeysInTheSameOrderInEveryState() throws {
            let script = """
                local t = {}
                for _, word in ipairs({"tagine", "argan", "zellige", "safran", "miel", "couscous", "tapis", "cuir"}) do
                  t[word] = #word
                end
                t[3], t[1], t[2], t[-7], t[2.5], t[true], t[false], t[""] = 1, 1, 1, 1, 1, 1, 1, 1
                local seen = {}
                for key in pairs(t) do seen[#seen + 1] = tostring(key) end
                local library = {}
                for name in pairs(string) do library[#library + 1] = name end
                return table.concat(seen, " "), table.concat(library, " ")
                """
            var outputs: Set<[LuaValue]> = []
            for _ in 0..<6 {
                outputs.insert(try makeSandbox().run(script, name: "order.lua").values)
            }
            #expect(outputs.count == 1)
            #expect(
                outputs.first?.first
                    == "false true -7 1 2 2.5 3  argan couscous cuir miel safran tagine tapis zellige")
            #expect(
                outputs.first?.last
                    == "byte char find format gmatch gsub len lower match pack packsize rep reverse sub unpack upper")
        }

        @Test func pairsKeepsStockSemantics() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                """
                local t = {a = 1, b = 2, c = 3, d = 4}
                local visited = 0
                for key in pairs(t) do t[key] = nil visited = visited + 1 end  -- clearing while iterating
                local meta = setmetatable({}, {__pairs = function(self) return function(_, k) if not k then return 1, 'one' end end, self, nil end})
                local fromMeta = {}
                for k, v in pairs(meta) do fromMeta[#fromMeta + 1] = k .. '=' .. v end
                local weak = setmetatable({}, {__mode = 'v'})
                for i = 1, 100 do weak['k' .. i] = {} end
                local left = 0
                for _ in pairs(weak) do left = left + 1 end
                return visited, next(t), table.concat(fromMeta), left <= 100,
                  select(2, pcall(pairs)), select(2, pcall(function() for _ in pairs(nil) do end end))
                """, name: "stock.lua")
            #expect(
                run.values == [
                    4, nil, "1=one", true, "bad argument #1 to 'pairs' (value expected)",
                    "stock.lua:12: bad argument #1 to 'for iterator' (table expected, got nil)",
                ])
        }

        @Test func pairsOverAHugeTableIsCharged() throws {
            expectInstructionLimit(
                try attack("local t = {} for i = 1, 50000 do t[i] = i end for _ = 1, 100 do for _ in pairs(t) do end end"))
        }

        @Test func tablesLeaveTheSandboxInTheSameOrder() throws {
            let run = try makeSandbox().run("return {zeta = 1, alpha = 2, [10] = 3, [true] = 4, mu = 5}", name: "t.lua")
            let keys = run.value.tableValue?.orderedHash.map(\.key)
            #expect(keys == [.boolean(true), .integer(10), "alpha", "mu", "zeta"])
        }
    }
}
