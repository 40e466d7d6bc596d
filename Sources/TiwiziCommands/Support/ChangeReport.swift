import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

/// How Tiwizi tells a person what a write did: `updated product TAF-ARG-250: price 145.00 →
/// 150.00; allergens cleared (was argan)`.
enum ChangeReport {
    /// The fields that changed, one phrase each.
    static func phrases(_ changes: [FieldChange]) -> [String] {
        changes.map { Console.say(CommandMessage.change($0)) }
    }

    /// One line per updated record: `TAF-ARG-250: price 145.00 → 150.00; allergens cleared`.
    static func lines(_ changes: [RecordChange]) -> [String] {
        changes.map { $0.key + Console.language.colon + phrases($0.fields).joined(separator: "; ") }
    }

    /// Prints what `add` or `update` did to the record `key` of `kind`.
    static func print(_ outcome: RecordForm.Outcome, kind: RecordKind, key: String) {
        printWarnings(outcome.warnings)
        Console.out(Console.say(CommandMessage.saved(outcome.saved, kind, key: key)))
        if outcome.saved == .updated { for phrase in phrases(outcome.changes) { Console.out("  " + phrase) } }
    }
}
