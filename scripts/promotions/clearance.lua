-- A cooperative's own clearance: 20 % off products with a large stock, funded by the
-- cooperative, so its producer's floor limits it.

---@type RuleSet
return {
  name = "clearance",
  version = "1.0.0",
  api = ">=2.1, <3",
  author = "Tiwizi",
  description = {fr = "Déstockage financé par la coopérative", ar = "تصفية المخزون بتمويل من التعاونية"},
  parameters = {
    discount = {
      type = "percentage", default = 20, min = 0, max = 70,
      description = {fr = "Remise de déstockage", ar = "تخفيض تصفية المخزون"},
    },
    stock_from = {
      type = "integer", default = 100, min = 1,
      description = {fr = "Stock à partir duquel la remise s'applique", ar = "المخزون الذي يبدأ منه التخفيض"},
    },
  },
  rules = {
    {
      name = "clearance",
      priority = 40,
      funded_by = "cooperative",
      price = function(p, ctx)
        local from = ctx:param("stock_from")
        if not p.stock or p.stock < from then
          return nil, "stock " .. tostring(p.stock or "made to order") .. " is below " .. from
        end
        return {percent_off = ctx:param("discount"), note = "déstockage"}
      end,
    },
  },
}
