import CLua
import CLuaSandbox

/// Cancels runs from any thread: the run in progress, or else the next one to start, stops at
/// its next instruction check with ``LuaError/Kind/cancelled``. The request ends with that run.
public final class LuaCancellation: @unchecked Sendable {
    // @unchecked: the flag is only read and written with atomic operations (clua_atomic_store
    // here, __atomic_load_n in the hook), and lives as long as this object.
    let flag: UnsafeMutablePointer<Int32>

    init() {
        flag = .allocate(capacity: 1)
        flag.initialize(to: 0)
    }

    deinit { flag.deallocate() }

    /// Asks the run in progress to stop.
    public func cancel() { clua_atomic_store(flag, 1) }

    func reset() { clua_atomic_store(flag, 0) }
}
