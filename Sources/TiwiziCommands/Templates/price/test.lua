local plugin = "{{name}}"

-- The tests of the plugin (Tiwizi's docs/rules.md, "Testing rule sets"): `tiwizi test` on its
-- folder imports the fixtures into a catalog of their own and runs each test with the plugin alone.
---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {{id = "coop-a"}},
    products = {
      {sku = "FOOD-1", category = "food.honey", price = "100.00"},
      {sku = "CRAFT-1", category = "craft.pottery", price = "100.00"},
    },
  },
  tests = {
    {name = "food gets the discount", sku = "FOOD-1", expect = {price = "90.00", applied = {plugin}}},
    {name = "other products keep their price", sku = "CRAFT-1",
     expect = {price = "100.00", skipped = {[plugin] = "declined"}}},
    {name = "the discount follows its parameter", sku = "FOOD-1", matrix = {[plugin] = {discount = {0, 15, 30}}},
     check = function(r, params)
       assert(r.price == r.list_price - r.list_price:percent(params[plugin].discount), tostring(r.price))
     end},
  },
}
