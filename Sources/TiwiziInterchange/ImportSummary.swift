import TiwiziCore
import TiwiziFormats
import TiwiziStore

/// What an import did: per kind, how many records it added, updated and left unchanged.
public struct ImportSummary: Sendable {
    public struct Counts: Sendable, Equatable {
        public var added = 0, updated = 0, unchanged = 0
        public init() {}
        public var total: Int { added + updated + unchanged }
    }

    public var counts: [RecordKind: Counts] = [:]
    /// Problems that did not stop the import (e.g. fewer members than the legal minimum).
    public var warnings: [Issue] = []
    /// The updated records and their changed fields, in the order they were imported.
    public var changes: [RecordChange] = []

    mutating func record(_ outcome: SaveOutcome, kind: RecordKind) {
        switch outcome {
        case .added: counts[kind, default: Counts()].added += 1
        case .updated: counts[kind, default: Counts()].updated += 1
        case .unchanged: counts[kind, default: Counts()].unchanged += 1
        }
    }

    public var total: Int { counts.values.reduce(0) { $0 + $1.total } }
}

/// An import that was refused: nothing was written. Holds the first problems in full.
public struct ImportFailure: Error, Sendable {
    public let issues: [Issue]
    public let errorCount: Int
    /// Problems found beyond those kept in `issues`.
    public let omitted: Int
}
