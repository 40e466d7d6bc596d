import LuaHost

/// The Lua side of the benchmarks: one script, compiled and run once before anything is
/// measured, that builds the data sets and returns the loops to time. Each loop returns how
/// many items it went through, which the benchmark checks once before timing it.
enum LuaLoops {
    /// The fields every "read" loop reads of each product.
    static let fields = ["sku", "price", "category", "stock", "region"]

    /// The names of the loops the script returns.
    enum Name: String, CaseIterable {
        case tables, tablesBuilt, views, query
        case integerArithmetic, moneyArithmetic, integerPercent, moneyPercent
    }

    /// `tables_sku`, `views_price`…: one field at a time.
    static func fieldLoop(_ set: String, _ field: String) -> String { "\(set)_\(field)" }

    static var source: String {
        let read = fields.map { "p.\($0)" }.joined(separator: ", ")
        let locals = fields.joined(separator: ", ")
        var lines = [
            """
            local n = ...
            -- Products as read-only views (userdata), fetched once.
            local views = {}
            for p in catalog.products{} do views[#views + 1] = p end
            assert(#views == n, "expected " .. n .. " products, got " .. #views)
            -- The same fields as plain Lua tables, built in Lua from the same values.
            local tables = {}
            local skus, prices, categories, stocks, regions = {}, {}, {}, {}, {}
            for i, p in ipairs(views) do
                tables[i] = {sku = p.sku, price = p.price.minor, category = p.category, stock = p.stock,
                             region = p.region.code}
                skus[i], prices[i], categories[i], stocks[i], regions[i] =
                    p.sku, p.price.minor, p.category, p.stock, p.region.code
            end

            local function read(items)
                local count = 0
                for i = 1, #items do
                    local p = items[i]
                    local \(locals) = \(read)
                    count = count + 1
                end
                return count
            end

            local loops = {}
            loops.tables = function() return read(tables) end
            loops.views = function() return read(views) end
            -- A table per product, as a host that builds a table per call would give.
            loops.tablesBuilt = function()
                local count = 0
                for i = 1, n do
                    local p = {sku = skus[i], price = prices[i], category = categories[i], stock = stocks[i],
                               region = regions[i]}
                    local \(locals) = \(read)
                    count = count + 1
                end
                return count
            end
            -- The products straight from the catalog: SQLite cursor, record assembly, views.
            loops.query = function()
                local count = 0
                for p in catalog.products{} do
                    local \(locals) = \(read)
                    count = count + 1
                end
                return count
            end

            -- Money arithmetic against the same operations on integers (minor units).
            loops.integerArithmetic = function()
                local price, total = 14550, 0
                for _ = 1, n do total = total + price * 3 end
                return total == 14550 * 3 * n and n or -1
            end
            loops.moneyArithmetic = function()
                local price, total = tiwizi.money("145.50"), tiwizi.money(0)
                for _ = 1, n do total = total + price * 3 end
                return total.minor == 14550 * 3 * n and n or -1
            end
            loops.integerPercent = function()
                local price, total = 14550, 0
                for _ = 1, n do total = total + (price * 15 + 50) // 100 end
                return total == 2183 * n and n or -1
            end
            loops.moneyPercent = function()
                local price, total = tiwizi.money("145.50"), tiwizi.money(0)
                for _ = 1, n do total = total + price:percent(15) end
                return total.minor == 2183 * n and n or -1
            end
            """
        ]
        for field in fields {
            for (set, items) in [("tables", "tables"), ("views", "views")] {
                lines.append(
                    """
                    loops.\(fieldLoop(set, field)) = function()
                        local count, items = 0, \(items)
                        for i = 1, #items do
                            local value = items[i].\(field)
                            count = count + 1
                        end
                        return count
                    end
                    """)
            }
        }
        lines.append("return loops")
        return lines.joined(separator: "\n")
    }
}
