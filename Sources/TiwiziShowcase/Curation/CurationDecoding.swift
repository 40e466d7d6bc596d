import LuaHost
import TiwiziCore

extension Curation {
    /// Reads what `script` returned, checking every field: an unknown field, a wrong type, a
    /// text without its French or Arabic, an empty section or a product listed twice is an
    /// error that names the script and the field.
    public static func decode(_ value: LuaValue, script: String) throws(CurationProblem) -> Curation {
        guard case .table(let table) = value else { throw .notATable(script: script, got: value.typeName) }
        try check(table, allowed: fields, at: "", script: script)
        guard case .table(let list) = table["sections"], !list.array.isEmpty, list.hash.isEmpty else {
            throw .wrongType(script: script, field: "sections", expected: "a list of sections", got: table["sections"].typeName)
        }
        var sections: [Section] = []
        var seen: [String: String] = [:]
        for (index, item) in list.array.enumerated() {
            let path = "sections[\(index + 1)]"
            guard case .table(let section) = item else {
                throw .wrongType(script: script, field: path, expected: "a table", got: item.typeName)
            }
            try check(section, allowed: sectionFields, at: path + ".", script: script)
            guard let heading = try text(section["heading"], field: path + ".heading", script: script) else {
                throw .missingField(script: script, field: path + ".heading")
            }
            guard case .table(let products) = section["products"], !products.array.isEmpty, products.hash.isEmpty else {
                throw .wrongType(
                    script: script, field: path + ".products", expected: "a list of SKUs", got: section["products"].typeName)
            }
            let skus = try products.array.enumerated().map { position, sku throws(CurationProblem) in
                let field = "\(path).products[\(position + 1)]"
                guard let text = sku.stringValue else {
                    throw .wrongType(script: script, field: field, expected: "a SKU", got: sku.typeName)
                }
                if let first = seen[text] { throw .listedTwice(script: script, sku: text, first: first, again: field) }
                seen[text] = field
                return text
            }
            sections.append(
                Section(heading: heading, blurb: try text(section["blurb"], field: path + ".blurb", script: script), skus: skus))
        }
        return Curation(
            title: try text(table["title"], field: "title", script: script),
            intro: try text(table["intro"], field: "intro", script: script), sections: sections)
    }

    private static func check(_ table: LuaTable, allowed: [String], at path: String, script: String) throws(CurationProblem) {
        for key in table.hash.keys {
            guard let name = key.stringValue, allowed.contains(name) else {
                throw .unknownField(script: script, field: path + (key.stringValue ?? key.typeName), allowed: allowed)
            }
        }
        if !table.array.isEmpty { throw .unknownField(script: script, field: path + "[1]", allowed: allowed) }
    }

    /// `{fr = …, ar = …}` (en optional), or nil when absent.
    private static func text(_ value: LuaValue, field: String, script: String) throws(CurationProblem) -> LocalizedText? {
        if case .nil = value { return nil }
        guard case .table(let table) = value, table.array.isEmpty else {
            throw .wrongType(script: script, field: field, expected: "{fr = \"…\", ar = \"…\"}", got: value.typeName)
        }
        var values: [Language: String] = [:]
        for (key, text) in table.hash {
            guard let code = key.stringValue, let language = Language(rawValue: code), language != .tamazight,
                let string = text.stringValue
            else {
                throw .wrongType(script: script, field: field, expected: "texts by language (fr, ar, en)", got: key.typeName)
            }
            values[language] = LocalizedText.normalized(string)
        }
        let missing = [Language.french, .arabic].filter { values[$0] == nil }.map(\.rawValue)
        guard missing.isEmpty else { throw .missingLanguages(script: script, field: field, missing: missing) }
        return LocalizedText(normalized: values)
    }
}
