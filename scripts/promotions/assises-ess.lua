-- Promotions of the national ESS conference (Assises nationales de l'économie sociale et
-- solidaire): funded by the event, the best of them applies.

---@type RuleSet
return {
  name = "assises-ess",
  version = "1.0.0",
  api = ">=2.1, <3",
  author = "Tiwizi",
  description = {
    fr = "Remises des Assises nationales de l'ESS, financées par l'événement",
    ar = "تخفيضات المناظرة الوطنية للاقتصاد الاجتماعي والتضامني، يمولها الحدث",
  },
  parameters = {
    discount = {
      type = "percentage", default = 15, min = 0, max = 50,
      description = {fr = "Remise de l'événement", ar = "تخفيض الحدث"},
    },
    women_discount = {
      type = "percentage", default = 20, min = 0, max = 50,
      description = {
        fr = "Remise sur les produits des coopératives féminines",
        ar = "تخفيض على منتجات التعاونيات النسائية",
      },
    },
  },
  labels = {
    assises = {
      fr = "-{percent} % Assises ESS",
      ar = "-{percent}٪ المناظرة الوطنية للاقتصاد الاجتماعي",
      en = "-{percent} % ESS conference",
    },
  },
  rules = {
    {
      name = "assises-15",
      priority = 50,
      stacking = "best_of",
      group = "assises",
      valid_from = "2026-03-18",
      valid_until = "2026-03-22",
      funded_by = "event",
      price = function(_, ctx)
        return {percent_off = ctx:param("discount"), note = "Assises nationales de l'ESS"}
      end,
      label = function(_, ctx)
        if not ctx:applied("assises-15") then return nil, "the event discount did not apply" end
        return {label = "assises", values = {percent = ctx:param("discount")}}
      end,
    },
    {
      name = "assises-women-20",
      priority = 50,
      -- Tried first: when both apply, the women's label takes the group (its price wins anyway).
      before = {"assises-15"},
      stacking = "best_of",
      group = "assises",
      valid_from = "2026-03-18",
      valid_until = "2026-03-22",
      funded_by = "event",
      price = function(p, ctx)
        local coop = p.cooperative
        if coop.women * 2 < coop.members then
          return nil, coop.women .. " women among " .. coop.members .. " members"
        end
        return {percent_off = ctx:param("women_discount"), note = "Assises : coopératives féminines"}
      end,
      label = function(_, ctx)
        if not ctx:applied("assises-women-20") then return nil, "the women's discount did not apply" end
        return {label = "assises", values = {percent = ctx:param("women_discount")}}
      end,
    },
  },
}
