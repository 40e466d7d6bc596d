import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// Reads what a rule's function returned: `nil` (optionally with the reason, `return nil,
/// "not honey"`), one effect table, or a list of them. Every key is checked: a typo is an
/// error, never an effect silently ignored (docs/rules.md, "Effects").
enum EffectDecoding {
    /// The fields of each price effect besides its own key.
    static let priceFields: [String: [String]] = [
        "percent_off": [], "amount_off": [], "set_price": [], "markup_percent": [], "markup": [],
        "round": ["mode"], "ending": ["step", "mode"], "commission_percent": [],
    ]
    static let labelFields: [String: [String]] = ["label": ["values"]]
    static let cartFields: [String: [String]] = [
        "tier": ["from", "percent_off", "amount_off", "unit_price", "units"],
        "buy": ["get", "items", "percent_off", "max_occurrences", "discounted"],
        "bundle": ["price", "percent_off", "max_occurrences"],
        "order_percent_off": ["min_amount"], "order_amount_off": ["min_amount"],
    ]

    /// The effects of each phase and their fields.
    static func fields(of phase: Rule.Phase) -> [String: [String]] {
        switch phase {
        case .price: return priceFields
        case .label: return labelFields
        case .cart: return cartFields
        }
    }
    /// Fields every effect may carry.
    static let commonFields = ["note"]

    /// The effect tables a function returned, or why it declined (`nil, "reason"`).
    static func tables(_ values: [LuaValue], phase: Rule.Phase) throws(EffectProblem) -> Result<[LuaTable], Declined> {
        switch values.first ?? .nil {
        case .nil, .boolean(false): return .failure(Declined(because: values.dropFirst().first?.stringValue))
        case .table(let table) where table.hash.isEmpty && !table.array.isEmpty:
            return .success(
                try table.array.map { item throws(EffectProblem) in
                    guard case .table(let effect) = item else { throw .notAnEffect("a list holding \(item.typeName)") }
                    return effect
                })
        case .table(let table): return .success([table])
        case let other: throw .notAnEffect(ScriptValueRendering.text(other))
        }
    }

    /// A function's answer of nothing, with the reason it gave.
    struct Declined: Error {
        let because: String?
    }

    /// One price effect table.
    static func priceEffect(_ table: some EffectTable, currency: Currency) throws(EffectProblem) -> NotedEffect {
        let (name, note) = try check(table, phase: .price)
        let fields = EffectFields(table: table, effect: name, currency: currency)
        let effect: PriceEffect
        switch name {
        case "percent_off": effect = .percentOff(try fields.percentage(name))
        case "amount_off": effect = .amountOff(try fields.amount(name))
        case "set_price": effect = .setPrice(try fields.amount(name))
        case "markup_percent": effect = .markupPercent(try fields.percentage(name))
        case "markup": effect = .markup(try fields.amount(name))
        case "round": effect = .round(step: try fields.amount(name).minorUnits, mode: try fields.mode())
        case "ending":
            effect = .ending(
                ending: try fields.amount(name).minorUnits, step: try fields.amount("step").minorUnits, mode: try fields.mode())
        default: effect = .commissionPercent(try fields.percentage(name))
        }
        return NotedEffect(effect, note: note)
    }

    /// One label effect table: a label the rule set declares, its `{name}` placeholders filled
    /// from `values`.
    static func label(_ table: some EffectTable, declared: [String: LocalizedText], rule: String) throws(EffectProblem) -> Label {
        _ = try check(table, phase: .label)
        guard let id = table["label"].stringValue else {
            throw .wrongValue(effect: "label", key: "label", expected: "a label name", got: table["label"].typeName)
        }
        guard let text = declared[id] else { throw .unknownLabel(id, declared: declared.keys.sorted()) }
        var values: [String: String] = [:]
        switch table["values"] {
        case .nil: break
        case .table(let given) where given.array.isEmpty:
            for (key, value) in given.hash {
                guard let key = key.stringValue else { continue }
                values[key] = value.stringValue ?? ScriptValueRendering.text(value)
            }
        case let other:
            throw .wrongValue(effect: "label", key: "values", expected: "a table of named values", got: other.typeName)
        }
        return Label(id: id, text: text.filling(values), rule: rule)
    }

    /// The effect key of `table` and its note, checking that it has one effect key of `phase`
    /// and only that effect's fields.
    static func check(_ table: some EffectTable, phase: Rule.Phase) throws(EffectProblem) -> (name: String, note: String?) {
        if let valid = validEffect(table, phase: phase) { return valid }
        return try diagnose(table.luaTable, phase: phase)
    }

    /// The effect key and note of a valid effect table, in one pass over its keys without
    /// sorting or building lists (every product's every rule returns one); nil for anything
    /// else, which `diagnose` explains.
    private static func validEffect(_ table: some EffectTable, phase: Rule.Phase) -> (name: String, note: String?)? {
        let effects = keyNames(of: phase)
        var found: EffectKeys?
        var ambiguous = false
        let keysAreStrings = table.allStringKeys { key in
            if let effect = effects.first(where: { $0.effect.matches(key) }) {
                ambiguous = ambiguous || found != nil
                found = effect
            }
            return true
        }
        guard keysAreStrings, !ambiguous, let found else { return nil }
        let allKnown = table.allStringKeys { key in
            found.effect.matches(key) || found.fields.contains { $0.matches(key) } || commonKeyNames.contains { $0.matches(key) }
        }
        guard allKnown else { return nil }
        let note = table["note"]
        guard note == .nil || note.stringValue != nil else { return nil }
        return (found.effect.name, note.stringValue)
    }

    /// An effect's key and its fields' keys, as bytes to compare with the keys a table holds.
    private struct EffectKeys {
        let effect: KeyName
        let fields: [KeyName]
    }

    private static let priceKeyNames = effectKeys(priceFields)
    private static let labelKeyNames = effectKeys(labelFields)
    private static let cartKeyNames = effectKeys(cartFields)
    private static let commonKeyNames = commonFields.map(KeyName.init)

    private static func keyNames(of phase: Rule.Phase) -> [EffectKeys] {
        switch phase {
        case .price: return priceKeyNames
        case .label: return labelKeyNames
        case .cart: return cartKeyNames
        }
    }

    private static func effectKeys(_ fields: [String: [String]]) -> [EffectKeys] {
        fields.keys.sorted().map { EffectKeys(effect: KeyName($0), fields: (fields[$0] ?? []).map(KeyName.init)) }
    }

    /// Why `table` is not a valid effect of `phase` (or its key and note, when it is one).
    private static func diagnose(_ table: LuaTable, phase: Rule.Phase) throws(EffectProblem) -> (name: String, note: String?) {
        let fields = fields(of: phase)
        let keys = table.hash.keys.map { $0.stringValue ?? "[\($0.typeName)]" }.sorted()
        let effects = keys.filter { fields[$0] != nil }
        guard effects.count == 1, let name = effects.first else {
            if effects.count > 1 { throw .ambiguous(keys: effects) }
            let others = Rule.Phase.allCases.filter { $0 != phase }.map { Self.fields(of: $0) }
            if let foreign = keys.first(where: { key in others.contains { $0[key] != nil } }) {
                throw .wrongPhase(effect: foreign, phase: phase)
            }
            throw .notAnEffect(keys.isEmpty ? "an empty table" : "a table with " + keys.joined(separator: ", "))
        }
        let allowed = [name] + (fields[name] ?? []) + commonFields
        if let unknown = keys.first(where: { !allowed.contains($0) }) {
            throw .unknownKey(effect: name, key: unknown, allowed: allowed)
        }
        if !table.array.isEmpty { throw .unknownKey(effect: name, key: "[1]", allowed: allowed) }
        let note = table["note"]
        guard note == .nil || note.stringValue != nil else {
            throw .wrongValue(effect: name, key: "note", expected: "a text", got: note.typeName)
        }
        return (name, note.stringValue)
    }
}

extension LocalizedText {
    /// The text with each `{name}` replaced by `values[name]`, in every language (a `{name}`
    /// without a value stays as written). The texts were normalised when the rule set loaded;
    /// ASCII values, which are never combining marks, keep them so, and skip normalising again
    /// (Foundation's normalisation was a fifth of the cost of pricing a product).
    func filling(_ values: [String: String]) -> LocalizedText {
        guard !values.isEmpty else { return self }
        var filled: [Language: String] = [:]
        for (language, text) in self.values { filled[language] = Self.fill(text, with: values) }
        let ascii = values.values.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        return ascii ? LocalizedText(normalized: filled) : LocalizedText(filled)
    }

    /// `text` with each `{name}` replaced, in one pass over its bytes (`{` and `}` are ASCII:
    /// they never occur inside a multi-byte character).
    private static func fill(_ text: String, with values: [String: String]) -> String {
        let bytes = Array(text.utf8)
        var filled: [UInt8] = []
        filled.reserveCapacity(bytes.count + 16)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")) else { break }
            filled += bytes[index..<open]
            // A name without a value stays as written, braces and all.
            let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
            if let value = values[name] { filled += value.utf8 } else { filled += bytes[open...close] }
            index = close + 1
        }
        filled += bytes[index...]
        return String(decoding: filled, as: UTF8.self)
    }
}
