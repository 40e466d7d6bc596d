// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// The values a function returned, where they are: on the Lua stack, during the `reading`
/// closure of ``LuaSandbox/call(_:arguments:limits:reading:)``. Nothing is converted unless
/// asked, so a host that expects small results (a rule's effect) reads them without building
/// Swift tables. Valid only inside that closure.
public struct LuaResults {
    let state: LuaState
    let first: Int32
    /// How many values the function returned.
    public let count: Int

    private var L: OpaquePointer { state.L }

    /// Whether value `position` (0 for the first) is `nil`, `false` or absent.
    public func isFalsy(_ position: Int) -> Bool {
        position >= count || lua_toboolean(L, first + Int32(position)) == 0
    }

    /// Value `position` if it is a string within the conversion limits (numbers are not
    /// converted), else nil.
    public func string(_ position: Int) -> String? {
        let index = first + Int32(position)
        guard position < count, lua_type(L, index) == LUA_TSTRING, lua_rawlen(L, index) <= LuaValue.maximumBytes else {
            return nil
        }
        return state.string(at: index)
    }

    /// Every value, converted as ``LuaSandbox/call(_:arguments:limits:)`` converts them (bounded,
    /// cycle-checked).
    public func values() throws(LuaError) -> [LuaValue] {
        try state.readResults(from: first)
    }

    /// Value `position` as a ``LuaFlatTable`` when it is a plain table (no metatable, no
    /// sequence part) of at most `maxFields` fields, each named by a string and holding a
    /// boolean, a number, a string or an amount; nil for anything else, which ``values()``
    /// converts in full.
    public func flatTable(_ position: Int, maxFields: Int = 8) -> LuaFlatTable? {
        guard position < count, lua_checkstack(L, 3) != 0 else { return nil }
        let index = first + Int32(position)
        guard lua_type(L, index) == LUA_TTABLE else { return nil }
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        if lua_getmetatable(L, index) != 0 { return nil }
        if lua_rawgeti(L, index, 1) != LUA_TNIL { return nil }
        clua_pop(L, 1)
        var table = LuaFlatTable()
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            guard table.count < maxFields, lua_type(L, -2) == LUA_TSTRING, let value = scalar(at: -1) else { return nil }
            var length = 0
            let key = lua_tolstring(L, -2, &length)
            table.append(UnsafeRawBufferPointer(start: key, count: length), value)
            guard table.byteCount <= LuaValue.maximumBytes else { return nil }
            clua_pop(L, 1)
        }
        return table
    }

    private func scalar(at index: Int32) -> LuaValue? {
        ValueReader.plainValue(at: index, on: L) ?? LuaMoney(at: index, on: L).map(LuaValue.money)
    }
}

/// A small table of named scalar fields, read off the stack by ``LuaResults/flatTable(_:maxFields:)``
/// in the order Lua's `next` visited them: its keys' bytes side by side, no dictionary.
public struct LuaFlatTable: Sendable {
    private var keyBytes: [UInt8] = []
    /// Each field: where its key ends in `keyBytes`, and its value.
    private var fields: [(end: Int, value: LuaValue)] = []

    public var count: Int { fields.count }
    /// The bytes of its keys and string values.
    private(set) var byteCount = 0

    mutating func append(_ key: UnsafeRawBufferPointer, _ value: LuaValue) {
        if fields.isEmpty {
            keyBytes.reserveCapacity(32)
            fields.reserveCapacity(4)
        }
        keyBytes.append(contentsOf: key)
        fields.append((keyBytes.count, value))
        if case .string(let bytes) = value { byteCount += bytes.count }
        byteCount += key.count
    }

    /// Calls `body` with each key's bytes, in order, while it returns true; whether it always did.
    public func allKeys(_ body: (ArraySlice<UInt8>) -> Bool) -> Bool {
        var start = 0
        for field in fields {
            guard body(keyBytes[start..<field.end]) else { return false }
            start = field.end
        }
        return true
    }

    /// `t.name`: `.nil` when absent.
    public subscript(field: String) -> LuaValue {
        let name = field.utf8
        var start = 0
        for entry in fields {
            if LuaTable.bytes(keyBytes[start..<entry.end], spell: name) { return entry.value }
            start = entry.end
        }
        return .nil
    }

    /// The same fields as a ``LuaTable`` (for messages that list them).
    public var table: LuaTable {
        var table = LuaTable()
        var start = 0
        for entry in fields {
            table.hash[.string(Array(keyBytes[start..<entry.end]))] = entry.value
            start = entry.end
        }
        return table
    }
}
