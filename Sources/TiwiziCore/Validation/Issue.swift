/// A problem found in catalog data: where it is, which field, and what to do about it.
public struct Issue: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The field path, e.g. `products[2].price` or `ice`.
    public var field: String?
    public var message: Message
    public var location: SourceLocation?

    public init(
        _ key: MessageKey, _ arguments: [String: String] = [:], field: String? = nil,
        severity: Severity = .error, location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.field = field
        self.message = Message(key, arguments)
        self.location = location
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
        if severity == .warning { parts.append(Message(.warning).text(in: language)) }
        if let field { parts.append(field) }
        parts.append(message.text(in: language))
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
