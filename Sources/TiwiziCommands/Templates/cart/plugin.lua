---@type RuleSet
return {
{{manifest}}
  phases = {"cart"},
  parameters = {
    from = {
      type = "integer", default = 3, min = 2, max = 100,
      description = {
        fr = "Les unités de produits alimentaires à partir desquelles la remise s'applique",
        ar = "عدد وحدات المنتجات الغذائية الذي يبدأ منه التخفيض",
      },
    },
  },
  -- Its rules (docs/rules.md); its tests, in the _test.lua file beside it, run with `tiwizi test`.
  rules = {
    {
      name = "{{name}}",
      funded_by = "marketplace",
      cart = function(_, ctx)
        return {tier = "food", from = ctx:param("from"), percent_off = 10, note = "10 % off food from a quantity"}
      end,
    },
  },
}
