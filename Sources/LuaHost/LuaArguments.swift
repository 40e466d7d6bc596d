// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// The arguments of a Swift function called from Lua. Valid only during that call.
///
/// Positions are Lua's, from 1; for methods, `self` is 1. Reading never raises a Lua error:
/// a wrong argument throws a ``LuaArgumentError`` worded like Lua's own
/// (`bad argument #2 to 'percent' (number expected, got string)`).
///
/// ```swift
/// try sandbox.define("percent") { args in
///     try args.checkArity(2...2)
///     let amount = try args.argument(1, as: Double.self)
///     let rate = try args.argument(2, as: Double.self)
///     return .value(amount * rate / 100)
/// }
/// ```
public struct LuaArguments {
    let L: OpaquePointer
    /// Unowned: arguments exist only during a call from the state.
    unowned(unsafe) let state: LuaState

    init(_ L: OpaquePointer, _ state: LuaState) {
        self.L = L
        self.state = state
    }

    var stack: LuaStack { LuaStack(L, state) }

    /// How many arguments the function received.
    public var count: Int { Int(lua_gettop(L)) }

    /// The Lua type of argument `position` (`.none` past the last argument). Money is
    /// `.userdata`, as scripts see it, whichever way it is held.
    public func type(at position: Int) -> LuaType {
        let type = LuaType(rawValue: lua_type(L, Int32(clamping: position))) ?? .none
        return type == .lightUserdata ? .userdata : type
    }

    /// The length in bytes of argument `position` if it is a string (nil otherwise), read without
    /// copying it: a host function can refuse or charge a long text before it copies it.
    public func byteCount(at position: Int) -> Int? {
        let index = Int32(clamping: position)
        return lua_type(L, index) == LUA_TSTRING ? Int(lua_rawlen(L, index)) : nil
    }

    /// Argument `position` as `T`: `Int64`, `Int`, `Double`, `Bool`, `String`, `[UInt8]`,
    /// ``LuaValue``, ``LuaTable``, or an `Optional` of one of them (absent or `nil` → `nil`).
    public func argument<T: LuaArgument>(_ position: Int, as type: T.Type = T.self) throws(LuaArgumentError) -> T {
        try T.read(from: self, at: Int32(clamping: position))
    }

    /// Argument `position` as a Swift value exposed with a ``LuaUserdataClass``.
    public func object<Object: Sendable>(_ position: Int, as type: Object.Type = Object.self) throws(LuaArgumentError) -> Object {
        guard let object = objectIfPresent(position, as: type) else {
            throw typeError(at: Int32(clamping: position), expected: state.className(of: Object.self))
        }
        return object
    }

    /// Argument `position` if it is a `Object` userdata, else `nil` (for operators whose
    /// operands may be of several types).
    public func objectIfPresent<Object: Sendable>(_ position: Int, as type: Object.Type = Object.self) -> Object? {
        guard let raw = clua_box_object(L, Int32(clamping: position), CLUA_OBJECT_MAGIC) else { return nil }
        let box = Unmanaged<AnyUserdataBox>.fromOpaque(raw).takeUnretainedValue()
        return (box as? UserdataBox<Object>)?.value
    }

    /// Fails unless the function received a number of arguments in `range`:
    /// `bad argument #3 to 'percent' (no value expected)`.
    /// Counts `bytes` of output against the run's ``SandboxLimits/maxOutputBytes``, before the
    /// host writes or keeps them; over the limit, the run stops (a script's `pcall` cannot
    /// catch it) and nothing more is written.
    public func chargeOutput(_ bytes: Int) throws(LuaScriptError) {
        let c = state.control
        let (total, overflow) = c.pointee.output.addingReportingOverflow(max(bytes, 0))
        c.pointee.output = overflow ? Int.max : total
        guard c.pointee.output > c.pointee.output_limit else { return }
        if c.pointee.tripped == Int32(CLUA_TRIP_NONE) { c.pointee.tripped = Int32(CLUA_TRIP_OUTPUT) }
        throw LuaScriptError("output limit reached")
    }

    /// Argument `position` read by `read` as text the host writes out, charged with the one byte
    /// that follows it (a newline or a separator): a string's length before it is copied, then
    /// whatever reading it added (invalid UTF-8 is repaired with longer characters).
    public func outputText(at position: Int, _ read: (Int) throws -> String) throws -> String {
        let bytes = byteCount(at: position) ?? 0
        try chargeOutput(bytes + 1)
        let text = try read(position)
        try chargeOutput(text.utf8.count - bytes)
        return text
    }

    public func checkArity(_ range: ClosedRange<Int>) throws(LuaArgumentError) {
        if count < range.lowerBound { throw LuaArgumentError(position: count + 1, "value expected") }
        if count > range.upperBound { throw LuaArgumentError(position: range.upperBound + 1, "no value expected") }
    }

    /// Calls the Lua function at argument `position` and returns its results. Its errors
    /// propagate to the script unchanged if rethrown; it cannot yield across this call.
    public func call(_ position: Int, with arguments: [any LuaPushable] = []) throws -> [LuaValue] {
        let index = Int32(clamping: position)
        guard lua_type(L, index) == LUA_TFUNCTION else { throw typeError(at: index, expected: "function") }
        return try state.callNested(on: L, functionAt: index, arguments)
    }

    /// `number expected, got string`.
    func typeError(at index: Int32, expected: String) -> LuaArgumentError {
        LuaArgumentError(position: Int(index), "\(expected) expected, got \(state.typeName(at: index, on: L))")
    }
}

/// Lua's value types, as `lua_type` reports them.
public enum LuaType: Int32, Sendable {
    case none = -1
    case `nil` = 0
    case boolean = 1
    case lightUserdata = 2
    case number = 3
    case string = 4
    case table = 5
    case function = 6
    case userdata = 7
    case thread = 8
}

/// A Swift type that ``LuaArguments/argument(_:as:)`` can read.
public protocol LuaArgument {
    static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Self
}

extension Int64: LuaArgument {
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Int64 {
        guard lua_type(arguments.L, position) == LUA_TNUMBER else {
            throw arguments.typeError(at: position, expected: "number")
        }
        var isInteger: Int32 = 0
        let value = lua_tointegerx(arguments.L, position, &isInteger)
        guard isInteger != 0 else {
            throw LuaArgumentError(position: Int(position), "number has no integer representation")
        }
        return value
    }
}

extension Int: LuaArgument {
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Int {
        Int(try Int64.read(from: arguments, at: position))
    }
}

extension Double: LuaArgument {
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Double {
        guard lua_type(arguments.L, position) == LUA_TNUMBER else {
            throw arguments.typeError(at: position, expected: "number")
        }
        return lua_tonumberx(arguments.L, position, nil)
    }
}

extension Bool: LuaArgument {
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Bool {
        guard lua_type(arguments.L, position) == LUA_TBOOLEAN else {
            throw arguments.typeError(at: position, expected: "boolean")
        }
        return lua_toboolean(arguments.L, position) != 0
    }
}

extension String: LuaArgument {
    /// Strings only (no number coercion); invalid UTF-8 is repaired with U+FFFD.
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> String {
        guard let text = arguments.state.string(at: position, on: arguments.L) else {
            throw arguments.typeError(at: position, expected: "string")
        }
        return text
    }
}

extension Array: LuaArgument where Element == UInt8 {
    /// A string's exact bytes.
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> [UInt8] {
        guard lua_type(arguments.L, position) == LUA_TSTRING else {
            throw arguments.typeError(at: position, expected: "string")
        }
        var length = 0
        let chars = lua_tolstring(arguments.L, position, &length)
        return Array(UnsafeRawBufferPointer(start: chars, count: length))
    }
}

extension LuaValue: LuaArgument {
    /// Any value, converted (bounded in depth, cycles refused).
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> LuaValue {
        do {
            return try arguments.state.value(at: position, on: arguments.L)
        } catch {
            throw LuaArgumentError(position: Int(position), error.message)
        }
    }
}

extension LuaTable: LuaArgument {
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> LuaTable {
        guard lua_type(arguments.L, position) == LUA_TTABLE else {
            throw arguments.typeError(at: position, expected: "table")
        }
        return try LuaValue.read(from: arguments, at: position).tableValue ?? LuaTable()
    }
}

extension Optional: LuaArgument where Wrapped: LuaArgument {
    /// `nil` when the argument is absent or `nil`.
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> Wrapped? {
        lua_type(arguments.L, position) <= LUA_TNIL ? nil : try Wrapped.read(from: arguments, at: position)
    }
}
