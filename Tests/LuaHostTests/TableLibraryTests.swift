import LuaHost
import Testing

extension LuaHostSuite {
    /// The table library's loops in C are charged by the length they really walk, which
    /// `__len` decides, not the raw length.
    @Suite("Table library")
    struct TableLibraryTests {
        @Test func lengthMetamethodsCannotHideTheWork() throws {
            let huge = "setmetatable({}, {__len = function() return 1e15 end})"
            expectInstructionLimit(try attack("table.insert(\(huge), 1, 'x')"))
            expectInstructionLimit(try attack("table.remove(\(huge), 1)"))
            // __index reads a real table in C: no Lua code runs that the hook could count.
            let proxy = """
                local big = {} for i = 1, 100000 do big[i] = 'x' end
                local t = setmetatable({}, {__index = big, __len = function() return #big end})
                """
            expectInstructionLimit(try attack(proxy + "for _ = 1, 1000 do table.concat(t) end"))
            expectInstructionLimit(try attack(proxy + "for _ = 1, 1000 do table.unpack(t, 1) end"))
            expectInstructionLimit(
                try attack(
                    proxy.replacingOccurrences(of: "'x'", with: "-i")
                        + "getmetatable(t).__newindex = function() end for _ = 1, 1000 do table.sort(t) end"))
        }

        /// table.insert and table.remove are the sandbox's own; these are stock Lua 5.4.4's
        /// answers, messages included.
        @Test func insertAndRemoveAreStockLua() throws {
            let sandbox = try makeSandbox()
            let run = try sandbox.run(
                """
                local function dump(t) local o = {} for i = 0, 5 do o[#o + 1] = tostring(rawget(t, i)) end return table.concat(o, " ") end
                local function try(f) local ok, e = pcall(f) return ok and e or e:gsub("^[^:]*:%d+: ", "") end
                local log = {}
                local logged = setmetatable({}, {__len = function() return 3 end,
                  __index = function(_, k) log[#log + 1] = "r" .. k return k * 10 end,
                  __newindex = function(_, k, v) log[#log + 1] = "w" .. k .. "=" .. tostring(v) end})
                table.insert(logged, 2, "x")
                table.remove(logged, 1)
                return
                  try(function() local t = {1, 2, 3} table.insert(t, 1, 0) return dump(t) end),
                  try(function() local t = {1, 2, 3} table.insert(t, 5, 9) end),
                  try(function() local t = {1, 2, 3} table.insert(t, 1, 2, 3) end),
                  try(function() table.insert("abc", 1) end),
                  try(function() local t = {1, 2, 3} return table.remove(t, 1) .. ":" .. dump(t) end),
                  try(function() local t = {1, 2, 3} return tostring(table.remove(t, 4)) .. ":" .. dump(t) end),
                  try(function() local t = {1, 2, 3} table.remove(t, 5) end),
                  try(function() local t = {[0] = "z"} return table.remove(t, 0) end),
                  try(function() table.insert(setmetatable({}, {__len = function() return 2.5 end}), 1) end),
                  table.concat(log, " ")
                """, name: "stock.lua")
            #expect(
                run.values == [
                    "nil 0 1 2 3 nil", "bad argument #2 to 'insert' (position out of bounds)",
                    "wrong number of arguments to 'insert'", "bad argument #1 to 'insert' (table expected, got string)",
                    "1:nil 2 3 nil nil nil", "nil:nil 1 2 3 nil nil", "bad argument #1 to 'remove' (position out of bounds)",
                    "z", "object length is not an integer", "r3 w4=30 r2 w3=20 w2=x r1 r2 w1=20 r3 w2=30 w3=nil",
                ])
        }
    }
}
