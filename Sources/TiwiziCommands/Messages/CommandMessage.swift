import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziRules
import TiwiziStore

/// What a command tells a person about what it did, in English and French
/// (`CommandMessage+English.swift`, `CommandMessage+French.swift`).
enum CommandMessage: Bilingual {
    /// The last line of a failed import.
    case importFailed(problems: Int)
    /// Problems not shown, after the first ones.
    case moreProblems(Int)
    /// One line per kind: `cooperatives: 1 added, 0 updated, 2 unchanged`.
    case importSummary(RecordKind, ImportSummary.Counts)
    case importNothing(paths: [String])
    case importProgress(done: Int)
    case importRehearsed
    /// Too many updated records to list them unasked.
    case importChangesHint(updated: Int)
    /// One changed field: `price 145.00 → 150.00`, `allergens cleared (was argan)`.
    case change(FieldChange)
    case saved(SaveOutcome, RecordKind, key: String)
    case removed(RecordKind, key: String)
    case linked(knowHow: String, target: String)
    case alreadyLinked(knowHow: String, target: String)
    case exported(cooperatives: Int, products: Int, path: String)
    case generated(cooperatives: Int, products: Int, path: String)
    /// A progress bar's words: `62 % · 372,000/600,000 records · 210,000/s · 2 s left` (the time
    /// left once there is a rate to tell it from).
    case progress(percent: Int, done: Int, total: Int, unit: ProgressUnit, perSecond: Int, secondsLeft: Int?)
    case listEmpty(RecordKind)
    case noRuleSets(folder: String)
    /// The hash of the rules that priced a quote.
    case ruleSetHash(String)
    case orderPlaced(id: Int, total: String, hash: String)
    case orderSummary(id: Int, placedAt: String, customer: String?, total: String, redeemed: [String], hash: String)
    case noOrders
    /// A replayed order's total then and now, and whether the same rules priced both.
    case replayTotals(then: String, now: String, sameRules: Bool)
    case noTestFiles(folder: String)
    /// The last line of `tiwizi test`: `12 passed, 1 failed`.
    case testsSummary(passed: Int, failed: Int)
    /// The first line of `tiwizi check`: what was checked, on how many products, when.
    case checkHeading(folder: String, sets: Int, rules: Int, products: Int, at: String)
    /// The title of the worst-case table.
    case checkWorstCase(quantity: Int)
    /// The title of the price changes against another folder.
    case checkChanges(against: String, changed: Int, unchanged: Int)
    /// The title of the replayed orders.
    case checkOrders(against: String)
    /// The last line of `tiwizi check`: `0 errors, 2 warnings`.
    case checkSummary(errors: Int, warnings: Int)
    /// `error`, `warning` before a finding.
    case severity(CheckFinding.Severity)
    /// The stock cell of a product made to order.
    case madeToOrder(days: Int)
    /// The least a cooperative receives per unit of a product, from the share of the price
    /// that gives it, if any, and the cooperative whose floor it is, when not the product's own.
    case floorMinimum(minimum: String, share: String?, cooperative: String?)
    /// What stands before an error: `error`, `erreur`.
    case errorLabel
    case standardOutput
    /// `tiwizi new plugin`: the folder written, what its files are for (its test file is `test`),
    /// and what to run next, with the plugin folder `plugins`.
    case pluginCreated(folder: String, test: String, plugins: String)
}

/// What a progress bar counts.
enum ProgressUnit: Sendable {
    case records, products
}

extension CommandMessage {
    /// `count` with its digits grouped in threes by `separator` (`600,000`, `600 000`).
    static func grouped(_ count: Int, by separator: String) -> String {
        var digits = String(count.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (count < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// A duration in whole seconds as `45 s`, `2 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if seconds < 3600 { return "\(seconds / 60) min \(two(seconds % 60)) s" }
        return "\(seconds / 3600) h \(two(seconds % 3600 / 60)) min"
    }

    /// The files `tiwizi new plugin` writes, one a line, aligned, each with what it is for (`uses`,
    /// in the message's language, in the order of the files).
    static func pluginFiles(test: String, uses: [String]) -> String {
        let files = [PluginDiscovery.entryName, test, ".luarc.json, .meta/", ".luacheckrc"]
        let width = (files.map(\.count).max() ?? 0) + 2
        return zip(files, uses).map { "  " + $0.padding(toLength: width, withPad: " ", startingAt: 0) + $1 }
            .joined(separator: "\n")
    }
}
