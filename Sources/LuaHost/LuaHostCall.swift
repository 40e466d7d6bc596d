import CLuaSandbox

/// The host call in progress on this thread: a script called a host function, which runs.
public enum LuaHostCall {
    /// Whether the run that made the host call in progress on this thread is over its deadline
    /// or instruction budget, or was cancelled (false outside host calls). Work a host function
    /// does that may last, such as a database query, asks it from time to time and stops when it
    /// answers true: the run then ends with that limit, which no `pcall` catches.
    public static var mustStop: Bool { clua_host_call_must_stop() != 0 }
}
