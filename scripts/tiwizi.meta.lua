---@meta tiwizi
-- LuaCATS annotations of the Tiwizi Lua API (version 2.1), for the Lua language server
-- (sumneko/LuaLS): completion, hover and type checks in editors. Nothing here runs: `tiwizi run`
-- provides the real `tiwizi` and `catalog` tables. Reference: docs/lua-api.md.
--
-- Editors pick this file up when the workspace includes `scripts/`; elsewhere add the folder to
-- the language server's `workspace.library`, and set `runtime.version` to "Lua 5.4".

---A rounding mode. A method that rounds takes one; left out, it is "half-up" everywhere.
---@alias RoundingMode
---| "half-up"   # nearest; ties away from zero (commercial rounding)
---| "half-even" # nearest; ties to the even neighbour (banker's rounding)
---| "down"      # toward zero
---| "up"        # away from zero
---| "floor"     # toward negative infinity
---| "ceiling"   # toward positive infinity

---A language of names and formatted amounts.
---@alias Language
---| "fr"  # French
---| "ar"  # Arabic
---| "en"  # English
---| "zgh" # Standard Moroccan Tamazight

---@alias StockStatus "in-stock"|"out-of-stock"|"made-to-order"

---An amount given to a Money method: text such as "0.50", or Money of the same currency.
---@alias MoneyAmount string|Money

-- ---------------------------------------------------------------------------------------------
-- Values
-- ---------------------------------------------------------------------------------------------

---An amount of money: integer minor units and a currency, never a float. Amounts of different
---currencies never mix. Also `a == b`, `a < b`, `a <= b` and `n * m`.
---@class Money
---@field minor integer The amount in minor units: 14550 for 145.50 MAD.
---@field currency string ISO 4217 code, "MAD".
---@field amount string The plain decimal form, "145.50".
---@field is_zero boolean Whether the amount is zero.
---@operator add(Money): Money
---@operator sub(Money): Money
---@operator mul(integer): Money
---@operator unm: Money
---@operator concat(string|number|Money): string
local Money = {}

---`p` percent of the amount, rounded to a minor unit.
---@param p number|string A percentage with at most two decimals: 15, 12.5, "7.25".
---@param mode? RoundingMode Default "half-up".
---@return Money
function Money:percent(p, mode) end

---The amount × numerator ÷ denominator, exact, rounded once (unit prices, shares).
---@param numerator integer
---@param denominator integer
---@param mode? RoundingMode Default "half-up".
---@return Money
function Money:scale(numerator, denominator, mode) end

---The multiple of `step` chosen by `mode`: `price:round("0.50")`.
---@param step MoneyAmount
---@param mode? RoundingMode Default "half-up".
---@return Money
function Money:round(step, mode) end

---The price of the form k × step + ending chosen by `mode`: `price:ending("9.90", "10")`.
---@param ending MoneyAmount
---@param step MoneyAmount
---@param mode? RoundingMode Default "half-up".
---@return Money
function Money:ending(ending, step, mode) end

---Parts proportional to integer `ratios` that add up exactly to the amount.
---@param ratios integer[]
---@return Money[]
function Money:allocate(ratios) end

---The amount as people read it: "145,50 DH" (fr), "145,50 د.م." (ar), "MAD 145.50" (en).
---@param lang? Language Default "fr".
---@return string
function Money:format(lang) end

---A calendar day. Also `==`, `<`, `<=` between dates.
---@class Date
---@field year integer
---@field month integer 1–12.
---@field day integer 1–31.
---@field weekday integer ISO weekday: 1 is Monday, 7 is Sunday.
---@operator concat(string|number|Date): string
local Date = {}

---The day `n` days later (earlier when negative).
---@param n integer
---@return Date
function Date:add_days(n) end

---Days from this day to `other` (negative when `other` is earlier).
---@param other Date
---@return integer
function Date:days_until(other) end

---The run's date-time on a Casablanca clock (`tiwizi.now`).
---@class DateTime
---@field date Date
---@field hour integer 0–23.
---@field minute integer 0–59.
---@field second integer 0–59.
---@field zone string "Africa/Casablanca".
---@field utc_offset integer Offset from UTC in seconds (3600 or 0).
---@operator concat(string|number|DateTime): string

---A version of the API, `major.minor` (`tiwizi.api`, `tiwizi.version`). Also `==`, `<`, `<=`
---between versions; `tostring` gives "2.1".
---@class Version
---@field major integer Changes when a change may break scripts.
---@field minor integer Changes when the API only grows.
local Version = {}

---Whether this version is `major.minor` or later.
---@param major integer
---@param minor? integer Default 0.
---@return boolean
function Version:at_least(major, minor) end

---A text in several languages; `tostring` gives the French.
---@class Text
---@field fr string? French.
---@field ar string? Arabic.
---@field en string? English.
---@field zgh string? Standard Moroccan Tamazight (Tifinagh).

-- ---------------------------------------------------------------------------------------------
-- Catalog views (read-only)
-- ---------------------------------------------------------------------------------------------

---One of Morocco's twelve regions.
---@class Region
---@field code string ISO 3166-2 code, "MA-09".
---@field name string French name.
---@field names Text French and Arabic names.

---A product of a cooperative (read-only view).
---@class Product
---@field sku string Stock-keeping unit, "TAF-ARG-250".
---@field name string French name.
---@field names Text Name in every language it has.
---@field description string? French description.
---@field category string Category path, "food.oil.argan".
---@field quantity number Net quantity, in `unit`.
---@field unit "g"|"kg"|"ml"|"l"|"piece"
---@field price Money Price, VAT included.
---@field vat "standard"|"reduced-14"|"reduced-10"|"reduced-7"|"exempt"
---@field vat_rate integer VAT rate in percent.
---@field stock integer? Units in stock; nil when made to order.
---@field made_to_order boolean
---@field lead_days integer? Days to make it, when made to order.
---@field region Region? Origin region, else the cooperative's region.
---@field origin_place string? Place of origin.
---@field cooperative_id string
---@field cooperative Cooperative The producing cooperative.
---@field allergens string[]
---@field certificates Certificate[] Every certificate, valid or not.
---@field know_how KnowHow[] The know-how it shows.
---@field know_how_ids string[] Ids of the know-how it shows.
---@field producer_floor string? Its own producer floor as declared, "90 %" or "160.00"; nil when it follows its cooperative's.
---@field floor Money? The least the cooperative receives per unit (its own floor, else its cooperative's); nil when neither has one.
local Product = {}

---Whether the product is in category `path` or below it.
---@param path string A category path, "food.oil".
---@return boolean
function Product:in_category(path) end

---The product's certificate of scheme `scheme_id` valid on `day` (default `tiwizi.today`), or
---nil; a scheme id that names no scheme is an error.
---@param scheme_id string
---@param day? Date
---@return Certificate?
function Product:certificate(scheme_id, day) end

---A cooperative (read-only view).
---@class Cooperative
---@field id string "tafoukt-argan".
---@field name string French name.
---@field names Text Name in every language it has.
---@field legal_form "cooperative"|"union"|"association"|"gie"
---@field ice string Identifiant commun de l'entreprise (15 digits).
---@field founded Date
---@field region Region Region of its seat.
---@field province string?
---@field commune string?
---@field sector string? Main category path.
---@field members integer
---@field women integer Women members.
---@field youth integer Young members.
---@field women_percent integer? Share of women in percent, rounded half-up.
---@field phone string?
---@field email string?
---@field know_how KnowHow[] Its know-how.
---@field know_how_ids string[] Ids of its know-how.
---@field producer_floor string? The least share of each product's price it receives, "85 %".
local Cooperative = {}

---Its products, by SKU: `for p in coop:products() do … end`.
---@return fun(): Product?
function Cooperative:products() end

---A certificate held by a product (read-only view).
---@class Certificate
---@field scheme_id string
---@field scheme Scheme
---@field number string
---@field valid_from Date
---@field valid_until Date
local Certificate = {}

---Whether the certificate is valid on `day` (default `tiwizi.today`).
---@param day? Date
---@return boolean
function Certificate:is_valid(day) end

---A certification scheme: AOP, IGP, label (read-only view).
---@class Scheme
---@field id string "igp-argane".
---@field kind "aop"|"igp"|"label-agricole"|"organic"|"collective-mark"|"craft-label"|"fair-trade"
---@field name string French name.
---@field names Text
---@field categories string[] Category paths it may certify (empty: any).
---@field area Region[] Regions of its protected area (empty: any).

---Artisan know-how (read-only view).
---@class KnowHow
---@field id string "argan-oil-extraction".
---@field name string French name.
---@field names Text
---@field technique string? The technique, in French.
---@field craft_family string
---@field regions Region[] Regions where it is kept.
---@field heritage string? Heritage status, "unesco".
---@field heritage_year integer?
---@field artisans string[] Master artisans who consented to be named.

-- ---------------------------------------------------------------------------------------------
-- The libraries
-- ---------------------------------------------------------------------------------------------

---Criteria of `catalog.products` and `catalog.count`; all given criteria apply.
---@class ProductFilter
---@field cooperative string? Cooperative id (one that exists).
---@field region string? Region code: the product's origin region, else its cooperative's.
---@field category string? Category path; matches it and everything below it.
---@field certification string? Scheme id (one that exists); a certificate valid on `tiwizi.today` is required.
---@field stock StockStatus?
---@field search string? Words every one of which starts a word of a name, in any language.
---@field limit integer? At most that many products (the first by SKU).

---@class CooperativeFilter
---@field region string? Region code of the cooperative's seat.

---The run's context and the value constructors.
---@class TiwiziLib
---@field api Version The version of this API, 2.1.
---@field now DateTime The run's date-time (`--at`).
---@field today Date The run's day.
---@field params table<string, string> Every `--param key=value`.
tiwizi = {}

---A version to compare `tiwizi.api` with: `tiwizi.api >= tiwizi.version(2, 1)`.
---@param major integer
---@param minor? integer Default 0.
---@return Version
function tiwizi.version(major, minor) end

---The parameter `name`, or `default` when it was not given.
---@param name string
---@param default? any
---@return string|any
function tiwizi.param(name, default) end

---Money from text ("145.50", "1 450,00 DH") or a whole number of major units; never a float.
---Text that is not an amount raises: for text a person typed, use `tiwizi.parse_money`.
---@param amount string|integer
---@param currency? string ISO 4217 code, default "MAD".
---@return Money
function tiwizi.money(amount, currency) end

---The Money `text` is ("145,50 DH"), or nil and a message saying what is wrong with it.
---@param text string
---@param currency? string ISO 4217 code, default "MAD".
---@return Money? amount
---@return string? message
function tiwizi.parse_money(text, currency) end

---Money from integer minor units: `tiwizi.minor(14550)` is 145.50 MAD.
---@param units integer
---@param currency? string ISO 4217 code, default "MAD".
---@return Money
function tiwizi.minor(units, currency) end

---A day from "YYYY-MM-DD"; other text raises (for text a person typed, use `tiwizi.parse_date`).
---@param text string
---@return Date
function tiwizi.date(text) end

---The day `text` is ("YYYY-MM-DD"), or nil and a message saying what is wrong with it.
---@param text string
---@return Date? day
---@return string? message
function tiwizi.parse_date(text) end

---Writes one line to the run's log (standard error of `tiwizi run`, `log` with `--json`).
---@param ... any
function tiwizi.log(...) end

---Read-only queries over the catalog snapshot of the run.
---@class CatalogLib
catalog = {}

---The product with this SKU, or nil.
---@param sku string
---@return Product?
function catalog.product(sku) end

---The products the filter selects, by SKU: `for p in catalog.products{region = "MA-09"} do … end`.
---@param filter? ProductFilter
---@return fun(): Product?
function catalog.products(filter) end

---How many products `catalog.products(filter)` yields.
---@param filter? ProductFilter
---@return integer
function catalog.count(filter) end

---The cooperative with this id, or nil.
---@param id string
---@return Cooperative?
function catalog.cooperative(id) end

---The cooperatives, by id, optionally of one region.
---@param filter? CooperativeFilter
---@return fun(): Cooperative?
function catalog.cooperatives(filter) end

---The know-how with this id, or nil.
---@param id string
---@return KnowHow?
function catalog.know_how(id) end

---The certification scheme with this id, or nil.
---@param id string
---@return Scheme?
function catalog.scheme(id) end

---The region with this code ("MA-09", case-insensitive), or nil.
---@param code string
---@return Region?
function catalog.region(code) end

---The twelve regions, by code.
---@return Region[]
function catalog.regions() end
