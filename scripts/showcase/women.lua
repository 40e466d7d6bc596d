-- A curated showcase: the products of women's cooperatives (every member a woman), oils and
-- cosmetics first, then the rest of the pantry, each section with a heading and a blurb in
-- French and Arabic.
--
--   tiwizi showcase --curate scripts/showcase/women.lua --out showcase-women
assert(tiwizi.api.major == 2, "written for version 2 of the Tiwizi Lua API")

local oils, pantry = {}, {}
for coop in catalog.cooperatives() do
  if coop.members > 0 and coop.women == coop.members then
    for p in coop:products() do
      if p:in_category("food.oil") or p:in_category("cosmetics") then
        oils[#oils + 1] = p.sku
      else
        pantry[#pantry + 1] = p.sku
      end
    end
  end
end
table.sort(oils)
table.sort(pantry)

return {
  title = {
    fr = "Coopératives de femmes : le savoir-faire en partage",
    ar = "تعاونيات النساء: مهارات مشتركة",
  },
  intro = {
    fr = "Chaque produit de cette sélection vient d'une coopérative dont tous les membres sont des femmes.",
    ar = "كل منتج في هذه المختارات يأتي من تعاونية جميع أعضائها نساء.",
  },
  sections = {
    {
      heading = {fr = "Huiles et soins", ar = "الزيوت ومواد التجميل"},
      blurb = {
        fr = "L'argan et l'olive, pressés et conditionnés par les coopératives.",
        ar = "الأركان والزيتون، تعصرهما التعاونيات وتعبئهما.",
      },
      products = oils,
    },
    {
      heading = {fr = "Le garde-manger", ar = "المؤونة"},
      products = pantry,
    },
  },
}
