import Benchmark
import LuaHost

/// `body` as a benchmark that starts from a fully collected Lua heap of `sandbox` (collected
/// outside the measured part), so that it does not pay for the garbage, and the finalizers,
/// that the benchmark before it left.
func fromCollectedHeap(_ sandbox: LuaSandbox, _ body: @escaping () throws -> Void) -> (inout BenchmarkState) throws -> Void {
    var collected = false
    return { state in
        if !collected {
            collected = true
            sandbox.collectGarbage()
            state.start()
        }
        try body()
    }
}
