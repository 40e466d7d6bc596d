-- Base pricing of the marketplace: its margin on the cooperative's list price, then cash
-- rounding to 0,50 DH, then prices from 100 DH ending in 9,90 DH (docs/rules.md).

---@type RuleSet
return {
  name = "base-pricing",
  version = "1.0.0",
  api = ">=2.1, <3",
  author = "Tiwizi",
  description = {
    fr = "Marge du marché, arrondi à 0,50 DH et prix en 9,90 DH à partir de 100 DH",
    ar = "هامش السوق، التقريب إلى 0,50 درهم، وأسعار تنتهي بـ 9,90 درهم ابتداءً من 100 درهم",
  },
  parameters = {
    margin = {
      type = "percentage", default = 15, min = 0, max = 100,
      description = {fr = "Marge du marché sur le prix catalogue", ar = "هامش السوق على سعر الكتالوج"},
    },
    ending_from = {
      type = "money", default = "100.00", min = "0.00",
      description = {
        fr = "Prix à partir duquel les prix finissent en 9,90 DH",
        ar = "السعر الذي تنتهي بعده الأسعار بـ 9,90 درهم",
      },
    },
  },
  rules = {
    {
      name = "margin",
      priority = 100,
      funded_by = "marketplace",
      price = function(_, ctx)
        return {markup_percent = ctx:param("margin"), note = "marge du marché"}
      end,
    },
    {
      -- Discounts (priority 50) come between the margin and the roundings.
      name = "round-050",
      priority = 10,
      price = function()
        return {round = "0.50", mode = "half-up"}
      end,
    },
    {
      name = "ending-990",
      after = "round-050",
      price = function(_, ctx)
        local from = ctx:param("ending_from")
        if ctx.price < from then
          return nil, "price " .. ctx.price.amount .. " is below " .. from.amount
        end
        return {ending = "9.90", step = "10.00", mode = "half-up"}
      end,
    },
  },
}
