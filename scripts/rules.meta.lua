---@meta rules
-- LuaCATS annotations of a Tiwizi plugin (docs/plugins.md, docs/rules.md): the table a
-- plugin's plugin.lua, or a file under pricing/, labels/ or promotions/, returns. Write `---@type RuleSet` above it for completion and checks.
-- Nothing here runs; a test ties these fields to the ones Tiwizi reads.

---@alias RuleStacking
---| "stack"     # applies on the amount the rules before it left (the default)
---| "exclusive" # applies alone
---| "best_of"   # only the best rule of its `group` applies
---| "stop"      # no later rule of the phase applies

---@alias RuleFunder "cooperative"|"marketplace"|"event"

---@alias RuleParameterType "integer"|"money"|"percentage"|"date"|"datetime"|"string"|"boolean"|"enum"|"sku_list"|"category"|"region"

---@alias RulePhase "price"|"label"|"cart"

---A parameter a plugin reads.
---@class RuleParameter
---@field type RuleParameterType
---@field default? string|integer|number|boolean|string[] The value when none is configured.
---@field min? string|integer|number The least value (integer, money, percentage, date, datetime).
---@field max? string|integer|number The greatest value (integer, money, percentage, date, datetime).
---@field values? string[] The values of an "enum" parameter.
---@field description table<Language, string> Texts by language: fr and ar at least.

---One rule.
---@class Rule
---@field name string Unique among all loaded rules.
---@field priority? integer Higher priorities apply first (0 by default).
---@field before? string|string[] Rules this one applies before, whatever the priorities.
---@field after? string|string[] Rules this one applies after, whatever the priorities.
---@field stacking? RuleStacking How the rule combines with the others ("stack" by default).
---@field group? string The group of a "best_of" rule.
---@field valid_from? string The first day the rule applies, YYYY-MM-DD.
---@field valid_until? string The last day the rule applies, YYYY-MM-DD.
---@field funded_by? RuleFunder Who pays for what the rule takes off.
---@field coupon? string|RuleCoupon The code a buyer must give for this cart rule to apply.
---@field price? fun(product: Product, ctx: RuleContext): (PriceEffect|PriceEffect[]|nil), string? The price phase: effects, or nil and why not.
---@field label? fun(product: Product, ctx: RuleContext): (LabelEffect|LabelEffect[]|nil), string? The label phase, on the final price.
---@field cart? fun(cart: Cart, ctx: RuleContext): (CartEffect|CartEffect[]|nil), string? The cart phase.

---A coupon code and its usage caps.
---@class RuleCoupon
---@field code string Not case-sensitive.
---@field max_uses? integer How many orders may redeem it in all.
---@field max_per_customer? integer How many orders of one customer may redeem it.

---What a cart function returns: one of the effect keys, with its fields (docs/rules.md, "Cart effects").
---@class CartEffect
---@field tier? string|string[] A quantity tier on a category or SKUs (with `from` and one of the discounts).
---@field from? integer The units from which the tier applies.
---@field units? "all"|"above" Whether the tier applies to every unit or only from the `from`-th ("all").
---@field unit_price? Money|string The tier's price of a unit.
---@field buy? integer Buy this many…
---@field get? integer …get this many at `percent_off` (100 by default).
---@field items? string|string[] The category or SKUs of a multi-buy.
---@field discounted? "cheapest"|"most_expensive" Which units a multi-buy discounts ("cheapest").
---@field max_occurrences? integer How many times a multi-buy or a bundle repeats (unlimited by default).
---@field bundle? string[] The SKUs of a bundle (with `price` or `percent_off`).
---@field price? Money|string A bundle's price.
---@field order_percent_off? number|string A percentage off the order.
---@field order_amount_off? Money|string An amount off the order.
---@field min_amount? Money|string The order's minimum for an order discount.
---@field percent_off? number|string A tier's, a multi-buy's or a bundle's percentage off.
---@field amount_off? Money|string A tier's amount off each unit.
---@field note? string Words shown with the effect in explanations.

---A cart as a cart rule sees it.
---@class Cart
---@field lines CartLine[] In SKU order.
---@field subtotal Money What the cart costs so far.
---@field customer string? Who buys.
---@field coupons string[] The codes given, in upper case.
local Cart = {}

---How many units of a category or of SKUs the cart holds.
---@param items string|string[]
---@return integer
function Cart:quantity(items) end

---Whether the buyer gave `code`.
---@param code string
---@return boolean
function Cart:has_coupon(code) end

---One line of a cart.
---@class CartLine
---@field sku string
---@field quantity integer
---@field product Product
---@field unit_price Money One unit after the product rules.
---@field total Money The line after the cart rules before this one.

---What a plugin's file returns: its manifest and its rules.
---@class RuleSet
---@field name string Unique among the loaded plugins.
---@field version string Its semantic version, e.g. "1.0.0".
---@field api string The Lua API versions it works with: ">=2.1, <3", or "2.1" (the same major, at least this minor).
---@field description table<Language, string> What it does: fr and ar at least.
---@field author? string Who wrote it.
---@field phases? RulePhase[] The phases its rules take part in (checked against its rules).
---@field parameters? table<string, RuleParameter> Named parameters.
---@field labels? table<string, string|table<Language, string>> The labels its rules give, by name; `{name}` is filled from the effect's values.
---@field rules Rule[] Its rules.

---What a price function returns: one of the effect keys, with its fields (docs/rules.md, "Effects").
---@class PriceEffect
---@field percent_off? number|string A percentage off the current price, e.g. 15 or 12.5.
---@field amount_off? Money|string An amount off, e.g. "5.00".
---@field set_price? Money|string A new price, not above the current one.
---@field markup_percent? number|string A percentage added to the current price.
---@field markup? Money|string An amount added.
---@field round? Money|string Round the price to a multiple of this step, e.g. "0.50".
---@field ending? Money|string Give the price this ending, e.g. "9.90" (with `step`).
---@field commission_percent? number|string Move this share of the price from the cooperative to the marketplace.
---@field mode? RoundingMode How `round` and `ending` choose ("half-up" by default).
---@field step? Money|string The step of an `ending`, e.g. "10.00".
---@field note? string Words shown with the effect in explanations.

---What a label function returns.
---@class LabelEffect
---@field label string A label the rule set declares in `labels`.
---@field values? table<string, string|number> Values for the `{name}` placeholders of its text.
---@field note? string Words shown in explanations.

---What a rule's function receives besides the product. Read-only.
---@class RuleContext
---@field phase "price"|"label"|"cart"
---@field price Money The price the rules before left (in the label phase: the final price).
---@field list_price Money The cooperative's list price.
---@field producer Money What the cooperative receives so far.
---@field producer_share number? The cooperative's share of the price in percent (two decimals, rounded down).
---@field floor Money? The least the cooperative receives per unit, if it declared one.
---@field today Date The run's day (`--at`), never the clock.
---@field now DateTime The run's date-time.
local RuleContext = {}

---The value of a parameter of the rule's rule set, of its declared type.
---@param name string
---@return integer|Money|number|Date|DateTime|string|boolean|string[]|Region
function RuleContext:param(name) end

---In the label phase: whether rule `name` changed this product's price.
---@param name string
---@return boolean
function RuleContext:applied(name) end

-- Rule-set tests (docs/rules.md, "Testing rule sets"): the table a `*_test.lua` file returns.
-- Write `---@type RuleTestFile` above it.

---The catalog a test file's tests run on, built in a temporary catalog and checked as an import
---checks it. Each record has the fields of the catalog's documents (docs/catalog-format.md);
---what a test leaves out takes a default.
---@class RuleTestFixtures
---@field schemes? table[] Certification schemes; `kind` "collective-mark" by default.
---@field know_how? table[] Know-how; `craft_family` "food-processing", `regions` {"MA-09"} by default.
---@field cooperatives? table[] Cooperatives; `members = 12, women = 8` may stand for `members = {total = 12, women = 8}`.
---@field products? table[] Products; the first cooperative's, 100.00 MAD, a stock of 10 by default.

---What a test expects of the product it prices. Amounts are text ("169.90") or Money.
---@class RuleTestExpect
---@field price? string|Money The final price.
---@field list_price? string|Money The cooperative's list price.
---@field producer? string|Money What the cooperative receives.
---@field producer_share? string|number|false Its share of the price in percent, "85.63"; false for none.
---@field floor? string|Money|false The producer's floor per unit; false for none.
---@field vat? string|Money The VAT the price includes.
---@field applied? string[] The price rules that applied, exactly, in order.
---@field skipped? table<string, SkipReasonCode> Rules that did not apply, with the reason code.
---@field labels? string[] The label ids earned, exactly, in any order.
---@field clamped? string[] The rules the producer's floor clamped, exactly, in order.

---@alias SkipReasonCode "outsideWindow"|"declined"|"stoppedBy"|"excludedBy"|"exclusiveAfter"|"lostBestOf"|"groupTakenBy"|"failed"
---@alias CartSkipReasonCode SkipReasonCode|"tierShort"|"multiBuyShort"|"bundleIncomplete"|"bundleNoSaving"|"orderShort"|"couponNotGiven"|"couponCapReached"|"couponCustomerCapReached"|"couponNeedsCustomer"

---What a cart test expects of its quote. Amounts are text ("169.90") or Money.
---@class RuleTestCartExpect
---@field subtotal? string|Money The lines before the cart rules.
---@field discount? string|Money What the cart rules took off.
---@field total? string|Money What the buyer pays.
---@field vat? string|Money The VAT the total includes, all rates together.
---@field producers? string|Money What the cooperatives receive.
---@field lines? table<string, string|Money|RuleTestLineExpect> By SKU: the line's total, or some of its amounts.
---@field applied? string[] The cart rules that applied, exactly, in order.
---@field skipped? table<string, CartSkipReasonCode> Cart rules that did not apply, with the reason code.
---@field redeemed? string[] The coupon codes redeemed, exactly, in any order.

---The amounts of one line of a cart test's quote.
---@class RuleTestLineExpect
---@field unit_price? string|Money One unit after the product rules.
---@field subtotal? string|Money The unit price × the quantity.
---@field discount? string|Money What the cart rules took off the line.
---@field total? string|Money The line after the cart rules.
---@field vat? string|Money The VAT the line's total includes.
---@field producer? string|Money What the line's cooperative receives.

---How often a coupon code was redeemed before a cart test.
---@class RuleTestRedeemed
---@field total? integer By everyone (by default `by_customer`, else 0).
---@field by_customer? integer By the test's customer, among the `total`.

---One line of a cart test's cart, as in a cart file.
---@class RuleTestCartLine
---@field sku string A fixture product.
---@field quantity integer From 1 to 100000.

---One test.
---@class RuleTest
---@field name string Unique in its file.
---@field sku? string The fixture product the test prices (or `cart`).
---@field cart? RuleTestCartLine[] The cart the test quotes (or `sku`).
---@field coupons? string[] A cart test's coupon codes.
---@field customer? string A cart test's customer (for coupons capped per customer).
---@field redeemed? table<string, RuleTestRedeemed> A cart test's earlier redemptions, by code.
---@field at? string The moment, "2026-03-20T09:00" (Africa/Casablanca); else `--at`, else now.
---@field params? table<string, table<string, string|integer|number|boolean>> Parameter values by rule set.
---@field matrix? table<string, table<string, (string|integer|number|boolean)[]>> Lists of parameter values by rule set: the test runs once per combination.
---@field expect? RuleTestExpect|RuleTestCartExpect What the result must be.
---@field check? fun(r: RuleTestResult|RuleTestQuote, params: table<string, table<string, any>>) Raises an error (`assert`) when the result is wrong; `params` holds the run's parameter values by rule set, as `ctx:param` gives them.

---What a test file returns.
---@class RuleTestFile
---@field fixtures? RuleTestFixtures
---@field tests RuleTest[]

---What `check` receives: the priced product, read-only.
---@class RuleTestResult
---@field sku string
---@field price Money The final price.
---@field list_price Money
---@field producer Money What the cooperative receives.
---@field floor Money? The producer's floor per unit.
---@field shares {cooperative: Money, marketplace: Money, event: Money} Who receives what; they sum to the price.
---@field producer_share number? The cooperative's share in percent (two decimals, rounded down).
---@field vat_rate integer
---@field vat Money
---@field applied string[] The price rules that applied, in order.
---@field clamped string[] The rules the producer's floor clamped.
---@field labels {id: string, rule: string, text: table<Language, string>}[]
---@field steps {rule: string, set: string, location: string, phase: "price"|"label", outcome: "applied"|"labelled"|"skipped", reason: {code: SkipReasonCode, text: string}?, effects: table[]?, labels: string[]?}[] Every rule considered.

---What a cart test's `check` receives: the quote as `tiwizi quote --json --explain` prints it,
---read-only, amounts as Money (docs/rules.md, "Pricing a cart").
---@class RuleTestQuote
---@field customer string?
---@field coupons string[]? The codes given, in upper case.
---@field at string The moment, "2026-04-01T10:00:00+01:00".
---@field currency string
---@field lines {sku: string, quantity: integer, unit_price: Money, subtotal: Money, discounts: {rule: string, amount: Money}[]?, total: Money, shares: {cooperative: Money, marketplace: Money, event: Money}, vat_rate: integer, vat: Money, labels: table[]?, unit: table}[] In SKU order.
---@field subtotal Money
---@field discount Money
---@field total Money
---@field vat {rate: integer, amount: Money}[] By rate, in increasing order.
---@field producers Money
---@field redeemed string[]?
---@field rule_set_hash string
---@field event string? The event whose configuration priced it.
---@field parameters table<string, table<string, string>> Each plugin's parameter values, as `tiwizi plugins set` takes them.
---@field steps {rule: string, set: string, location: string, outcome: "applied"|"skipped", reason: {code: CartSkipReasonCode, text: string}?, effects: {effect: string, party: string, before: Money, after: Money, occurrences: integer, lines: {sku: string, units: integer, amount: Money, clamp: table?}[], note: string?}[]?}[] Every cart rule considered.
