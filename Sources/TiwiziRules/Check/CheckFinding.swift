import LuaHost
import TiwiziCore

/// One thing `tiwizi check` found in a rules folder: where, which rules, and what.
public struct CheckFinding: Hashable, Sendable {
    /// An error fails the check (exit status 1); a warning is reported and does not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// `promotions/cart.lua:12`, a file, or nil for the folder as a whole.
    public let location: String?
    public let rules: [String]
    public let problem: CheckProblem

    public var severity: Severity { problem.severity }

    /// Errors first, then by file and line, so that a report reads the same on every run.
    static func sorted(_ findings: [CheckFinding]) -> [CheckFinding] {
        findings.sorted { left, right in
            let (a, b) = (left.sortKey, right.sortKey)
            return (a.severity, a.file, a.line, a.rules, a.code) < (b.severity, b.file, b.line, b.rules, b.code)
        }
    }

    private var sortKey: (severity: Int, file: String, line: Int, rules: String, code: String) {
        let place = location ?? ""
        let parts = place.split(separator: ":", maxSplits: 1)
        let line = parts.count == 2 ? Int(parts[1]) : nil
        return (
            severity == .error ? 0 : 1, line == nil ? place : String(parts[0]), line ?? 0,
            rules.joined(separator: " "), problem.code
        )
    }
}

extension FailureText {
    /// Any error as words in each language: its sentences when it has them, else its text.
    public init(error: any Error) {
        switch error {
        case let readable as any HumanReadable:
            english = readable.text(in: .english)
            french = readable.text(in: .french)
        case let lua as LuaError:
            english = lua.message
            french = lua.message
        default:
            english = "\(error)"
            french = "\(error)"
        }
    }
}
