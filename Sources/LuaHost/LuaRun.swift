/// The results of a run and what it used.
public struct LuaRun: Sendable {
    /// What the chunk or function returned.
    public var values: [LuaValue]
    public var usage: LuaUsage
    /// The first returned value, `.nil` if none.
    public var value: LuaValue { values.first ?? .nil }
}

/// What a run used, reported after every run (also after a failed one, see
/// ``LuaSandbox/lastUsage``), so a rule engine can report budgets per rule.
public struct LuaUsage: Sendable, Hashable {
    /// VM instructions executed, in steps of ``SandboxLimits/hookInterval``, plus the work
    /// charged for non-interruptible library calls (table functions, long strings).
    public var instructions: Int
    /// The largest memory the state held during the run, in bytes.
    public var peakMemoryBytes: Int
    /// The memory the state held when the run ended, in bytes.
    public var memoryInUseBytes: Int
    /// Wall-clock time of the run.
    public var elapsed: Duration

    public init(instructions: Int = 0, peakMemoryBytes: Int = 0, memoryInUseBytes: Int = 0, elapsed: Duration = .zero) {
        self.instructions = instructions
        self.peakMemoryBytes = peakMemoryBytes
        self.memoryInUseBytes = memoryInUseBytes
        self.elapsed = elapsed
    }
}
