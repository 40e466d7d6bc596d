-- Cart promotions of the marketplace: a quantity tier on honey, a discovery bundle of argan
-- oil, amlou and thyme honey, and a coupon for the year of the national ESS conference.

---@type RuleSet
return {
  name = "cart-promotions",
  version = "1.0.0",
  api = ">=2.1, <3",
  author = "Tiwizi",
  description = {
    fr = "Palier sur le miel, lot découverte et code promo ESS2026",
    ar = "تخفيض حسب الكمية على العسل، علبة الاكتشاف ورمز الترويج ESS2026",
  },
  parameters = {
    honey_from = {
      type = "integer", default = 3, min = 2, max = 100,
      description = {
        fr = "Pots de miel à partir desquels le palier s'applique",
        ar = "عدد أواني العسل التي يبدأ منها التخفيض",
      },
    },
    honey_discount = {
      type = "percentage", default = 10, min = 0, max = 50,
      description = {fr = "Remise du palier sur le miel", ar = "تخفيض الكمية على العسل"},
    },
    bundle_price = {
      type = "money", default = "349.00", min = "1.00",
      description = {fr = "Prix du lot découverte", ar = "سعر علبة الاكتشاف"},
    },
    coupon_discount = {
      type = "percentage", default = 10, min = 0, max = 30,
      description = {fr = "Remise du code ESS2026", ar = "تخفيض رمز ESS2026"},
    },
    coupon_minimum = {
      type = "money", default = "300.00", min = "0.00",
      description = {fr = "Commande minimale du code ESS2026", ar = "الحد الأدنى للطلب لرمز ESS2026"},
    },
  },
  rules = {
    {
      -- Every jar once the cart holds three, funded by the marketplace.
      name = "honey-tier",
      priority = 30,
      funded_by = "marketplace",
      cart = function(_, ctx)
        return {
          tier = "food.honey", from = ctx:param("honey_from"), percent_off = ctx:param("honey_discount"),
          units = "all", note = "palier miel",
        }
      end,
    },
    {
      name = "discovery-bundle",
      priority = 20,
      funded_by = "marketplace",
      cart = function(_, ctx)
        return {
          bundle = {"TAF-ARG-250", "TAF-AML-250", "TAM-THY-500"}, price = ctx:param("bundle_price"),
          note = "lot découverte du Souss et de l'Atlas",
        }
      end,
    },
    {
      name = "coupon-ess2026",
      priority = 10,
      funded_by = "marketplace",
      valid_from = "2026-01-01",
      valid_until = "2026-12-31",
      coupon = {code = "ESS2026", max_uses = 500, max_per_customer = 1},
      cart = function(_, ctx)
        return {
          order_percent_off = ctx:param("coupon_discount"), min_amount = ctx:param("coupon_minimum"),
          note = "code ESS2026",
        }
      end,
    },
  },
}
