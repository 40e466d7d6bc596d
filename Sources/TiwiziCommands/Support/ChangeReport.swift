import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// How Tiwizi tells a person what a write did: `updated product TAF-ARG-250: price 145.00 →
/// 150.00; allergens cleared (was argan)`.
enum ChangeReport {
    /// The fields that changed, one phrase each.
    static func phrases(_ changes: [FieldChange]) -> [String] {
        changes.map { change in
            if change.after.isEmpty { return Console.text(.changeCleared, ["field": change.field, "before": change.before]) }
            if change.before.isEmpty { return Console.text(.changeSet, ["field": change.field, "after": change.after]) }
            return Console.text(.changeReplaced, ["field": change.field, "before": change.before, "after": change.after])
        }
    }

    /// One line per updated record: `TAF-ARG-250: price 145.00 → 150.00; allergens cleared`.
    static func lines(_ changes: [RecordChange]) -> [String] {
        changes.map { $0.key + Console.language.colon + phrases($0.fields).joined(separator: "; ") }
    }

    /// Prints what `add` or `update` did to the record `key` of `kind`.
    static func print(_ outcome: RecordForm.Outcome, kind: MessageKey, key: String) {
        printWarnings(outcome.warnings)
        let message: MessageKey
        switch outcome.saved {
        case .added: message = .added
        case .updated: message = .updated
        case .unchanged: message = .unchanged
        }
        Console.out(Console.text(message, ["kind": Console.text(kind), "value": key]))
        if outcome.saved == .updated { for phrase in phrases(outcome.changes) { Console.out("  " + phrase) } }
    }
}
