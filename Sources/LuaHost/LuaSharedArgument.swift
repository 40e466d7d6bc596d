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
    /// The registry reference of the value in the first state it was pushed into, and in the
    /// others (most values go to one sandbox: no array for them).
    private var first: (state: LuaState, reference: Int32)?
    private var others: [(state: LuaState, reference: Int32)] = []

    public init(_ value: any LuaPushable) { self.value = value }

    /// A value of a registered class, boxed once: every sandbox's userdata holds the same box
    /// (one copy of `object`, however many sandboxes receive it).
    public init<Object: Sendable>(object: Object) { value = Boxed(box: UserdataBox(object)) }

    private struct Boxed: LuaPushable {
        let box: AnyUserdataBox
        func push(into stack: LuaStack) throws(LuaError) { try stack.state.pushObject(box, on: stack.L) }
    }

    public func push(into stack: LuaStack) throws(LuaError) {
        let state = stack.state
        if let entry = first?.state === state ? first : others.first(where: { $0.state === state }) {
            lua_rawgeti(stack.L, clua_registryindex(), lua_Integer(entry.reference))
            return
        }
        try value.push(into: stack)
        // Before a run starts, allocations are the host's (never refused): the reference holds.
        lua_pushvalue(stack.L, -1)
        let entry = (stack.state, luaL_ref(stack.L, clua_registryindex()))
        if first == nil { first = entry } else { others.append(entry) }
    }

    /// Lets every sandbox it was pushed into forget it. Call it between runs.
    public func release() {
        if let (state, reference) = first { luaL_unref(state.L, clua_registryindex(), reference) }
        for (state, reference) in others { luaL_unref(state.L, clua_registryindex(), reference) }
        first = nil
        others.removeAll()
    }

    deinit { release() }
}
