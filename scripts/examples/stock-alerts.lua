-- What needs a phone call this week: products out of stock, products running low, long
-- made-to-order delays, and certificates that expire soon (or have expired), grouped by
-- cooperative with its phone number.
--
--   tiwizi run scripts/examples/stock-alerts.lua --param threshold=30 --param days=120
--
-- Parameters: threshold (low stock at or below it, default 30), days (certificates expiring
-- within that many days, default 120), lead_days (made-to-order delays above it, default 30).
assert(tiwizi.api.major == 2, "written for version 2 of the Tiwizi Lua API")

local function whole(name, default)
  return assert(math.tointeger(tonumber(tiwizi.param(name, default))), name .. ": a whole number expected")
end
local threshold, days, lead_days = whole("threshold", "30"), whole("days", "120"), whole("lead_days", "30")

local alerts, ids = {}, {}
local function alert(p, text)
  local id = p.cooperative_id
  if not alerts[id] then
    alerts[id] = {}
    ids[#ids + 1] = id
  end
  table.insert(alerts[id], string.format("%-16s %s", p.sku, text))
end

local horizon = tiwizi.today:add_days(days)
for p in catalog.products() do
  if p.stock == 0 then
    alert(p, "out of stock")
  elseif p.stock and p.stock <= threshold then
    alert(p, "low stock: " .. p.stock .. " left")
  elseif p.made_to_order and p.lead_days > lead_days then
    alert(p, "made to order in " .. p.lead_days .. " days")
  end
  for _, c in ipairs(p.certificates) do
    if c.valid_until < tiwizi.today then
      alert(p, c.scheme.name .. " expired on " .. c.valid_until)
    elseif c.valid_until <= horizon then
      alert(p, c.scheme.name .. " expires on " .. c.valid_until .. " (in " .. tiwizi.today:days_until(c.valid_until)
                 .. " days)")
    end
  end
end

print("Alerts on " .. tiwizi.today .. " (low stock ≤ " .. threshold .. ", certificates within " .. days .. " days)")
local count = 0
for _, id in ipairs(ids) do
  local coop = catalog.cooperative(id)
  print()
  print(coop.name .. (coop.phone and ", " .. coop.phone or ""))
  for _, line in ipairs(alerts[id]) do
    print("  " .. line)
    count = count + 1
  end
end
print()
return count .. " alerts"
