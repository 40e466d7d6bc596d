// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// A value pushed once into each sandbox that receives it, then given to later calls in that
/// sandbox as the same Lua value: a product's view, which every rule of a plugin receives,
/// costs one userdata per sandbox instead of one per call (and `rawequal` holds between
/// them). Valid until ``release()``, which lets the sandboxes forget it; one thread uses it,
/// as it uses its sandboxes.
public final class LuaSharedArgument: LuaPushable {
    private let value: any LuaPushable
    /// The registry reference of the value in each state it was pushed into.
    private var pushed: [(state: LuaState, reference: Int32)] = []

    public init(_ value: any LuaPushable) { self.value = value }

    public func push(into stack: LuaStack) throws(LuaError) {
        if let entry = pushed.first(where: { $0.state === stack.state }) {
            lua_rawgeti(stack.L, clua_registryindex(), lua_Integer(entry.reference))
            return
        }
        try value.push(into: stack)
        // Before a run starts, allocations are the host's (never refused): the reference holds.
        lua_pushvalue(stack.L, -1)
        pushed.append((stack.state, luaL_ref(stack.L, clua_registryindex())))
    }

    /// Lets every sandbox it was pushed into forget it. Call it between runs.
    public func release() {
        for (state, reference) in pushed { luaL_unref(state.L, clua_registryindex(), reference) }
        pushed.removeAll()
    }

    deinit { release() }
}
