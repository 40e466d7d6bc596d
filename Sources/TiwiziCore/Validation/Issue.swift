/// A problem found in catalog data: where it is, which field, and what is wrong.
public struct Issue: Error, Hashable, HumanReadable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The field path, e.g. `products[2].price` or `ice`.
    public var field: String?
    /// What is wrong, as a typed message (`ValueProblem`, `FileProblem`, …).
    public var problem: any Problem
    public var location: SourceLocation?

    /// An issue of any kind of problem.
    public init(
        problem: any Problem, field: String? = nil, severity: Severity = .error, location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.field = field
        self.problem = problem
        self.location = location
    }

    /// An issue of any kind of problem.
    public init(
        _ problem: some Problem, field: String? = nil, severity: Severity = .error, location: SourceLocation? = nil
    ) {
        self.init(problem: problem, field: field, severity: severity, location: location)
    }

    /// An issue with a value or record of the catalog.
    public init(
        _ problem: ValueProblem, field: String? = nil, severity: Severity = .error, location: SourceLocation? = nil
    ) {
        self.init(problem: problem, field: field, severity: severity, location: location)
    }

    /// An issue with a file.
    public init(_ problem: FileProblem, location: SourceLocation? = nil) {
        self.init(problem: problem, location: location)
    }

    public static func == (left: Issue, right: Issue) -> Bool {
        left.severity == right.severity && left.field == right.field && left.location == right.location
            && AnyHashable(left.problem) == AnyHashable(right.problem)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(location)
        hasher.combine(AnyHashable(problem))
    }

    /// The issue with its field path placed below `parent` (`products[2]` + `price`).
    public func nested(under parent: String) -> Issue {
        var copy = self
        copy.field = field.map { "\(parent).\($0)" } ?? parent
        return copy
    }

    /// The issue located at `location` unless it already has a location.
    public func located(at location: SourceLocation?) -> Issue {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }

    /// `file:line: field: message`, with `warning:` in front of warnings.
    /// The position is written `file:line:` as compilers do; the rest follows the language's
    /// punctuation (`price: …` in English, `price : …` in French).
    public func text(in language: InterfaceLanguage = .current) -> String {
        var parts: [String] = []
        if severity == .warning { parts.append(language == .french ? "avertissement" : "warning") }
        if let field { parts.append(field) }
        parts.append(problem.text(in: language))
        let text = parts.joined(separator: language.colon)
        return location.map { "\($0): \(text)" } ?? text
    }

    public var description: String { text() }
}

/// Where in an input file something was found.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line (YAML, JSON) or row (CSV, counting the header as row 1).
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// Several problems at once: what a failed import or update reports.
public struct ValidationFailure: Error, Sendable {
    public var issues: [Issue]
    public init(_ issues: [Issue]) { self.issues = issues }
}

extension Array where Element == Issue {
    /// The issues that block a write (warnings do not).
    public var errors: [Issue] { filter { $0.severity == .error } }
}
