import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// The one flow of every `add` and `update` command: the options' cells go through
/// `RecordForm` (the rules of an import of a one-row spreadsheet) in one transaction, and the
/// outcome is printed with the fields that changed.
enum RecordEdit {
    /// `KIND add KEY --options…`: refused when the catalog holds `key`.
    static func add(_ kind: RecordKind, key: String, cells: [String: String], in catalog: CatalogOptions) throws {
        let today = try Moment.current.today
        let cells = cells.merging([kind.keyField: key]) { $1 }
        let outcome = try catalog.open().write { try RecordForm.add(kind, cells, today: today, with: $0) }
        ChangeReport.print(outcome, kind: kind, key: key)
    }

    /// `KIND update KEY --options…`: changes the fields `cells` names and no other; `then` runs
    /// in the same transaction for what is not a field (a stock movement).
    static func update(
        _ kind: RecordKind, key: String, cells: [String: String], in catalog: CatalogOptions,
        then: ((any CatalogWriter, RecordForm.Outcome) throws -> RecordForm.Outcome)? = nil
    ) throws {
        guard !cells.isEmpty || then != nil else { throw ValidationFailure([Issue(CommandProblem.nothingToUpdate)]) }
        let today = try Moment.current.today
        let outcome = try catalog.open().write { writer in
            let outcome = try RecordForm.update(kind, key: key, cells, today: today, with: writer)
            return try then?(writer, outcome) ?? outcome
        }
        ChangeReport.print(outcome, kind: kind, key: key)
    }
}
