import Foundation

/// A Lua value as plain Swift data, safe to send across threads.
///
/// Integers and floats stay distinct (`.integer(1)` is not `.number(1.0)`), and strings are
/// bytes, as in Lua: they may hold NUL or invalid UTF-8. ``stringValue`` decodes them.
public enum LuaValue: Sendable, Hashable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string([UInt8])
    case table(LuaTable)
    /// A Lua function, anchored in its sandbox until ``LuaSandbox/release(_:)`` or the sandbox closes.
    case function(LuaFunctionReference)
    /// A Swift value exposed to Lua through a ``LuaUserdataClass``.
    case userdata(LuaUserdata)
    /// An amount of money (Lua's `Money`, a userdata to scripts). A value, in Swift as in Lua:
    /// two equal amounts are equal (and one table key).
    case money(LuaMoney)

    /// The conversion limits between Lua and Swift: nesting depth, total values and total string bytes.
    public static let maximumDepth = 200
    public static let maximumElements = 1_000_000
    public static let maximumBytes = 256 << 20

    /// A string value from Swift text (UTF-8).
    public static func text(_ text: String) -> LuaValue { .string(Array(text.utf8)) }

    /// Whether key `a` comes before key `b` in ``LuaTable/orderedHash``.
    static func keyPrecedes(_ a: LuaValue, _ b: LuaValue) -> Bool {
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)): return !x && y
        case (.integer(let x), .integer(let y)): return x < y
        case (.string(let x), .string(let y)): return x.lexicographicallyPrecedes(y)
        default:
            if let x = a.numberValue, let y = b.numberValue { return x < y || (x == y && a.integerValue != nil) }
            return a.keyRank < b.keyRank
        }
    }

    private var keyRank: Int {
        switch self {
        case .boolean: return 0
        case .integer, .number: return 1
        case .string: return 2
        default: return 3
        }
    }

    /// The string as text, invalid UTF-8 repaired with U+FFFD; `nil` if this is not a string.
    public var stringValue: String? {
        guard case .string(let bytes) = self else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The string's bytes; `nil` if this is not a string.
    public var bytesValue: [UInt8]? {
        guard case .string(let bytes) = self else { return nil }
        return bytes
    }

    /// The amount; `nil` if this is not Money.
    public var moneyValue: LuaMoney? {
        guard case .money(let money) = self else { return nil }
        return money
    }

    /// The integer; `nil` for anything else, floats included.
    public var integerValue: Int64? {
        guard case .integer(let value) = self else { return nil }
        return value
    }

    /// The number as a Double, integer or float; `nil` for anything else.
    public var numberValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    public var boolValue: Bool? {
        guard case .boolean(let value) = self else { return nil }
        return value
    }

    public var tableValue: LuaTable? {
        guard case .table(let table) = self else { return nil }
        return table
    }

    /// Lua's truth: everything but `nil` and `false` is true.
    public var isTruthy: Bool {
        switch self {
        case .nil, .boolean(false): return false
        default: return true
        }
    }

    /// The name Lua's `type()` gives this value.
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .table: return "table"
        case .function: return "function"
        case .userdata, .money: return "userdata"
        }
    }
}

/// A Lua table: its sequence `1...n` in `array`, every other key in `hash`.
public struct LuaTable: Sendable, Hashable {
    public var array: [LuaValue]
    public var hash: [LuaValue: LuaValue]

    public init(array: [LuaValue] = [], hash: [LuaValue: LuaValue] = [:]) {
        self.array = array
        self.hash = hash
    }

    /// `t[key]` as Lua reads it (raw): `.nil` when absent.
    public subscript(key: LuaValue) -> LuaValue {
        if case .integer(let index) = key, index >= 1, index <= array.count {
            return array[Int(index) - 1]
        }
        return hash[key] ?? .nil
    }

    /// The hash part in the order the sandbox's `pairs` visits keys, the same in every run:
    /// false, true, numbers ascending, strings in byte order, then other keys (tables,
    /// functions, userdata, amounts) in an unspecified order. Iterate this, not ``hash``,
    /// wherever the order can show (a message naming the first bad key, a rendering).
    public var orderedHash: [(key: LuaValue, value: LuaValue)] {
        hash.map { (key: $0.key, value: $0.value) }.sorted { LuaValue.keyPrecedes($0.key, $1.key) }
    }
    /// `t.name`. A small table (an effect, an options table) is searched key by key, comparing
    /// bytes: no key value is built and nothing is hashed.
    public subscript(field: String) -> LuaValue {
        guard hash.count <= 8 else { return self[.text(field)] }
        let name = field.utf8
        for (key, value) in hash {
            if case .string(let bytes) = key, Self.bytes(bytes[...], spell: name) { return value }
        }
        return .nil
    }

    /// Whether `key` holds exactly the bytes of `name` (a field looked up without a string built).
    static func bytes(_ key: ArraySlice<UInt8>, spell name: String.UTF8View) -> Bool {
        guard key.count == name.count else { return false }
        guard !key.isEmpty else { return true }
        return name.withContiguousStorageIfAvailable { name in
            key.withUnsafeBufferPointer { key in memcmp(key.baseAddress!, name.baseAddress!, key.count) == 0 }
        } ?? key.elementsEqual(name)
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(array: elements)) }
    public init(dictionaryLiteral elements: (LuaValue, LuaValue)...) {
        self = .table(LuaTable(hash: Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}

/// A Lua function kept alive in the sandbox that converted it, callable with
/// ``LuaSandbox/call(_:arguments:limits:)``. Converting the same function again gives the
/// same reference.
public struct LuaFunctionReference: Sendable, Hashable {
    let sandboxID: UInt64
    let reference: Int32
}

/// A Swift value that Lua holds as userdata (see ``LuaUserdataClass``).
public struct LuaUserdata: Sendable, Hashable, CustomStringConvertible {
    let box: AnyUserdataBox
    /// The Lua class name, e.g. `"Money"`.
    public let typeName: String

    /// The Swift value.
    public var object: any Sendable { box.anyValue }

    /// The Swift value if it is a `T`.
    public func object<T: Sendable>(as type: T.Type = T.self) -> T? {
        (box as? UserdataBox<T>)?.value
    }

    public static func == (lhs: LuaUserdata, rhs: LuaUserdata) -> Bool { lhs.box === rhs.box }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(box)) }
    public var description: String { "\(typeName)(\(box.anyValue))" }
}

/// The Swift side of a userdata: Lua's block holds a retained pointer to it. Immutable.
class AnyUserdataBox: @unchecked Sendable {
    /// `ObjectIdentifier` of the value's Swift type, which selects its Lua class.
    let typeID: ObjectIdentifier
    init(typeID: ObjectIdentifier) { self.typeID = typeID }
    var anyValue: any Sendable { fatalError("abstract") }
}

final class UserdataBox<Object: Sendable>: AnyUserdataBox, @unchecked Sendable {
    let value: Object
    init(_ value: Object) {
        self.value = value
        super.init(typeID: ObjectIdentifier(Object.self))
    }
    override var anyValue: any Sendable { value }
}
