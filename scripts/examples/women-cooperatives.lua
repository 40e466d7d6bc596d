-- Women in the catalog's cooperatives, region by region: how many cooperatives are women's
-- cooperatives (every member a woman), the share of women among members, and what the women's
-- cooperatives offer (products, and the value of their stock at catalog prices).
--
--   tiwizi run scripts/examples/women-cooperatives.lua
assert(tiwizi.api.major == 2, "written for version 2 of the Tiwizi Lua API")

local regions, codes = {}, {}
local function region_of(coop)
  local code = coop.region.code
  if not regions[code] then
    regions[code] = {name = coop.region.name, coops = 0, womens = 0, members = 0, women = 0,
                     products = 0, stock_value = tiwizi.money(0)}
    codes[#codes + 1] = code
  end
  return regions[code]
end

-- Percent, rounded half-up, in integers (no float rounding surprises).
local function percent(part, whole)
  return (part * 200 + whole) // (2 * whole)
end

for coop in catalog.cooperatives() do
  local r = region_of(coop)
  r.coops = r.coops + 1
  r.members = r.members + coop.members
  r.women = r.women + coop.women
  if coop.members > 0 and coop.women == coop.members then
    r.womens = r.womens + 1
    for p in coop:products() do
      r.products = r.products + 1
      if p.stock then r.stock_value = r.stock_value + p.price * p.stock end
    end
  end
end
table.sort(codes)

print("Cooperatives by region. women's: cooperatives whose members are all women, with their products")
print("and the value of their stock at catalog prices; women: share of women among all members.")
print()
print(string.format("%-6s %-26s %8s %8s %7s %9s %16s", "region", "", "coops", "women's", "women", "products",
                    "stock value"))
local total = {coops = 0, womens = 0, members = 0, women = 0, products = 0, stock_value = tiwizi.money(0)}
for _, code in ipairs(codes) do
  local r = regions[code]
  local name = r.name .. string.rep(" ", 26 - utf8.len(r.name))
  print(string.format("%-6s %s %8d %8d %6d%% %9d %16s", code, name, r.coops, r.womens,
                      percent(r.women, r.members), r.products, r.stock_value:format("en")))
  for key in pairs(total) do total[key] = total[key] + r[key] end
end
print(string.format("%-33s %8d %8d %6d%% %9d %16s", "all regions", total.coops, total.womens,
                    percent(total.women, total.members), total.products, total.stock_value:format("en")))
return string.format("%d of %d members are women; %d of %d cooperatives are women's cooperatives",
                     total.women, total.members, total.womens, total.coops)
