-- Helpers the ESS rule sets share: who made a product and what its certificates cover.
local ess = {}

--- Whether at least half of the cooperative's members are women.
---@param coop Cooperative
function ess.women_led(coop)
  return coop.members > 0 and coop.women * 2 >= coop.members
end

--- Whether a certificate may be shown on a product: valid on the run's day, for one of its
--- scheme's categories, and, for a scheme tied to an area, made inside it.
---@param certificate Certificate
---@param product Product
function ess.covers(certificate, product)
  if not certificate:is_valid() then return false end
  local scheme = certificate.scheme
  local in_category = #scheme.categories == 0
  for _, category in ipairs(scheme.categories) do
    if product:in_category(category) then in_category = true end
  end
  if not in_category then return false end
  if #scheme.area == 0 then return true end
  local region = product.region
  for _, area in ipairs(scheme.area) do
    if region and area.code == region.code then return true end
  end
  return false
end

return ess
