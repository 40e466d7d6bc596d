import TiwiziCore

/// Collects the problems of one import. It keeps the first `limit` in full and counts the rest,
/// so a 600,000-row file full of mistakes cannot exhaust memory.
public final class IssueLog {
    public private(set) var issues: [Issue] = []
    public private(set) var errorCount = 0
    public private(set) var omitted = 0
    let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    func add(_ issue: Issue) {
        if issue.severity == .error { errorCount += 1 }
        if issues.count < limit { issues.append(issue) } else { omitted += 1 }
    }

    func add(_ more: [Issue], at location: SourceLocation?, under path: String?) {
        for issue in more {
            let placed = path.map { issue.nested(under: $0) } ?? issue
            add(placed.located(at: location))
        }
    }
}
