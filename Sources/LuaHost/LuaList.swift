import CLua
import CLuaSandbox

/// A read-only sequence table `{items[0], items[1], …}` of values of any pushable types: what
/// a host hands a script as a result it may read but not change (`ipairs` and `#` see through it).
public struct LuaList: LuaPushable {
    let items: [any LuaPushable]

    public init(_ items: [any LuaPushable]) { self.items = items }

    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.reserve(2, for: "list")
        lua_createtable(stack.L, Int32(clamping: items.count), 0)
        for (index, item) in items.enumerated() {
            try item.push(into: stack)
            lua_rawseti(stack.L, -2, lua_Integer(index + 1))
        }
        clua_make_readonly(stack.L)
    }
}
