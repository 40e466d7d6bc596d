-- Tests of labels/ess.lua: women-led cooperatives, certifications while valid, UNESCO know-how,
-- made to order, and the share of the price that goes to the cooperative.
--
-- A certificate for a product outside its scheme's area cannot be a fixture: the catalog refuses
-- it on import (docs/catalog-format.md, validation rule 13), so the area check of lib/ess.lua is
-- tested where it decides, on a product whose origin differs from its cooperative's seat.

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
    schemes = {
      {id = "igp-argane", kind = "igp", name = {fr = "IGP Argane", ar = "البيان الجغرافي المحمي أركان"},
       categories = {"food.oil.argan"}, area = {"MA-09", "MA-07"}},
      {id = "morocco-handmade", kind = "craft-label", name = {fr = "Morocco Handmade"}, categories = {"craft"}},
    },
    know_how = {
      {id = "argan-oil-extraction", craft_family = "oil-extraction", regions = {"MA-09"},
       heritage = {status = "unesco", year = 2014, title = "Argan, practices and know-how concerning the argan tree"}},
      {id = "safi-pottery", craft_family = "pottery", regions = {"MA-07"}},
    },
    cooperatives = {
      {id = "tafoukt", members = 10, women = 5},
      {id = "aknari", members = 10, women = 4},
      {id = "casa-argan", region = "MA-06", members = 12, women = 0},
    },
    products = {
      {sku = "TAF-OIL", cooperative = "tafoukt", category = "food.oil.argan", price = "145.00",
       know_how = {"argan-oil-extraction"},
       certificates = {{scheme = "igp-argane", number = "IGP-ARG-2025-0001",
                        valid_from = "2025-01-01", valid_until = "2026-12-31"}}},
      {sku = "AKN-OIL", cooperative = "aknari", category = "food.oil.argan", price = "145.00",
       certificates = {{scheme = "igp-argane", number = "IGP-ARG-2024-0002",
                        valid_from = "2024-01-01", valid_until = "2025-12-31"}}},
      {sku = "CAS-OIL", cooperative = "casa-argan", category = "food.oil.argan", price = "145.00",
       origin = {region = "MA-09", place = "Aït Baha"},
       certificates = {{scheme = "igp-argane", number = "IGP-ARG-2025-0003",
                        valid_from = "2025-01-01", valid_until = "2026-12-31"}}},
      {sku = "AKN-TAJINE", cooperative = "aknari", category = "craft.pottery", price = "240.00",
       made_to_order = {lead_days = 21}, know_how = {"safi-pottery"},
       certificates = {{scheme = "morocco-handmade", number = "MHM-2025-0004",
                        valid_from = "2025-03-01", valid_until = "2028-02-29"}}},
      {sku = "AKN-SAMPLE", cooperative = "aknari", price = "0.00"},
    },
  },
  tests = {
    {
      name = "a cooperative with exactly half women is women-led",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      expect = {labels = {"women-led", "certified", "unesco", "producer-share"}},
      check = function(r)
        assert(label_text(r, "women-led", "fr") == "Coopérative féminine")
        assert(label_text(r, "certified", "fr") == "IGP Argane")
        assert(label_text(r, "certified", "ar") == "البيان الجغرافي المحمي أركان")
        -- 145,00 of 169,90 is 85,34 %: the label gives the whole percent.
        assert(label_text(r, "producer-share", "fr") == "85 % de ce prix revient à la coopérative",
          label_text(r, "producer-share", "fr"))
      end,
    },
    {
      name = "fewer women than half is not women-led; an expired certificate shows nothing",
      sku = "AKN-OIL", at = "2026-04-01T10:00",
      expect = {
        labels = {"producer-share"},
        skipped = {["women-led"] = "declined", certified = "declined", unesco = "declined"},
      },
    },
    {
      name = "a certificate shows on its first day of validity",
      sku = "TAF-OIL", at = "2025-01-01T00:00",
      expect = {labels = {"women-led", "certified", "unesco", "producer-share"}},
    },
    {
      name = "a certificate does not show the day before it is valid",
      sku = "TAF-OIL", at = "2024-12-31T23:59",
      expect = {labels = {"women-led", "unesco", "producer-share"}, skipped = {certified = "declined"}},
    },
    {
      name = "a certificate shows on its last day of validity",
      sku = "TAF-OIL", at = "2026-12-31T23:59",
      expect = {labels = {"women-led", "certified", "unesco", "producer-share"}},
    },
    {
      name = "a certificate does not show once it has expired",
      sku = "TAF-OIL", at = "2027-01-01T00:00",
      expect = {labels = {"women-led", "unesco", "producer-share"}, skipped = {certified = "declined"}},
    },
    {
      name = "an area scheme's certificate shows when the product's origin is in the area, whatever the seat",
      sku = "CAS-OIL", at = "2026-04-01T10:00",
      expect = {labels = {"certified", "producer-share"}},
    },
    {
      name = "a scheme for crafts certifies a craft; know-how that is not UNESCO-listed gives no label",
      sku = "AKN-TAJINE", at = "2026-04-01T10:00",
      expect = {labels = {"certified", "made-to-order", "producer-share"}, skipped = {unesco = "declined"}},
      check = function(r) assert(label_text(r, "certified", "fr") == "Morocco Handmade") end,
    },
    {
      name = "a product made to order says when it is ready",
      sku = "AKN-TAJINE", at = "2026-04-01T10:00",
      check = function(r)
        assert(label_text(r, "made-to-order", "fr") == "Fait à la commande, prêt en 21 jours",
          label_text(r, "made-to-order", "fr"))
      end,
    },
    {
      name = "a product in stock is not made to order",
      sku = "TAF-OIL", at = "2026-04-01T10:00",
      expect = {skipped = {["made-to-order"] = "declined"}},
    },
    {
      name = "when the event pays part of the price, the share label says at most 100 %",
      sku = "TAF-OIL", at = "2026-03-20T09:00",
      expect = {price = "129.90", producer = "145.00", producer_share = "111.62"},
      check = function(r)
        assert(label_text(r, "producer-share", "en") == "100 % of this price goes to the cooperative",
          label_text(r, "producer-share", "en"))
      end,
    },
    {
      name = "a free product has no producer's share and no share label",
      sku = "AKN-SAMPLE", at = "2026-04-01T10:00",
      expect = {price = "0.00", producer_share = false, labels = {}, skipped = {["producer-share"] = "declined"}},
    },
  },
}
