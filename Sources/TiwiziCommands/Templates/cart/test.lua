local plugin = "{{name}}"

-- The tests of the plugin (Tiwizi's docs/rules.md, "Testing rule sets"): `tiwizi test` on its
-- folder imports the fixtures into a catalog of their own and runs each test with the plugin alone.
---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {{id = "coop-a"}},
    products = {{sku = "FOOD-1", category = "food.honey", price = "100.00"}},
  },
  tests = {
    {name = "three units of food get 10 % off", cart = {{sku = "FOOD-1", quantity = 3}},
     expect = {subtotal = "300.00", discount = "30.00", total = "270.00", applied = {plugin}}},
    {name = "two units are short of the tier", cart = {{sku = "FOOD-1", quantity = 2}},
     expect = {discount = "0.00", skipped = {[plugin] = "tierShort"}}},
    {name = "the tier follows its parameter", cart = {{sku = "FOOD-1", quantity = 3}},
     matrix = {[plugin] = {from = {2, 3, 4}}},
     check = function(r, params)
       assert(r.discount.is_zero == (3 < params[plugin].from), "discount " .. r.discount.amount)
     end},
  },
}
