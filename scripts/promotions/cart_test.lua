-- Tests of promotions/cart.lua: the honey tier from three jars, the discovery bundle at 349,00 DH
-- and the coupon ESS2026 (10 % from 300,00 DH, during 2026, 500 uses, one per customer), priced
-- after pricing/base.lua: argan oil 145,00 → 169,90; amlou 80,00 → 92,00; thyme honey 120,00 →
-- 139,90; euphorbia honey 100,00 → 119,90. Honey is VAT-exempt, oil and amlou at 20 %.

--- The line of `sku` in the quote `r`.
---@param r RuleTestQuote
local function line(r, sku)
  for _, l in ipairs(r.lines) do
    if l.sku == sku then return l end
  end
  error("no line " .. sku)
end

--- The sum of `field` over the quote's lines, or over what each line got from the cart rules.
---@param r RuleTestQuote
local function sum(r, field)
  local total = tiwizi.money("0.00")
  for _, l in ipairs(r.lines) do
    if field == "discounts" then
      for _, d in ipairs(l.discounts or {}) do total = total + d.amount end
    else
      total = total + l[field]
    end
  end
  return total
end

--- Whether `reason` says `english` or `french`: reasons are in the language `tiwizi test` runs in.
local function says(reason, english, french)
  return reason.text == english or reason.text == french
end

local bundle = {
  {sku = "TAF-ARG-250", quantity = 1}, {sku = "TAF-AML-250", quantity = 1}, {sku = "TAM-THY-500", quantity = 1},
}

---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {{id = "tafoukt", members = 10, women = 5}, {id = "tamment", members = 10, women = 2}},
    products = {
      {sku = "TAF-ARG-250", cooperative = "tafoukt", category = "food.oil.argan", price = "145.00"},
      {sku = "TAF-AML-250", cooperative = "tafoukt", category = "food.spread.amlou", price = "80.00"},
      {sku = "TAM-THY-500", cooperative = "tamment", category = "food.honey.thyme", price = "120.00",
       vat = "exempt"},
      {sku = "TAM-EUP-500", cooperative = "tamment", category = "food.honey.euphorbia", price = "100.00",
       vat = "exempt"},
    },
  },
  tests = {
    {
      name = "three jars of honey reach the tier: 10 % off every jar",
      cart = {{sku = "TAM-THY-500", quantity = 2}, {sku = "TAM-EUP-500", quantity = 1}},
      at = "2026-04-01T10:00",
      -- 279,80 − 27,98 and 119,90 − 11,99: 39,97 off 399,70.
      expect = {
        subtotal = "399.70", discount = "39.97", total = "359.73", vat = "0.00",
        lines = {
          ["TAM-THY-500"] = "251.82",
          ["TAM-EUP-500"] = {unit_price = "119.90", discount = "11.99", total = "107.91"},
        },
        applied = {"honey-tier"},
        skipped = {["discovery-bundle"] = "bundleIncomplete", ["coupon-ess2026"] = "couponNotGiven"},
      },
      check = function(r)
        local step = r.steps[1]
        assert(step.rule == "honey-tier" and step.effects[1].effect == "tier" and step.effects[1].occurrences == 3)
        -- The marketplace funds it: the cooperative receives its whole share.
        assert(line(r, "TAM-THY-500").shares.cooperative == tiwizi.money("240.00"))
      end,
    },
    {
      name = "two jars of honey are one short of the tier",
      cart = {{sku = "TAM-THY-500", quantity = 1}, {sku = "TAM-EUP-500", quantity = 1}},
      at = "2026-04-01T10:00",
      expect = {total = "259.80", discount = "0.00", applied = {}, skipped = {["honey-tier"] = "tierShort"}},
      check = function(r)
        local reason = r.steps[1].reason
        assert(says(reason, "1 more unit of food.honey for the tier", "encore 1 unité de food.honey pour le palier"),
          reason.text)
      end,
    },
    {
      name = "argan oil, amlou and thyme honey make the discovery bundle at 349,00",
      cart = bundle, at = "2026-04-01T10:00",
      -- 401,80 − 349,00 = 52,80, spread in proportion to 169,90, 92,00 and 139,90.
      expect = {
        subtotal = "401.80", total = "349.00", discount = "52.80",
        lines = {["TAF-ARG-250"] = "147.57", ["TAF-AML-250"] = "79.91", ["TAM-THY-500"] = "121.52"},
        applied = {"discovery-bundle"}, skipped = {["honey-tier"] = "tierShort"},
      },
    },
    {
      name = "the bundle without its honey says what is missing",
      cart = {{sku = "TAF-ARG-250", quantity = 1}, {sku = "TAF-AML-250", quantity = 1}},
      at = "2026-04-01T10:00",
      expect = {total = "261.90", skipped = {["discovery-bundle"] = "bundleIncomplete"}},
      check = function(r)
        local reason = r.steps[2].reason
        assert(says(reason, "add TAM-THY-500 to complete the bundle", "ajoutez TAM-THY-500 pour compléter le lot"),
          reason.text)
      end,
    },
    {
      name = "ESS2026 takes 10 % off an order of 300,00 or more",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ess2026"}, customer = "amina",
      at = "2026-04-01T10:00",
      -- 339,80 − 33,98; the VAT at 20 % included in 305,82 is 50,97.
      expect = {
        total = "305.82", discount = "33.98", vat = "50.97", applied = {"coupon-ess2026"}, redeemed = {"ESS2026"},
        lines = {["TAF-ARG-250"] = {subtotal = "339.80", total = "305.82", vat = "50.97"}},
      },
    },
    {
      name = "ESS2026 does not apply below 300,00 and says how far the order is",
      cart = {{sku = "TAF-ARG-250", quantity = 1}, {sku = "TAF-AML-250", quantity = 1}}, coupons = {"ESS2026"},
      customer = "amina", at = "2026-04-01T10:00",
      expect = {total = "261.90", redeemed = {}, skipped = {["coupon-ess2026"] = "orderShort"}},
      check = function(r)
        -- The amount is formatted as on the terminal, with a no-break space.
        local reason = r.steps[3].reason
        assert(says(reason, "MAD\u{a0}38.10 more for the order discount",
          "encore 38,10\u{a0}DH pour la remise sur la commande"), reason.text)
      end,
    },
    {
      name = "ESS2026 is not valid before 2026",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, customer = "amina",
      at = "2025-12-31T23:59",
      expect = {total = "339.80", redeemed = {}, skipped = {["coupon-ess2026"] = "outsideWindow"}},
    },
    {
      name = "ESS2026 is valid from the first minute of 2026",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, customer = "amina",
      at = "2026-01-01T00:00",
      expect = {total = "305.82", redeemed = {"ESS2026"}},
    },
    {
      name = "ESS2026 is refused once it was redeemed 500 times",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, customer = "amina",
      redeemed = {ESS2026 = {total = 500}}, at = "2026-04-01T10:00",
      expect = {total = "339.80", redeemed = {}, skipped = {["coupon-ess2026"] = "couponCapReached"}},
    },
    {
      name = "ESS2026 still applies at its 500th redemption",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, customer = "amina",
      redeemed = {ESS2026 = {total = 499}}, at = "2026-04-01T10:00",
      expect = {total = "305.82", redeemed = {"ESS2026"}},
    },
    {
      name = "ESS2026 is refused to a customer who already redeemed it",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, customer = "amina",
      redeemed = {ESS2026 = {total = 3, by_customer = 1}}, at = "2026-04-01T10:00",
      expect = {total = "339.80", redeemed = {}, skipped = {["coupon-ess2026"] = "couponCustomerCapReached"}},
    },
    {
      name = "ESS2026 needs the customer, as it is limited per customer",
      cart = {{sku = "TAF-ARG-250", quantity = 2}}, coupons = {"ESS2026"}, at = "2026-04-01T10:00",
      expect = {total = "339.80", skipped = {["coupon-ess2026"] = "couponNeedsCustomer"}},
    },
    {
      name = "the tier, the bundle and the coupon together sum exactly",
      cart = {
        {sku = "TAM-THY-500", quantity = 2}, {sku = "TAF-ARG-250", quantity = 1},
        {sku = "TAF-AML-250", quantity = 1}, {sku = "TAM-EUP-500", quantity = 1},
      },
      coupons = {"ESS2026"}, customer = "amina", at = "2026-04-01T10:00",
      -- The tier takes 27,98 + 11,99 off the honey; the bundle prices one jar of thyme honey at
      -- 251,82 / 2 = 125,91, so it saves 387,81 − 349,00 = 38,81 (17,00 + 9,21 + 12,60); then the
      -- coupon takes 10 % of the 582,82 left, 58,28, spread over the four lines.
      expect = {
        subtotal = "661.60", discount = "137.06", total = "524.54", vat = "35.36", producers = "565.00",
        lines = {
          ["TAF-ARG-250"] = {discount = "32.29", total = "137.61", vat = "22.94"},
          ["TAF-AML-250"] = {discount = "17.49", total = "74.51", vat = "12.42"},
          ["TAM-THY-500"] = {discount = "64.50", total = "215.30", vat = "0.00"},
          ["TAM-EUP-500"] = {discount = "22.78", total = "97.12", producer = "100.00"},
        },
        applied = {"honey-tier", "discovery-bundle", "coupon-ess2026"}, redeemed = {"ESS2026"},
      },
      check = function(r)
        -- Each line's total is its subtotal less its discounts, and the lines make the cart.
        for _, l in ipairs(r.lines) do
          local taken = tiwizi.money("0.00")
          for _, d in ipairs(l.discounts or {}) do taken = taken + d.amount end
          assert(l.subtotal - taken == l.total, l.sku)
          assert(l.shares.cooperative + l.shares.marketplace + l.shares.event == l.total, l.sku)
        end
        assert(sum(r, "total") == r.total and sum(r, "subtotal") == r.subtotal)
        assert(sum(r, "discounts") == r.discount and r.subtotal - r.discount == r.total)
        -- What each promotion took off its lines is what it took off the cart.
        for _, step in ipairs(r.steps) do
          local effect = step.effects[1]
          local lines = tiwizi.money("0.00")
          for _, l in ipairs(effect.lines) do lines = lines + l.amount end
          assert(effect.before - effect.after == lines, step.rule)
        end
        assert(r.vat[1].rate == 0 and r.vat[2].rate == 20 and r.vat[1].amount == tiwizi.money("0.00"))
      end,
    },
  },
}
