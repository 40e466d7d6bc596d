// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// A Swift value that can become one Lua value. Field getters, host functions and
/// definitions return these; conforming types push themselves without building a
/// ``LuaValue`` first (a `String` goes straight to `lua_pushlstring`).
public protocol LuaPushable {
    /// Pushes exactly one value onto `stack`.
    func push(into stack: LuaStack) throws(LuaError)
}

/// Where a ``LuaPushable`` pushes: a Lua stack, valid only during the call that hands it out.
public struct LuaStack {
    let L: OpaquePointer
    /// Unowned: a stack is only handed out while its state runs code.
    unowned(unsafe) let state: LuaState
    /// Tables pushed for a definition shared by all scripts become read-only.
    let readOnly: Bool

    init(_ L: OpaquePointer, _ state: LuaState, readOnly: Bool = false) {
        self.L = L
        self.state = state
        self.readOnly = readOnly
    }

    /// Makes room for `count` more values; Lua's stack is not checked by its push functions.
    func reserve(_ count: Int, for what: @autoclosure () -> String) throws(LuaError) {
        guard count < Int(Int32.max), lua_checkstack(L, Int32(count)) != 0 else {
            throw state.conversionError("too many values for Lua's stack (\(what()))")
        }
    }

    func pushString(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { _ = lua_pushlstring(L, base, chars.count) } else { _ = lua_pushstring(L, "") }
            }
        }
    }

    func pushBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { _ = lua_pushlstring(L, base, chars.count) } else { _ = lua_pushstring(L, "") }
            }
        }
    }
}

/// What a Swift function returns to Lua.
public enum LuaReturn {
    /// No value (a `for` loop over an iterator ends on it).
    case nothing
    case value(any LuaPushable)
    case values([any LuaPushable])

    /// Pushes the values and returns how many.
    func push(into stack: LuaStack) throws(LuaError) -> Int32 {
        switch self {
        case .nothing:
            return 0
        case .value(let value):
            try stack.reserve(1, for: "result")
            try value.push(into: stack)
            return 1
        case .values(let values):
            try stack.reserve(values.count, for: "results")
            for value in values { try value.push(into: stack) }
            return Int32(values.count)
        }
    }
}

extension Bool: LuaPushable {
    public func push(into stack: LuaStack) { lua_pushboolean(stack.L, self ? 1 : 0) }
}

extension Int: LuaPushable {
    public func push(into stack: LuaStack) { lua_pushinteger(stack.L, lua_Integer(self)) }
}

extension Int64: LuaPushable {
    public func push(into stack: LuaStack) { lua_pushinteger(stack.L, self) }
}

extension Double: LuaPushable {
    public func push(into stack: LuaStack) { lua_pushnumber(stack.L, self) }
}

extension String: LuaPushable {
    public func push(into stack: LuaStack) { stack.pushString(self) }
}

extension Optional: LuaPushable where Wrapped: LuaPushable {
    /// `nil` becomes Lua's `nil`.
    public func push(into stack: LuaStack) throws(LuaError) {
        switch self {
        case .none: lua_pushnil(stack.L)
        case .some(let value): try value.push(into: stack)
        }
    }
}

extension Array: LuaPushable where Element: LuaPushable {
    /// A sequence table `{self[0], self[1], …}`.
    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.reserve(2, for: "table")
        lua_createtable(stack.L, Int32(clamping: count), 0)
        for (index, element) in enumerated() {
            try element.push(into: stack)
            lua_rawseti(stack.L, -2, lua_Integer(index + 1))
        }
        if stack.readOnly { clua_make_readonly(stack.L) }
    }
}

extension LuaValue: LuaPushable {
    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.state.push(self, into: stack, depth: 0)
    }
}

extension LuaTable: LuaPushable {
    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.state.push(.table(self), into: stack, depth: 0)
    }
}

extension LuaFunctionReference: LuaPushable {
    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.state.pushAnchored(self, on: stack.L)
    }
}
