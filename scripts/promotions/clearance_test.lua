-- Tests of promotions/clearance.lua: 20 % off products with a stock of 100 or more, funded by
-- the cooperative, so that its producer's floor limits it.

--- The step of rule `name` in the result (its price step when it has one).
---@param r RuleTestResult
local function step_of(r, name)
  for _, step in ipairs(r.steps) do
    if step.rule == name then return step end
  end
end

---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {
      {id = "aknari", members = 20, women = 3},
      {id = "tafoukt", members = 38, women = 38, producer_floor = "85 %"},
      {id = "ouarzazate", members = 15, women = 2, producer_floor = "50 %"},
    },
    products = {
      {sku = "AKN-FIG-150", cooperative = "aknari", price = "100.00", stock = 150},
      {sku = "AKN-FIG-100", cooperative = "aknari", price = "100.00", stock = 100},
      {sku = "AKN-FIG-99", cooperative = "aknari", price = "100.00", stock = 99},
      {sku = "AKN-FIG-60", cooperative = "aknari", price = "100.00", stock = 60},
      {sku = "AKN-OIL", cooperative = "aknari", category = "food.oil.argan", price = "145.00", stock = 120},
      {sku = "AKN-CARPET", cooperative = "aknari", category = "craft.textile.carpet", price = "100.00",
       made_to_order = {lead_days = 30}},
      {sku = "TAF-OIL", cooperative = "tafoukt", category = "food.oil.argan", price = "145.00", stock = 120},
      {sku = "TAF-SOAP", cooperative = "tafoukt", category = "cosmetic.soap", price = "100.00", stock = 150,
       producer_floor = "90.00"},
      {sku = "OUA-ROSE", cooperative = "ouarzazate", category = "cosmetic.rose-water", price = "100.00", stock = 150},
    },
  },
  tests = {
    {
      name = "a large stock gets 20 % off, funded by the cooperative",
      sku = "AKN-FIG-150", at = "2026-04-01T10:00",
      -- 115,00 − 20 % = 92,00, all of it taken from the cooperative's 100,00.
      expect = {
        price = "92.00", producer = "77.00", producer_share = "83.69",
        applied = {"margin", "clearance", "round-050"}, clamped = {},
      },
      check = function(r)
        local clearance = step_of(r, "clearance")
        assert(clearance.effects[1].party == "cooperative")
        assert(clearance.effects[1].before == tiwizi.money("115.00"))
      end,
    },
    {
      name = "a stock of exactly 100 gets the clearance",
      sku = "AKN-FIG-100", at = "2026-04-01T10:00",
      expect = {price = "92.00", applied = {"margin", "clearance", "round-050"}},
    },
    {
      name = "a stock of 99 does not",
      sku = "AKN-FIG-99", at = "2026-04-01T10:00",
      expect = {price = "119.90", applied = {"margin", "round-050", "ending-990"}, skipped = {clearance = "declined"}},
    },
    {
      name = "a product made to order has no stock to clear",
      sku = "AKN-CARPET", at = "2026-04-01T10:00",
      expect = {skipped = {clearance = "declined"}},
      check = function(r)
        local reason = step_of(r, "clearance").reason
        assert(reason.text:find("made to order is below 100", 1, true), reason.text)
      end,
    },
    {
      name = "the producer's floor clamps the clearance",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      -- The floor is 85 % of 145,00 = 123,25: of the 33,35 asked, the cooperative gives 21,75.
      expect = {
        floor = "123.25", price = "149.90", producer = "123.25",
        applied = {"margin", "clearance", "round-050", "ending-990"}, clamped = {"clearance"},
      },
      check = function(r)
        local clamp = step_of(r, "clearance").effects[1].clamp
        assert(clamp.asked == tiwizi.money("33.35") and clamp.granted == tiwizi.money("21.75"))
        assert(clamp.floor == tiwizi.money("123.25"))
      end,
    },
    {
      name = "a floor the discount does not reach clamps nothing",
      sku = "OUA-ROSE", at = "2026-04-01T10:00",
      expect = {floor = "50.00", price = "92.00", producer = "77.00", clamped = {}},
    },
    {
      name = "a product's floor as an amount replaces its cooperative's",
      sku = "TAF-SOAP", at = "2026-04-01T10:00",
      -- The cooperative gives 10,00 of the 23,00 asked: 105,00, then 109,90.
      expect = {floor = "90.00", price = "109.90", producer = "90.00", clamped = {"clearance"}},
    },
    {
      name = "the stock from which the clearance applies is a parameter",
      sku = "AKN-FIG-60", at = "2026-04-01T10:00",
      params = {clearance = {stock_from = 50}},
      expect = {price = "92.00", applied = {"margin", "clearance", "round-050"}},
    },
    {
      name = "during the conference the clearance takes 20 % of what the event's discount left",
      sku = "AKN-OIL", at = "2026-03-20T09:00",
      -- 141,74 − 20 % = 113,39, rounded to 113,50, then 109,90.
      expect = {
        price = "109.90", producer = "116.65",
        applied = {"margin", "assises-15", "clearance", "round-050", "ending-990"},
      },
    },
  },
}
