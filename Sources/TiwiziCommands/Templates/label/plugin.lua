---@type RuleSet
return {
{{manifest}}
  phases = {"label"},
  parameters = {
    max_price = {
      type = "money", default = "100.00", min = "1.00", max = "10000.00",
      description = {fr = "Le prix le plus haut qui reçoit le label", ar = "أعلى سعر يحصل على الشارة"},
    },
  },
  -- The labels its rules give, in every language; `{max}` is filled from the effect's values.
  labels = {
    ["{{name}}"] = {
      fr = "Moins de {max} DH", ar = "أقل من {max} درهم", en = "Under {max} MAD",
    },
  },
  -- Its rules (docs/rules.md); its tests, in the _test.lua file beside it, run with `tiwizi test`.
  rules = {
    {
      name = "{{name}}",
      label = function(_, ctx)
        local max = ctx:param("max_price")
        if ctx.price > max then return nil, "the price is above " .. max.amount end
        return {label = "{{name}}", values = {max = max.amount}}
      end,
    },
  },
}
