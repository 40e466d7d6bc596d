import Benchmark

/// `body` as a benchmark that starts from fully collected Lua heaps (`collect`, run outside the
/// measured part), so that it does not pay for the garbage, and the finalizers, that the
/// benchmark before it left.
func fromCollectedHeap(_ collect: @escaping () -> Void, _ body: @escaping () throws -> Void) -> (inout BenchmarkState) throws ->
    Void
{
    var collected = false
    return { state in
        if !collected {
            collected = true
            collect()
            state.start()
        }
        try body()
    }
}
