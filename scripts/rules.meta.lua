---@meta rules
-- LuaCATS annotations of a Tiwizi rule set (docs/rules.md): the table a file under pricing/,
-- labels/ or promotions/ returns. Write `---@type RuleSet` above it for completion and checks.
-- Nothing here runs; a test ties these fields to the ones Tiwizi reads.

---@alias RuleStacking
---| "stack"     # applies on the amount the rules before it left (the default)
---| "exclusive" # applies alone
---| "best_of"   # only the best rule of its `group` applies
---| "stop"      # no later rule of the phase applies

---@alias RuleFunder "cooperative"|"marketplace"|"event"

---@alias RuleParameterType "integer"|"money"|"percentage"|"date"|"string"|"boolean"

---A parameter a rule set reads.
---@class RuleParameter
---@field type RuleParameterType
---@field default? string|integer|boolean The value when none is given.
---@field description? string|table<Language, string> Text, or texts by language.

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
---@field price? function The function of the price phase.
---@field label? function The function of the label phase.
---@field cart? function The function of the cart phase.

---What a rule-set file returns.
---@class RuleSet
---@field name string Unique among the loaded rule sets.
---@field version string The rule set's version, e.g. "1.0.0".
---@field api string The Lua API it needs, "major.minor": the same major, at least this minor.
---@field description? string|table<Language, string> Text, or texts by language.
---@field parameters? table<string, RuleParameter> Named parameters.
---@field rules Rule[] Its rules.
