/// The limits of one run of Lua code. Every limit is always on: a sandbox is never unbounded.
///
/// ```swift
/// var limits = SandboxLimits.default
/// limits.instructions = 50_000_000
/// let run = try sandbox.run(script, limits: limits)
/// ```
public struct SandboxLimits: Sendable, Hashable {
    /// The VM instructions a run may execute, counted across all its coroutines.
    public var instructions: Int
    /// The bytes the Lua state may hold while scripts run.
    public var memoryBytes: Int
    /// The wall-clock time a run may take.
    public var timeout: Duration
    /// The longest chunk the parser (which the instruction hook cannot interrupt) compiles: the
    /// text given to `load` and the size of a module file read by `require`. Pattern matching
    /// needs no such bound: each of its steps is charged to ``instructions``.
    public var maxScanBytes: Int
    /// The bytes a run may write through the host: `print` lines and what host libraries
    /// count as output (`tiwizi.log`), each line with its newline.
    public var maxOutputBytes: Int
    /// How many VM instructions run between two checks of the budget, deadline and cancel flag.
    /// Instruction counts are measured in steps of this size.
    public var hookInterval: Int

    public init(
        instructions: Int = 10_000_000,
        memoryBytes: Int = 64 << 20,
        timeout: Duration = .seconds(5),
        maxScanBytes: Int = 1 << 20,
        maxOutputBytes: Int = 16 << 20,
        hookInterval: Int = 1000
    ) {
        self.instructions = instructions
        self.memoryBytes = memoryBytes
        self.timeout = timeout
        self.maxScanBytes = maxScanBytes
        self.maxOutputBytes = maxOutputBytes
        self.hookInterval = hookInterval
    }

    /// 10 million instructions, 64 MiB, 5 seconds, 1 MiB chunks, 16 MiB of output.
    public static let `default` = SandboxLimits()
}

/// A limit of ``SandboxLimits`` that a run can exceed (``LuaError/exceededLimit``).
public enum SandboxLimit: Sendable, Hashable, CaseIterable {
    /// ``SandboxLimits/instructions``.
    case instructions
    /// ``SandboxLimits/memoryBytes``.
    case memory
    /// ``SandboxLimits/timeout``.
    case time
    /// ``SandboxLimits/maxOutputBytes``.
    case output
}
