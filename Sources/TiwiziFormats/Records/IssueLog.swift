import TiwiziCore

/// Collects the problems of one import. It keeps the first `limit` in full and counts the rest,
/// so a 600,000-row file full of mistakes cannot exhaust memory.
public final class IssueLog {
    public private(set) var issues: [Issue] = []
    /// Problems that do not stop the import (kept apart, also up to `limit`).
    public private(set) var warnings: [Issue] = []
    public private(set) var errorCount = 0
    public private(set) var omitted = 0
    package let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    package func add(_ issue: Issue) {
        if issue.severity == .warning {
            if warnings.count < limit { warnings.append(issue) }
            return
        }
        errorCount += 1
        if issues.count < limit { issues.append(issue) } else { omitted += 1 }
    }
}
