local plugin = "{{name}}"

-- The tests of the plugin (Tiwizi's docs/rules.md, "Testing rule sets"): `tiwizi test` on its
-- folder imports the fixtures into a catalog of their own and runs each test with the plugin alone.
---@type RuleTestFile
return {
  fixtures = {
    cooperatives = {{id = "coop-a"}},
    products = {{sku = "LOW-1", price = "80.00"}, {sku = "HIGH-1", price = "150.00"}},
  },
  tests = {
    {name = "a price up to max_price gets the label", sku = "LOW-1", expect = {labels = {plugin}}},
    {name = "a higher price does not", sku = "HIGH-1", expect = {labels = {}, skipped = {[plugin] = "declined"}}},
    {name = "the label follows its parameter", sku = "LOW-1",
     matrix = {[plugin] = {max_price = {"50.00", "80.00", "120.00"}}},
     check = function(r, params)
       assert((#r.labels == 1) == (r.price <= params[plugin].max_price), #r.labels .. " labels")
     end},
  },
}
