-- Preview of a fair discount. Each price loses the discount, is rounded down to a cash step (so
-- the customer always gets at least the announced discount), then takes a shelf ending (…9.90)
-- when that does not give away more than `tolerance` extra percentage points.
--
--   tiwizi run scripts/examples/event-discount.lua --param discount=15
--   tiwizi run scripts/examples/event-discount.lua --param discount=20 --param category=food.oil
--
-- Parameters: discount (percent, at most two decimals; default 15), category (default food),
-- step (default 0.50), ending (default 9.90), ending_step (default 10), tolerance (percentage
-- points, default 3).
assert(tiwizi.api.major == 2, "written for version 2 of the Tiwizi Lua API")

local discount = tiwizi.param("discount", "15")
local category = tiwizi.param("category", "food")
local step = tiwizi.param("step", "0.50")
local ending = tiwizi.param("ending", "9.90")
local ending_step = tiwizi.param("ending_step", "10")
local tolerance = assert(tonumber(tiwizi.param("tolerance", "3")), "tolerance: a number expected")
assert(tonumber(discount), "discount: a percentage expected, such as 15 or 12.5")

-- The discount `shelf` really gives on `price`, in tenths of a percent, rounded half-up
-- (integers only: no float rounding).
local function tenths_off(price, shelf)
  return ((price - shelf).minor * 1000 + price.minor // 2) // price.minor
end

local format = "%-16s %9s %9s %9s %9s %6s"
print(string.format("Fair discount %s %% on %s: rounded down to %s, ending %s within %g points",
                    discount, category, step, ending, tolerance))
print(string.format(format, "SKU", "price", "-" .. discount .. "%", "rounded", "shelf", "off"))

local before, after, count, endings = tiwizi.money(0), tiwizi.money(0), 0, 0
for p in catalog.products{category = category} do
  local discounted = p.price - p.price:percent(discount, "half-up")
  local rounded = discounted:round(step, "down")
  local shelf = rounded:ending(ending, ending_step, "down")
  if shelf.minor <= 0 or tenths_off(p.price, shelf) > (tonumber(discount) + tolerance) * 10 then
    shelf = rounded
  else
    endings = endings + 1
  end
  local off = tenths_off(p.price, shelf)
  print(string.format(format, p.sku, p.price.amount, discounted.amount, rounded.amount, shelf.amount,
                      string.format("%d.%d%%", off // 10, off % 10)))
  before, after, count = before + p.price, after + shelf, count + 1
end
print()
print(string.format("%d products, %d with the %s ending; one of each costs %s instead of %s",
                    count, endings, ending, after:format("fr"), before:format("fr")))
