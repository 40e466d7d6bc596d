-- Tests of promotions/assises-ess.lua: the conference's 15 % and its 20 % for women-led
-- cooperatives, the best of the two, from 18 to 22 March 2026, funded by the event.

--- The text of the label `id` the result holds in `language`, or nil.
---@param r RuleTestResult
local function label_text(r, id, language)
  for _, label in ipairs(r.labels) do
    if label.id == id then return label.text[language] end
  end
end

---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {
      {id = "tafoukt", members = 10, women = 5},
      {id = "aknari", members = 10, women = 4},
    },
    products = {
      {sku = "TAF-OIL", cooperative = "tafoukt", category = "food.oil.argan", price = "145.00"},
      {sku = "AKN-OIL", cooperative = "aknari", category = "food.oil.argan", price = "145.00"},
    },
  },
  tests = {
    {
      name = "a women-led cooperative gets the 20 %, which wins the group",
      sku = "TAF-OIL", at = "2026-03-20T09:00",
      -- 166,75 − 20 % = 133,40 (the 15 % would leave 141,74), rounded to 133,50, then 129,90.
      expect = {
        price = "129.90", producer = "145.00",
        applied = {"margin", "assises-women-20", "round-050", "ending-990"},
        skipped = {["assises-15"] = "lostBestOf"},
        labels = {"assises", "women-led", "producer-share"},
      },
      check = function(r)
        -- The event pays the discount: its share is negative, the cooperative's untouched.
        assert(r.shares.event == -tiwizi.money("33.35"), tostring(r.shares.event))
        assert(r.shares.cooperative + r.shares.marketplace + r.shares.event == r.price)
        assert(label_text(r, "assises", "fr") == "-20 % Assises ESS", label_text(r, "assises", "fr"))
      end,
    },
    {
      name = "a cooperative with fewer women than half gets the 15 %",
      sku = "AKN-OIL", at = "2026-03-20T09:00",
      -- 166,75 − 15 % = 141,74, rounded to 141,50, then 139,90.
      expect = {
        price = "139.90", applied = {"margin", "assises-15", "round-050", "ending-990"},
        skipped = {["assises-women-20"] = "declined"}, labels = {"assises", "producer-share"},
      },
      check = function(r) assert(label_text(r, "assises", "en") == "-15 % ESS conference") end,
    },
    {
      name = "the first day of the conference is inside the window",
      sku = "TAF-OIL", at = "2026-03-18T00:00",
      expect = {applied = {"margin", "assises-women-20", "round-050", "ending-990"}},
    },
    {
      name = "the last day of the conference is inside the window",
      sku = "TAF-OIL", at = "2026-03-22T23:59",
      expect = {applied = {"margin", "assises-women-20", "round-050", "ending-990"}},
    },
    {
      name = "the day before, the conference's rules are outside their window",
      sku = "TAF-OIL", at = "2026-03-17T23:59",
      expect = {
        price = "169.90", applied = {"margin", "round-050", "ending-990"},
        skipped = {["assises-15"] = "outsideWindow", ["assises-women-20"] = "outsideWindow"},
        labels = {"women-led", "producer-share"},
      },
    },
    {
      name = "the day after, the conference's rules are outside their window",
      sku = "AKN-OIL", at = "2026-03-23T00:00",
      expect = {
        price = "169.90", skipped = {["assises-15"] = "outsideWindow", ["assises-women-20"] = "outsideWindow"},
        labels = {"producer-share"},
      },
    },
    {
      name = "a general discount set above the women's one wins the group",
      sku = "TAF-OIL", at = "2026-03-20T09:00",
      params = {["assises-ess"] = {discount = 25}},
      -- 166,75 − 25 % = 125,06, rounded to 125,00, then 129,90.
      expect = {
        price = "129.90", applied = {"margin", "assises-15", "round-050", "ending-990"},
        skipped = {["assises-women-20"] = "lostBestOf"},
      },
      check = function(r) assert(label_text(r, "assises", "fr") == "-25 % Assises ESS") end,
    },
    {
      -- assises-women-20 declares before = assises-15: on a tie it is first, so it wins.
      name = "on a tie, the first rule of the group in the resolved order wins",
      sku = "TAF-OIL", at = "2026-03-20T09:00",
      params = {["assises-ess"] = {discount = 20}},
      expect = {
        price = "129.90", applied = {"margin", "assises-women-20", "round-050", "ending-990"},
        skipped = {["assises-15"] = "lostBestOf"},
      },
    },
  },
}
