---@type RuleSet
return {
{{manifest}}
  phases = {"price"},
  parameters = {
    discount = {
      type = "percentage", default = 10, min = 0, max = 30,
      description = {fr = "La remise sur les produits alimentaires", ar = "التخفيض على المنتجات الغذائية"},
    },
  },
  -- Its rules (docs/rules.md); its tests, in the _test.lua file beside it, run with `tiwizi test`.
  rules = {
    {
      name = "{{name}}",
      funded_by = "marketplace",
      price = function(p, ctx)
        if not p:in_category("food") then return nil, "not food: " .. p.category end
        return {percent_off = ctx:param("discount"), note = "a discount on food"}
      end,
    },
  },
}
