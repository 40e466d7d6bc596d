-- The labels of the ESS marketplace: women-led cooperatives, valid certifications, UNESCO
-- know-how, made to order, and the share of the price that goes to the cooperative.
local ess = require("lib.ess")

---@type RuleSet
return {
  name = "ess-labels",
  version = "1.0.0",
  api = ">=2.1, <3",
  author = "Tiwizi",
  description = {fr = "Étiquettes de l'économie sociale et solidaire", ar = "ملصقات الاقتصاد الاجتماعي والتضامني"},
  labels = {
    ["women-led"] = {fr = "Coopérative féminine", ar = "تعاونية نسائية", en = "Women-led cooperative"},
    certified = {fr = "{scheme}", ar = "{scheme_ar}"},
    unesco = {fr = "Savoir-faire inscrit à l'UNESCO", ar = "معرفة مسجلة لدى اليونسكو", en = "UNESCO-listed know-how"},
    ["made-to-order"] = {fr = "Fait à la commande, prêt en {days} jours", ar = "يصنع حسب الطلب، جاهز خلال {days} يوما"},
    ["producer-share"] = {
      fr = "{share} % de ce prix revient à la coopérative",
      ar = "{share}٪ من هذا السعر يعود إلى التعاونية",
      en = "{share} % of this price goes to the cooperative",
    },
  },
  rules = {
    {
      name = "women-led",
      label = function(p)
        local coop = p.cooperative
        if not ess.women_led(coop) then
          return nil, coop.women .. " women among " .. coop.members .. " members"
        end
        return {label = "women-led"}
      end,
    },
    {
      name = "certified",
      label = function(p)
        local labels = {}
        for _, c in ipairs(p.certificates) do
          if ess.covers(c, p) then
            local names = {scheme = c.scheme.name, scheme_ar = c.scheme.names.ar}
            labels[#labels + 1] = {label = "certified", values = names}
          end
        end
        if #labels == 0 then return nil, "no certificate valid for this product" end
        return labels
      end,
    },
    {
      name = "unesco",
      label = function(p)
        for _, k in ipairs(p.know_how) do
          if k.heritage == "unesco" then return {label = "unesco"} end
        end
        return nil, "no UNESCO-listed know-how"
      end,
    },
    {
      name = "made-to-order",
      label = function(p)
        if not p.made_to_order then return nil, "in stock" end
        return {label = "made-to-order", values = {days = p.lead_days}}
      end,
    },
    {
      name = "producer-share",
      label = function(_, ctx)
        local share = ctx.producer_share
        if not share then return nil, "free product" end
        -- With an event paying part of the price, the cooperative can receive more than the buyer pays.
        return {label = "producer-share", values = {share = math.min(100, math.floor(share))}}
      end,
    },
  },
}
