import Foundation
import LuaHost
import TiwiziCore

/// How `tiwizi run` shows what a script returns: as text (Lua-like) or as JSON.
public enum ScriptValueRendering {
    /// `{1, 2, sku = "TAF-ARG-250"}`-style text; strings bare at the top level.
    public static func text(_ value: LuaValue, nested: Bool = false) -> String {
        switch value {
        case .nil: return "nil"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return luaText(number)
        case .string(let bytes):
            let text = String(decoding: bytes, as: UTF8.self)
            return nested ? "\"\(text)\"" : text
        case .table(let table):
            let items =
                table.array.map { text($0, nested: true) }
                + sortedPairs(table).map { "\(keyText($0.key)) = \(text($0.value, nested: true))" }
            return "{" + items.joined(separator: ", ") + "}"
        case .function: return "function"
        case .userdata(let userdata): return describe(userdata)
        case .money(let amount): return amount.description
        }
    }

    /// A float as Lua's `tostring` writes it: C's `%.14g`, then `.0` when that reads as an
    /// integer (`100.0`, `1e+15`, `0.33333333333333`, `-nan`, `inf`).
    public static func luaText(_ number: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([number]) { vsnprintf(&buffer, buffer.count, "%.14g", $0) }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.allSatisfy { "-0123456789".contains($0) } ? text + ".0" : text
    }

    /// A JSON value: tables with only an array part become arrays, others objects; Money is
    /// `{"amount": "145.00", "currency": "MAD"}`; other views their description.
    public static func json(_ value: LuaValue) -> Any {
        switch value {
        case .nil: return NSNull()
        case .boolean(let flag): return flag
        case .integer(let number): return number
        case .number(let number): return number.isFinite ? number : String(number)
        case .string(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .table(let table):
            if table.hash.isEmpty { return table.array.map(json) }
            var object: [String: Any] = [:]
            for (index, item) in table.array.enumerated() { object[String(index + 1)] = json(item) }
            for (key, item) in table.orderedHash { object[keyText(key)] = json(item) }
            return object
        case .function: return "function"
        case .userdata(let userdata): return describe(userdata)
        case .money(let amount):
            guard let money = try? Money(amount) else { return amount.description }
            return ["amount": money.decimalString, "currency": money.currency.code]
        }
    }

    private static func describe(_ userdata: LuaUserdata) -> String {
        switch userdata.object {
        case let day as CalendarDate: return day.description
        case let time as LocalDateTime: return time.description
        case let product as Product: return "Product \(product.sku)"
        case let cooperative as Cooperative: return "Cooperative \(cooperative.id)"
        case let region as Region: return region.code
        case let certificate as Certificate: return "Certificate \(certificate.schemeID) \(certificate.number)"
        case let scheme as CertificationScheme: return "Scheme \(scheme.id)"
        case let knowHow as KnowHow: return "KnowHow \(knowHow.id)"
        case let text as LocalizedText: return text.french
        case let version as APIVersion: return version.description
        default: return userdata.typeName
        }
    }

    private static func keyText(_ key: LuaValue) -> String {
        key.stringValue ?? text(key, nested: true)
    }

    private static func sortedPairs(_ table: LuaTable) -> [(key: LuaValue, value: LuaValue)] {
        table.hash.map { (key: $0.key, value: $0.value) }.sorted { keyText($0.key) < keyText($1.key) }
    }
}
