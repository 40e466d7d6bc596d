import CLuaSandbox

/// Every way running Lua code can fail, with messages written for script authors.
///
/// One shape: the ``script`` the error belongs to and the ``kind`` of failure.
///
/// ```swift
/// do {
///     _ = try sandbox.run(script)
/// } catch let error as LuaError {
///     if case .instructionLimit(let used, let limit) = error.kind { print("ran \(used) of \(limit)") }
///     print(error.message)  // rules.lua: instruction limit exceeded: the script ran …
/// }
/// ```
public struct LuaError: Error, CustomStringConvertible {
    /// The name the script was loaded under (``LuaSandbox/load(_:name:)``), e.g. `"rules.lua"`;
    /// `""` when the error belongs to no script (``Kind/setup(message:)``).
    public var script: String
    public var kind: Kind
    /// Set when a nested Lua call failed (``LuaArguments/call(_:with:)``): the Lua error object
    /// waits in the registry, so that a host function rethrowing this error raises it unchanged.
    var nested: NestedFailure?

    public init(script: String, kind: Kind) {
        self.script = script
        self.kind = kind
    }

    public enum Kind: Sendable {
        /// The script does not compile. `message` reads `rules.lua:3: '=' expected near 'x'`.
        case syntax(line: Int?, message: String)
        /// The script raised an error. `message` starts with `rules.lua:LINE:` when Lua knows the
        /// position; `traceback` lists the calls that led there.
        case runtime(message: String, traceback: String)
        /// A Swift function called by the script threw `underlying` (neither a ``LuaScriptError``
        /// nor a ``LuaArgumentError``). `message` is the caller's position and the error's
        /// description; the script itself saw only a generic message, never these details.
        case host(message: String, traceback: String, underlying: any Error)
        /// The run needed `used` bytes, more than the `limit` (``SandboxLimits/memoryBytes``).
        case memoryLimit(used: Int, limit: Int)
        /// The run executed `used` instructions, more than the `limit` (``SandboxLimits/instructions``).
        case instructionLimit(used: Int, limit: Int)
        /// The run took `elapsed`, longer than the `limit` (``SandboxLimits/timeout``).
        case timeout(elapsed: Duration, limit: Duration)
        /// The run wrote `used` bytes of output, more than the `limit`
        /// (``SandboxLimits/maxOutputBytes``); `used` counts the line that went over.
        case outputLimit(used: Int, limit: Int)
        /// The host cancelled the run (``LuaCancellation/cancel()``).
        case cancelled
        /// A value could not cross between Lua and Swift: too deep, a cycle, a type that cannot
        /// leave the sandbox, or a reference that belongs to another sandbox.
        case conversion(message: String)
        /// The Lua state could not be created or set up.
        case setup(message: String)
    }

    /// What a script sees of a host error in place of its details, after the position of the
    /// call: `rules.lua:7: host error (details are reported to the host, not to scripts)`.
    public static let hostErrorText = CLUA_HOST_ERROR_TEXT

    /// The most bytes of an error message that leave the sandbox: a script can raise a 20 MB
    /// string, and hosts print messages. Longer ones keep their start (whole characters) and
    /// say how many bytes were left out.
    public static let maximumMessageBytes = 4096
    /// The most bytes of a traceback that leave the sandbox.
    public static let maximumTracebackBytes = 16384

    /// `bytes` as text of at most `limit` bytes, cut at a character boundary, followed by
    /// what the cut left out.
    static func bounded(_ bytes: UnsafeRawBufferPointer, limit: Int) -> String {
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        var cut = limit
        while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a character
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
            + "… (\(bytes.count - cut) more bytes)"
    }

    static func bounded(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        var copy = text
        return copy.withUTF8 { bounded(UnsafeRawBufferPointer($0), limit: limit) }
    }

    /// The limit the run exceeded, if that is why it stopped: hosts that let users raise
    /// limits can say how (the `tiwizi` command names its flag).
    public var exceededLimit: SandboxLimit? {
        switch kind {
        case .instructionLimit: return .instructions
        case .memoryLimit: return .memory
        case .timeout: return .time
        case .outputLimit: return .output
        default: return nil
        }
    }

    /// One-line message, e.g. `rules.lua:12: attempt to index a nil value (global 'x')`.
    public var message: String {
        switch kind {
        case .syntax(_, let message), .runtime(let message, _), .host(let message, _, _):
            return message
        case .memoryLimit(let used, let limit):
            return "\(script): memory limit exceeded: the script needed \(Self.bytes(used)) but the limit is \(Self.bytes(limit))"
        case .instructionLimit(let used, let limit):
            return "\(script): instruction limit exceeded: the script ran \(used) instructions but the limit is \(limit)"
        case .outputLimit(let used, let limit):
            return
                "\(script): output limit exceeded: the script wrote \(Self.bytes(used)) of output but the limit is \(Self.bytes(limit))"
        case .timeout(let elapsed, let limit):
            return
                "\(script): time limit exceeded: the script ran for \(Self.seconds(elapsed)) but the limit is \(Self.seconds(limit))"
        case .cancelled:
            return "\(script): the run was cancelled"
        case .conversion(let message):
            return script.isEmpty ? message : "\(script): \(message)"
        case .setup(let message):
            return "cannot start Lua: \(message)"
        }
    }

    /// The Lua traceback, when there is one.
    public var traceback: String? {
        switch kind {
        case .runtime(_, let traceback), .host(_, let traceback, _):
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

/// Where the error object of a failed nested call waits: a registry reference of one state,
/// valid during one run.
struct NestedFailure {
    let sandboxID: UInt64
    let runID: Int64
    let reference: Int32
}

/// Thrown by a Swift function called from Lua to raise an ordinary Lua error, reported at the
/// caller's line: `rules.lua:7: currencies differ: MAD and EUR`. Scripts can catch it with `pcall`.
///
/// Any other Swift error (a database error, say) reaches the script only as a generic
/// `rules.lua:7: host error (…)`; its details go to the host, in ``LuaError/Kind/host(message:traceback:underlying:)``.
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
