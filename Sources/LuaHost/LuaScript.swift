import CLua

/// A compiled script: a chunk kept in its sandbox's registry with its own global environment
/// (so one script cannot overwrite another's globals). Released when this object goes away.
/// Run it with ``LuaSandbox/run(_:arguments:limits:)``.
public final class LuaScript {
    /// The name in messages, e.g. `"rules.lua"`.
    public let name: String
    let reference: Int32
    let owner: LuaState.Lifetime

    init(name: String, reference: Int32, state: LuaState) {
        self.name = name
        self.reference = reference
        owner = state.lifetime
    }

    deinit { owner.state?.unreference(reference) }
}
