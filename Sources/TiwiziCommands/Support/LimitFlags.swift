import LuaHost

/// The `tiwizi run` options that raise the sandbox's limits. LuaHost names the limit a run
/// exceeded; the command line knows which of its flags raises it.
extension SandboxLimit {
    /// The option's name without dashes, e.g. `max-instructions`.
    var optionName: String {
        switch self {
        case .instructions: return "max-instructions"
        case .memory: return "max-memory"
        case .time: return "timeout"
        case .output: return "max-output"
        }
    }

    /// The flag as typed, e.g. `--max-instructions`.
    var flag: String { "--" + optionName }
}

extension LuaError {
    /// What `tiwizi run` prints for a failed run: the error, and after a limit the flag that
    /// raises it, `… but the limit is 10000000. Raise it with --max-instructions.`
    var commandLineReport: String {
        guard let limit = exceededLimit else { return description }
        let hint = Console.say(Hint.raiseLimit(flag: limit.flag))
        return "\(message). \(hint)" + (traceback.map { "\n" + $0 } ?? "")
    }
}
