/// The logic of `BenchmarkRules.full` written by hand in plain Lua over plain Lua tables,
/// amounts as integers in centimes: the baseline of the rules suites. The script builds its
/// tables from the catalog once, then returns the loops to time; each returns the sum of what
/// it priced and a second checksum, which the benchmark compares once with the engine's.
enum PlainLuaRules {
    /// The names of the functions the script returns.
    enum Name: String {
        /// Prices every product from a prebuilt table: the sum of the final prices, and of
        /// the cooperative's shares in whole percent (the label's value).
        case tables
        /// The same, building each product's table first.
        case tablesBuilt
        /// Quotes `BenchmarkCart`: its total, and the sum of each line's total × its position.
        case cart
        /// Does nothing: what one sandboxed call of a Lua function costs.
        case empty
    }

    static var source: String {
        typealias R = BenchmarkRules
        return """
            local n = ...
            local MARGIN, PROMOTED, PROMOTION, ENDING_FROM = 15, "\(R.promotedCategory)", \(R.promotionPercent), 10000
            local TIER, TIER_FROM, TIER_PERCENT = "\(R.tierCategory)", \(R.tierFrom), \(R.tierPercent)
            local BUNDLE = {\(BenchmarkCart.bundle.map { "\"\($0)\"" }.joined(separator: ", "))}
            local BUNDLE_PERCENT, ORDER_PERCENT, ORDER_MINIMUM = \(R.bundlePercent), \(R.orderPercent), \(R.orderMinimum)
            local CART = \(BenchmarkCart.luaLiteral)

            local products, bysku, skus, prices, categories = {}, {}, {}, {}, {}
            for p in catalog.products{} do
              local i = #products + 1
              skus[i], prices[i], categories[i] = p.sku, p.price.minor, p.category
              products[i] = {sku = p.sku, price = p.price.minor, category = p.category}
              bysku[p.sku] = products[i]
            end
            assert(#products == n, "expected " .. n .. " products, got " .. #products)

            -- `percent` % of a positive amount, half-up (Money.percent).
            local function percent(amount, pct) return (amount * pct + 50) // 100 end
            -- Whether `category` is `path` or under it (Product.in_category).
            local function within(category, path)
              return category == path or (category:sub(1, #path) == path and category:sub(#path + 1, #path + 1) == ".")
            end

            -- One unit: the margin, the promotion, rounding to 0,50, the x9,90 ending from 100 DH;
            -- then the label's value, the cooperative's share of the price in whole percent.
            local function price(p)
              local list = p.price
              local x = list + percent(list, MARGIN)
              if within(p.category, PROMOTED) then x = x - percent(x, PROMOTION) end
              x = (x + 25) // 50 * 50
              if x >= ENDING_FROM then x = (x - 990 + 500) // 1000 * 1000 + 990 end
              return x, math.min(100, list * 100 // x)
            end

            -- Splits `amount` over `ratios` by largest remainder (Money.allocate).
            local function allocate(amount, ratios)
              local sum, shares, remainders, order, left = 0, {}, {}, {}, amount
              for i = 1, #ratios do sum = sum + ratios[i] end
              for i = 1, #ratios do
                local part = amount * ratios[i]
                shares[i], remainders[i], order[i] = part // sum, part % sum, i
                left = left - shares[i]
              end
              table.sort(order, function(a, b)
                if remainders[a] ~= remainders[b] then return remainders[a] > remainders[b] end
                return a < b
              end)
              for k = 1, left do shares[order[k]] = shares[order[k]] + 1 end
              return shares
            end

            -- Takes `shares[k]` off line `indices[k]`, at most its total.
            local function take(lines, indices, shares)
              for k, i in ipairs(indices) do lines[i].total = lines[i].total - math.min(shares[k], lines[i].total) end
            end

            local loops = {}
            loops.tables = function()
              local total, shares = 0, 0
              for i = 1, #products do
                local x, share = price(products[i])
                total, shares = total + x, shares + share
              end
              return total, shares
            end
            loops.tablesBuilt = function()
              local total, shares = 0, 0
              for i = 1, n do
                local x, share = price({sku = skus[i], price = prices[i], category = categories[i]})
                total, shares = total + x, shares + share
              end
              return total, shares
            end
            loops.cart = function()
              local lines, index, all = {}, {}, {}
              for i, item in ipairs(CART) do
                local p = bysku[item.sku]
                lines[i] = {category = p.category, quantity = item.quantity, total = price(p) * item.quantity}
                index[item.sku], all[i] = i, i
              end
              -- The tier: every unit of the category, once the cart holds TIER_FROM of them.
              local count, tiered = 0, {}
              for i, line in ipairs(lines) do
                if within(line.category, TIER) then count, tiered[#tiered + 1] = count + line.quantity, i end
              end
              if count >= TIER_FROM then
                local amounts = {}
                for k, i in ipairs(tiered) do amounts[k] = percent(lines[i].total, TIER_PERCENT) end
                take(lines, tiered, amounts)
              end
              -- The bundle: one unit of each SKU, as many times as the cart holds them all.
              local found, occurrences = {}, nil
              for k, sku in ipairs(BUNDLE) do
                found[k] = index[sku]
                if not found[k] then occurrences = 0 break end
                occurrences = math.min(occurrences or lines[found[k]].quantity, lines[found[k]].quantity)
              end
              if occurrences > 0 then
                local values, worth = {}, 0
                for k, i in ipairs(found) do
                  local line = lines[i]
                  values[k] = (2 * line.total * occurrences + line.quantity) // (2 * line.quantity)
                  worth = worth + values[k]
                end
                local discount = percent(worth, BUNDLE_PERCENT)
                if discount > 0 then take(lines, found, allocate(discount, values)) end
              end
              -- The order discount, spread over the lines.
              local subtotal, totals = 0, {}
              for i, line in ipairs(lines) do subtotal, totals[i] = subtotal + line.total, line.total end
              if subtotal >= ORDER_MINIMUM and percent(subtotal, ORDER_PERCENT) > 0 then
                take(lines, all, allocate(percent(subtotal, ORDER_PERCENT), totals))
              end
              local total, weighted = 0, 0
              for i, line in ipairs(lines) do total, weighted = total + line.total, weighted + i * line.total end
              return total, weighted
            end
            loops.empty = function() end
            return loops
            """
    }
}
