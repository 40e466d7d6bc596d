-- Tests of pricing/base.lua (`tiwizi test scripts`): the marketplace's margin, cash rounding to
-- 0,50 DH and the 9,90 DH ending from 100 DH. The products have a small stock and the tests run
-- outside the ESS conference, so that no promotion applies.

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
      {id = "tafoukt", members = 12, women = 8, producer_floor = "85 %"},
      {id = "aknari", members = 20, women = 3},
    },
    products = {
      {sku = "TAF-OIL", cooperative = "tafoukt", category = "food.oil.argan", price = "145.00", vat = "reduced-10"},
      {sku = "TAF-AML", cooperative = "tafoukt", category = "food.spread.amlou", price = "68.00"},
      {sku = "AKN-FIG", cooperative = "aknari", category = "food.fruit.prickly-pear", price = "65.00"},
      {sku = "AKN-ROUND", cooperative = "aknari", price = "86.96"},
      {sku = "AKN-UNDER", cooperative = "aknari", price = "86.52"},
      {sku = "AKN-HALF", cooperative = "aknari", price = "50.00"},
      {sku = "AKN-CARPET", cooperative = "aknari", category = "craft.textile.carpet", price = "145.00",
       made_to_order = {lead_days = 30}},
    },
  },
  tests = {
    {
      name = "the margin adds 15 % and the price ends in 9,90",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      expect = {
        list_price = "145.00", price = "169.90", producer = "145.00", producer_share = "85.34",
        applied = {"margin", "round-050", "ending-990"}, clamped = {},
        skipped = {["assises-15"] = "outsideWindow", clearance = "declined"},
      },
      check = function(r)
        -- The margin and the roundings are the marketplace's: the cooperative keeps its list price.
        assert(r.shares.marketplace == tiwizi.money("24.90"), "marketplace " .. tostring(r.shares.marketplace))
        assert(r.shares.event.is_zero)
        local margin = step_of(r, "margin")
        assert(margin.outcome == "applied")
        assert(margin.effects[1].effect == "markup_percent" and margin.effects[1].party == "marketplace")
        local after = margin.effects[1].after
        assert(after == tiwizi.money("166.75"), "after the margin: " .. tostring(after))
      end,
    },
    {
      name = "a price halfway between two half-dirhams is rounded up",
      sku = "AKN-FIG", at = "2026-04-01T10:00",
      -- 65,00 + 15 % = 74,75, halfway between 74,50 and 75,00.
      expect = {price = "75.00", applied = {"margin", "round-050"}},
    },
    {
      name = "below 100 DH there is no 9,90 ending",
      sku = "TAF-AML", at = "2026-04-01T10:00",
      -- 68,00 + 15 % = 78,20, rounded to 78,00.
      expect = {price = "78.00", applied = {"margin", "round-050"}, skipped = {["ending-990"] = "declined"}},
      check = function(r)
        local ending = step_of(r, "ending-990")
        assert(ending.reason.code == "declined" and ending.reason.text:find("78.00 is below 100.00", 1, true),
          ending.reason.text)
      end,
    },
    {
      name = "from exactly 100 DH the ending applies, even when it lands just below",
      sku = "AKN-ROUND", at = "2026-04-01T10:00",
      -- 86,96 + 15 % = 100,00: the nearest price ending in 9,90 is 99,90.
      expect = {price = "99.90", applied = {"margin", "round-050", "ending-990"}},
    },
    {
      name = "just below 100 DH the ending does not apply",
      sku = "AKN-UNDER", at = "2026-04-01T10:00",
      expect = {price = "99.50", applied = {"margin", "round-050"}, skipped = {["ending-990"] = "declined"}},
    },
    {
      name = "the VAT is the share of the final price its rate includes",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      -- 10 % included in 169,90 is 15,445, rounded half-up.
      expect = {price = "169.90", vat = "15.45"},
      check = function(r) assert(r.vat_rate == 10) end,
    },
    {
      name = "the standard VAT is 20 %",
      sku = "TAF-AML", at = "2026-04-01T10:00",
      expect = {price = "78.00", vat = "13.00"},
    },
    {
      name = "the producer's floor is a share of the list price",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      expect = {floor = "123.25", clamped = {}},
    },
    {
      name = "a cooperative without a floor has none",
      sku = "AKN-FIG", at = "2026-04-01T10:00",
      expect = {floor = false},
    },
    {
      name = "a product made to order is priced like any other",
      sku = "AKN-CARPET", at = "2026-04-01T10:00",
      expect = {price = "169.90", applied = {"margin", "round-050", "ending-990"}, skipped = {clearance = "declined"}},
    },
    {
      name = "a margin of 20 % set as a parameter",
      sku = "AKN-HALF", at = "2026-04-01T10:00",
      params = {["base-pricing"] = {margin = 20}},
      expect = {price = "60.00", applied = {"margin", "round-050"}},
    },
    {
      name = "the default margin on the same product",
      sku = "AKN-HALF", at = "2026-04-01T10:00",
      expect = {price = "57.50", applied = {"margin", "round-050"}},
    },
    {
      name = "the 9,90 ending from a lower amount set as a parameter",
      sku = "AKN-HALF", at = "2026-04-01T10:00",
      params = {["base-pricing"] = {ending_from = "50.00"}},
      -- 57,50: the nearest price ending in 9,90 is 59,90.
      expect = {price = "59.90", applied = {"margin", "round-050", "ending-990"}},
    },
  },
}
