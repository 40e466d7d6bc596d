import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi import`: load YAML, JSON and CSV files into the catalog, all or nothing.
struct ImportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: HelpKey.importAbstract.text,
        discussion: HelpKey.importDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentImportPaths)) var paths: [String]
    @Flag(help: ArgumentHelp(.flagDryRun)) var dryRun = false
    @Flag(help: ArgumentHelp(.flagChanges)) var changes = false

    /// Up to this many updated records, the summary lists their changes without `--changes`.
    static let changesShownByDefault = 20

    func execute() throws {
        let store = try catalog.open()
        let importer = Importer(store: store, today: try Moment.current.today) { done in
            Console.progress(Console.text(.importProgress, ["done": "\(done)"]))
        }
        let summary = try importer.run(paths: paths, rehearsal: dryRun)
        Console.endProgress()
        printWarnings(summary.warnings)
        if summary.total == 0 { Console.out(Console.text(.importNothing, ["paths": paths.joined(separator: " ")])) }
        for kind in RecordKind.allCases {
            let counts = summary.counts[kind] ?? ImportSummary.Counts()
            Console.out(
                Console.text(
                    .importSummary,
                    [
                        "kind": Console.text(kind.nameKey),
                        "added": Console.counted(counts.added, one: .countAddedOne, other: .countAdded),
                        "updated": Console.counted(counts.updated, one: .countUpdatedOne, other: .countUpdated),
                        "unchanged": Console.counted(counts.unchanged, one: .countUnchangedOne, other: .countUnchanged),
                    ]))
        }
        if changes || summary.changes.count <= Self.changesShownByDefault {
            for line in ChangeReport.lines(summary.changes) { Console.out("  " + line) }
        } else {
            Console.out(Console.text(.importChangesHint, ["count": "\(summary.changes.count)"]))
        }
        if dryRun { Console.out(Console.text(.importRehearsed)) }
    }
}

/// `tiwizi export`: write the catalog in the import formats.
struct ExportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: HelpKey.exportAbstract.text,
        discussion: HelpKey.exportDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Option(help: ArgumentHelp(.optionExportFormat)) var format: Exporter.Format = .yaml
    @Option(help: ArgumentHelp(.optionExportOut)) var out: String?
    @Option(help: ArgumentHelp(.optionCSVDialect)) var dialect: CSVDialect = .standard
    @Flag(help: ArgumentHelp(.flagReplace)) var replace = false

    func execute() throws {
        let exporter = Exporter(store: try catalog.open(readOnly: true), dialect: dialect)
        guard let out else {
            _ = try exporter.export(format, to: Console.standardOutput.write)
            return
        }
        let fileExtension = (out as NSString).pathExtension.lowercased()
        let singleFile = format == .json ? fileExtension == "json" : ["yaml", "yml"].contains(fileExtension) && format == .yaml
        let counts =
            singleFile ? try exporter.export(format, toFile: out) : try exporter.export(format, toFolder: out, replacing: replace)
        Console.error(
            Console.text(.exported, ["count": "\(counts.cooperatives)", "products": "\(counts.products)", "path": out]))
    }
}

extension Exporter.Format: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

extension RecordKind {
    /// The kind's plural name in the message catalog.
    var nameKey: MessageKey {
        switch self {
        case .schemes: return .kindSchemes
        case .knowHow: return .kindKnowHowPlural
        case .cooperatives: return .kindCooperatives
        case .products: return .kindProducts
        }
    }
}
