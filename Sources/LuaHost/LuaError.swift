/// Every way running Lua code can fail, with messages written for script authors.
///
/// `script` is the name a script was loaded under (``LuaSandbox/load(_:name:)``), e.g. `"rules.lua"`.
public enum LuaError: Error, CustomStringConvertible {
    /// The script does not compile. `message` reads `rules.lua:3: '=' expected near 'x'`.
    case syntax(script: String, line: Int?, message: String)
    /// The script raised an error. `message` starts with `rules.lua:LINE:` when Lua knows the
    /// position; `traceback` lists the calls that led there.
    case runtime(script: String, message: String, traceback: String)
    /// A Swift function called by the script threw `underlying` (neither a ``LuaScriptError``
    /// nor a ``LuaArgumentError``). `message` is the error's description, with the caller's position.
    case host(script: String, message: String, traceback: String, underlying: any Error)
    /// The run needed `used` bytes, more than the `limit` (``SandboxLimits/memoryBytes``).
    case memoryLimit(script: String, used: Int, limit: Int)
    /// The run executed `used` instructions, more than the `limit` (``SandboxLimits/instructions``).
    case instructionLimit(script: String, used: Int, limit: Int)
    /// The run took `elapsed`, longer than the `limit` (``SandboxLimits/timeout``).
    case timeout(script: String, elapsed: Duration, limit: Duration)
    /// The host cancelled the run (``LuaCancellation/cancel()``).
    case cancelled(script: String)
    /// A value could not cross between Lua and Swift: too deep, a cycle, a type that cannot
    /// leave the sandbox, or a reference that belongs to another sandbox.
    case conversion(script: String, message: String)
    /// The Lua state could not be created or set up.
    case setup(message: String)

    /// The name of the script the error belongs to ("" for ``setup(message:)``).
    public var script: String {
        switch self {
        case .syntax(let script, _, _), .runtime(let script, _, _), .host(let script, _, _, _),
            .memoryLimit(let script, _, _), .instructionLimit(let script, _, _),
            .timeout(let script, _, _), .cancelled(let script), .conversion(let script, _):
            return script
        case .setup:
            return ""
        }
    }

    /// One-line message, e.g. `rules.lua:12: attempt to index a nil value (global 'x')`.
    public var message: String {
        switch self {
        case .syntax(_, _, let message), .runtime(_, let message, _), .host(_, let message, _, _):
            return message
        case .memoryLimit(let script, let used, let limit):
            return "\(script): memory limit exceeded: the script needed \(Self.bytes(used)) but the limit is "
                + "\(Self.bytes(limit)) (raise it with \(SandboxLimits.Flag.memory))"
        case .instructionLimit(let script, let used, let limit):
            return "\(script): instruction limit exceeded: the script ran \(used) instructions but the limit is "
                + "\(limit) (raise it with \(SandboxLimits.Flag.instructions))"
        case .timeout(let script, let elapsed, let limit):
            return "\(script): time limit exceeded: the script ran for \(Self.seconds(elapsed)) but the limit is "
                + "\(Self.seconds(limit)) (raise it with \(SandboxLimits.Flag.timeout))"
        case .cancelled(let script):
            return "\(script): the run was cancelled"
        case .conversion(let script, let message):
            return script.isEmpty ? message : "\(script): \(message)"
        case .setup(let message):
            return "cannot start Lua: \(message)"
        }
    }

    /// The Lua traceback, when there is one.
    public var traceback: String? {
        switch self {
        case .runtime(_, _, let traceback), .host(_, _, let traceback, _):
            return traceback.isEmpty ? nil : traceback
        default:
            return nil
        }
    }

    /// The message, followed by the traceback when there is one.
    public var description: String {
        traceback.map { "\(message)\n\($0)" } ?? message
    }

    private static func bytes(_ count: Int) -> String {
        let mib = Double(count) / 1_048_576
        return mib >= 1 ? "\(count) bytes (\(decimal(mib)) MiB)" : "\(count) bytes"
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return decimal(Double(seconds) + Double(attoseconds) / 1e18) + " s"
    }

    /// At most 3 decimals, without trailing zeros: 5 → "5", 0.25 → "0.25".
    private static func decimal(_ value: Double) -> String {
        var text = String(Double((value * 1000).rounded()) / 1000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// Thrown by a Swift function called from Lua to raise an ordinary Lua error, reported at the
/// caller's line: `rules.lua:7: currencies differ: MAD and EUR`. Scripts can catch it with `pcall`.
public struct LuaScriptError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Thrown by a Swift function called from Lua when argument `position` (Lua numbering: for
/// methods, `self` is 1) is wrong. Lua words it like its own library functions:
/// `rules.lua:7: bad argument #2 to 'percent' (number expected, got string)`.
public struct LuaArgumentError: Error, Sendable, CustomStringConvertible {
    public var position: Int
    public var message: String
    public init(position: Int, _ message: String) {
        self.position = position
        self.message = message
    }
    public var description: String { "bad argument #\(position) (\(message))" }
}
