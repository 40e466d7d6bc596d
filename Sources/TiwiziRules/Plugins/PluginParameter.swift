import LuaHost
import TiwiziCore

extension RuleSet {
    /// `given` read as the value of the parameter `name` (see `Parameter.value`).
    /// - Throws: `RuleProblem` for a parameter the rule set does not declare, or a value that
    ///   its parameter refuses.
    public func value(of name: String, given: LuaValue) throws(RuleProblem) -> ParameterValue {
        guard let parameter = parameters.first(where: { $0.name == name }) else {
            throw .unknownParameter(set: self.name, name: name, known: parameters.map(\.name))
        }
        return try parameter.value(given, set: self.name)
    }

    /// A parameter a plugin reads: its type, default, bounds, an enum's values, and what it means.
    public struct Parameter: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            case integer, money, percentage, date
            case dateTime = "datetime"
            case string, boolean
            case enumeration = "enum"
            case skuList = "sku_list"
            case category, region

            /// Whether values of the kind are ordered, so that `min` and `max` apply.
            public var isOrdered: Bool { [.integer, .money, .percentage, .date, .dateTime].contains(self) }
        }

        public let name: String
        public let kind: Kind
        /// The value when none is configured, of the parameter's type.
        public let defaultValue: ParameterValue?
        public let description: LocalizedText?
        /// The least and the greatest value allowed (ordered kinds only), inclusive.
        public let minimum: ParameterValue?
        public let maximum: ParameterValue?
        /// The values an `enum` parameter may take, in the manifest's order.
        public let choices: [String]

        /// `0 %..30 %`, `small | large`, or nil when any value of the type is allowed.
        public var allowed: String? {
            if kind == .enumeration { return choices.joined(separator: " | ") }
            guard minimum != nil || maximum != nil else { return nil }
            return "\(minimum?.description ?? "")..\(maximum?.description ?? "")"
        }

        /// Reads `value` as a value of this parameter: of its type, within its bounds, one of
        /// its choices. `set` names the plugin in errors.
        public func value(_ given: LuaValue, set: String) throws(RuleProblem) -> ParameterValue {
            guard let typed = ParameterValue(given, as: kind) else {
                let shown = given.stringValue.map { "“\($0)”" } ?? (given.integerValue.map(String.init) ?? given.typeName)
                throw .parameterValue(set: set, name: name, expected: expectedType, got: shown, allowed: allowed)
            }
            try check(typed, set: set)
            return typed
        }

        /// Refuses a value outside the bounds, or not among an enum's values.
        func check(_ value: ParameterValue, set: String) throws(RuleProblem) {
            if case .choice(let choice) = value, !choices.contains(choice) {
                throw .parameterNotAllowed(set: set, name: name, value: choice, allowed: allowed ?? "")
            }
            let below = minimum.flatMap { value.compare($0) } == .orderedAscending
            let above = maximum.flatMap { value.compare($0) } == .orderedDescending
            if below || above {
                throw .parameterNotAllowed(set: set, name: name, value: value.description, allowed: allowed ?? "")
            }
        }

        /// The type as messages say it: `percentage`, `money (e.g. "12.50")`.
        public var expectedType: String {
            switch kind {
            case .integer: return "integer (a whole number)"
            case .money: return "money (e.g. \"12.50\")"
            case .percentage: return "percentage (e.g. 15 or 12.5)"
            case .date: return "date (YYYY-MM-DD)"
            case .dateTime: return "datetime (YYYY-MM-DDTHH:MM)"
            case .string: return "string"
            case .boolean: return "boolean (true or false)"
            case .enumeration: return "enum (one of \(choices.joined(separator: ", ")))"
            case .skuList: return "sku_list (SKUs separated by commas)"
            case .category: return "category (a dotted path such as food.honey)"
            case .region: return "region (a code from MA-01 to MA-12)"
            }
        }
    }
}
