import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange
import TiwiziStore

/// `tiwizi import`: load YAML, JSON and CSV files into the catalog, all or nothing.
struct ImportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: HelpText.importAbstract.text,
        discussion: HelpText.importDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentImportPaths)) var paths: [String]
    @Flag(help: ArgumentHelp(.flagDryRun)) var dryRun = false
    @Flag(help: ArgumentHelp(.flagChanges)) var changes = false

    /// Up to this many updated records, the summary lists their changes without `--changes`.
    static let changesShownByDefault = 20

    func execute() throws {
        let store = try catalog.open()
        let importer = Importer(store: store, today: try Moment.current.today) { done in
            Console.progress(Console.say(CommandMessage.importProgress(done: done)))
        }
        let summary = try importer.run(paths: paths, rehearsal: dryRun)
        Console.endProgress()
        Self.report(summary, paths: paths, changes: changes)
        if dryRun { Console.out(Console.say(CommandMessage.importRehearsed)) }
    }

    /// Prints what an import of `paths` did: its warnings, then its counts by kind and the
    /// changed fields (all of them with `changes`, else up to `changesShownByDefault` records).
    static func report(_ summary: ImportSummary, paths: [String], changes: Bool) {
        printWarnings(summary.warnings)
        if summary.total == 0 { Console.out(Console.say(CommandMessage.importNothing(paths: paths))) }
        for kind in RecordKind.allCases {
            let counts = summary.counts[kind] ?? ImportSummary.Counts()
            Console.out(Console.say(CommandMessage.importSummary(kind, counts)))
        }
        if changes || summary.changes.count <= changesShownByDefault {
            for line in ChangeReport.lines(summary.changes) { Console.out("  " + line) }
        } else {
            Console.out(Console.say(CommandMessage.importChangesHint(updated: summary.changes.count)))
        }
    }
}

/// `tiwizi export`: write the catalog in the import formats.
struct ExportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: HelpText.exportAbstract.text,
        discussion: HelpText.exportDiscussion.text)

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
            Console.say(CommandMessage.exported(cooperatives: counts.cooperatives, products: counts.products, path: out)))
    }
}

extension Exporter.Format: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}
