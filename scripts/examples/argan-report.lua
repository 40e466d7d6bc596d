-- Products holding a valid certificate of one scheme (by default IGP Argane), with their unit
-- price and the producing cooperative: the argan oils a shop may sell under the IGP today.
--
--   tiwizi run scripts/examples/argan-report.lua --at 2026-03-20T09:00
--   tiwizi run scripts/examples/argan-report.lua --param scheme=aop-safran-taliouine
--
-- Parameters: scheme (a scheme id, default igp-argane), warn_days (default 365: flag
-- certificates that expire sooner).
assert(tiwizi.api.major == 2, "written for version 2 of the Tiwizi Lua API")

local scheme_id = tiwizi.param("scheme", "igp-argane")
local scheme = catalog.scheme(scheme_id)
assert(scheme, "unknown scheme '" .. scheme_id .. "'")
local warn_days = assert(math.tointeger(tonumber(tiwizi.param("warn_days", "365"))), "warn_days: a whole number")

-- The price per litre or per kilogram, exact: price × 1000 ÷ quantity in ml (or g). Quantities
-- have at most three decimals, so they are counted in thousandths to stay whole numbers.
local function unit_price(p)
  local per = ({ml = {1, "l"}, l = {1000, "l"}, g = {1, "kg"}, kg = {1000, "kg"}})[p.unit]
  if not per then return "" end
  local thousandths = math.floor(p.quantity * per[1] * 1000 + 0.5)
  return p.price:scale(1000 * 1000, thousandths):format("fr") .. "/" .. per[2]
end

-- Pads text to a width in characters (names are UTF-8, so not string.format's bytes), with at
-- least one space after it.
local function pad(text, width)
  return text .. string.rep(" ", math.max(1, width - utf8.len(text)))
end

print(scheme.name .. " (" .. scheme.kind .. "), valid on " .. tiwizi.today)
print()
local products, cooperatives, seen = 0, 0, {}
for p in catalog.products{certification = scheme.id} do
  local certificate = p:certificate(scheme.id)
  local left = tiwizi.today:days_until(certificate.valid_until)
  local size = string.format("%g %s", p.quantity, p.unit)
  print(pad(p.sku, 16) .. pad(p.name, 28) .. pad(size, 8) .. pad(p.price:format("fr"), 12) .. unit_price(p))
  print("", p.cooperative.name .. " (" .. p.cooperative.women_percent .. " % women), " .. p.region.name)
  local note = left < warn_days and "  ← renew: " .. left .. " days left" or ""
  print("", certificate.number .. " until " .. certificate.valid_until .. note)
  products = products + 1
  if not seen[p.cooperative_id] then
    seen[p.cooperative_id] = true
    cooperatives = cooperatives + 1
  end
end
print()
local function count(n, noun)
  return n .. " " .. noun .. (n == 1 and "" or "s")
end
return count(products, "product") .. " from " .. count(cooperatives, "cooperative")
