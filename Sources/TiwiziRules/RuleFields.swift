import LuaHost
import TiwiziCore

/// The fields of one Lua table of a rule set (or of a rule-set test), read with their expected
/// types. `place` names the table in errors.
package struct Fields {
    package let table: LuaTable
    package let place: RulePlace

    package init(_ table: LuaTable, place: RulePlace) {
        self.table = table
        self.place = place
    }

    private func value(_ key: String) -> LuaValue { table[key] }

    /// Refuses a key that is not in `allowed` (in `allowed`'s order in the message).
    package func check(allowed: [String]) throws(RuleProblem) {
        let keys = table.hash.keys.map { $0.stringValue ?? "[\($0.typeName)]" }.sorted()
        if let unknown = keys.first(where: { !allowed.contains($0) }) {
            throw .unknownField(where: place, field: unknown, expected: allowed)
        }
        if !table.array.isEmpty { throw .unknownField(where: place, field: "[1]", expected: allowed) }
    }

    /// The problem of `field` holding `value` where `expected` was expected.
    package func wrong(_ field: String, _ expected: String, _ value: LuaValue) -> RuleProblem {
        .wrongType(where: place, field: field, expected: expected, got: value.typeName)
    }

    /// A string field; `field` names it in errors when it differs from `key`.
    package func text(_ field: String, key: String? = nil, required: Bool = false) throws(RuleProblem) -> String? {
        let value = value(key ?? field)
        switch value {
        case .nil:
            if required { throw .missingField(where: place, field: field) }
            return nil
        case .string: return value.stringValue
        default: throw wrong(field, "a string", value)
        }
    }

    /// A string or a number, as text (a parameter's default).
    package func scalarText(_ field: String) throws(RuleProblem) -> String? {
        switch value(field) {
        case .nil: return nil
        case .string(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .integer(let number): return String(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case let other: throw wrong(field, "a string, a whole number or a boolean", other)
        }
    }

    package func integer(_ field: String) throws(RuleProblem) -> Int? {
        switch value(field) {
        case .nil: return nil
        case .integer(let number) where Int64(Int32.min)...Int64(Int32.max) ~= number: return Int(number)
        case let other: throw wrong(field, "a whole number", other)
        }
    }

    package func date(_ field: String) throws(RuleProblem) -> CalendarDate? {
        guard let text = try text(field) else { return nil }
        guard let day = CalendarDate(text) else {
            throw .wrongType(where: place, field: field, expected: "a date YYYY-MM-DD", got: "“\(text)”")
        }
        return day
    }

    package func function(_ field: String) throws(RuleProblem) -> LuaFunctionReference? {
        switch value(field) {
        case .nil: return nil
        case .function(let reference): return reference
        case let other: throw wrong(field, "a function", other)
        }
    }

    /// A name or a list of names (`before = "margin"` or `before = {"margin", "vat"}`).
    package func names(_ field: String) throws(RuleProblem) -> [String] {
        switch value(field) {
        case .nil: return []
        case .string(let bytes): return [String(decoding: bytes, as: UTF8.self)]
        case .table(let list) where list.hash.isEmpty:
            return try list.array.map { item throws(RuleProblem) in
                guard let name = item.stringValue else { throw wrong("\(field)[…]", "a rule name", item) }
                return name
            }
        case let other: throw wrong(field, "a rule name or a list of them", other)
        }
    }

    package func choice<T: RawRepresentable & CaseIterable>(_ field: String, _: T.Type) throws(RuleProblem) -> T?
    where T.RawValue == String {
        guard let text = try text(field) else { return nil }
        guard let value = T(rawValue: text) else {
            throw .notAllowed(where: place, field: field, value: text, allowed: T.allCases.map(\.rawValue))
        }
        return value
    }

    /// Text per language: `{fr = "…", ar = "…"}`, or a string (French).
    package func localized(_ field: String) throws(RuleProblem) -> LocalizedText? {
        try localized(value(field), field: field)
    }

    /// `value` as text per language; `field` names it in errors.
    package func localized(_ value: LuaValue, field: String) throws(RuleProblem) -> LocalizedText? {
        switch value {
        case .nil: return nil
        case .string(let bytes): return LocalizedText(french: String(decoding: bytes, as: UTF8.self))
        case .table(let texts):
            var values: [Language: String] = [:]
            for (key, text) in texts.hash {
                guard let code = key.stringValue, let language = Language(rawValue: code), let text = text.stringValue else {
                    throw wrong(field, "texts by language (fr, ar, en, zgh)", .table(texts))
                }
                values[language] = text
            }
            return LocalizedText(values)
        case let other: throw wrong(field, "a text or texts by language", other)
        }
    }

    /// Texts by language that must include French and Arabic: a plugin's or a parameter's
    /// description, read by cooperatives in both.
    package func bilingual(_ field: String) throws(RuleProblem) -> LocalizedText {
        guard let text = try localized(field) else { throw .missingField(where: place, field: field) }
        let missing = [Language.french, .arabic].filter { (text[$0] ?? "").isEmpty }
        if !missing.isEmpty { throw .missingLanguages(where: place, field: field, missing: missing.map(\.rawValue)) }
        return text
    }

    /// A list (a sequence).
    package func list(_ field: String, required: Bool = false) throws(RuleProblem) -> [LuaValue] {
        switch value(field) {
        case .nil:
            if required { throw .missingField(where: place, field: field) }
            return []
        case .table(let list) where list.hash.isEmpty: return list.array
        case let other: throw wrong(field, "a list", other)
        }
    }

    /// A table of named fields, read with `Fields` of its own.
    package func table(_ field: String, place: RulePlace) throws(RuleProblem) -> Fields? {
        switch value(field) {
        case .nil: return nil
        case .table(let table) where table.array.isEmpty: return Fields(table, place: place)
        case let other: throw wrong(field, "a table of named fields", other)
        }
    }

    /// The entries of a table of named values, in name order.
    package func entries(_ field: String) throws(RuleProblem) -> [(LuaValue, LuaValue)] {
        switch value(field) {
        case .nil: return []
        case .table(let table) where table.array.isEmpty:
            return table.hash.sorted { ($0.key.stringValue ?? "") < ($1.key.stringValue ?? "") }.map { ($0.key, $0.value) }
        case let other: throw wrong(field, "a table of named parameters", other)
        }
    }
}
