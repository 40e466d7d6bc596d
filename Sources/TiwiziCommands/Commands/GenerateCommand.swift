import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziGenerator
import TiwiziInterchange

#if canImport(Glibc)
    import Glibc
#endif

/// `tiwizi generate`: a made-up national catalog in the CSV import layouts, written to a folder
/// or imported into the catalog.
struct GenerateCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: HelpText.generateAbstract.text, discussion: HelpText.generateDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Option(help: ArgumentHelp(.optionGenerateCooperatives, valueName: "count")) var cooperatives = 100
    @Option(help: ArgumentHelp(.optionGenerateProducts, valueName: "count")) var products = 1_000
    @Option(help: ArgumentHelp(.optionGenerateSeed, valueName: "number")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(.optionGenerateOut, valueName: "folder")) var out: String?
    @Flag(help: ArgumentHelp(.flagGenerateReplace)) var replace = false
    @Flag(help: ArgumentHelp(.flagGenerateIntoCatalog)) var intoCatalog = false

    func validate() throws {
        guard (out == nil) == intoCatalog else { throw ValidationError(.generateNeedsOneDestination) }
        for (option, value, range) in [
            ("--cooperatives", cooperatives, CatalogGenerator.cooperativeRange),
            ("--products", products, CatalogGenerator.productRange),
        ] where !range.contains(value) {
            throw ValidationError(.optionOutOfRange(option: option, range: range))
        }
    }

    func execute() throws {
        let generator = CatalogGenerator(cooperatives: cooperatives, products: products, seed: seed)
        if let out {
            try ExportDestination.writeFolder(out, replacing: replace) { try Self.write(generator, to: $0) }
            return Console.error(
                Console.say(CommandMessage.generated(cooperatives: cooperatives, products: products, path: out)))
        }
        // Into the catalog: the files in a temporary folder, imported by the real importer (all
        // or nothing), then removed.
        let store = try catalog.open()
        let today = try Moment.current.today
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(generator, to: folder)
        let importer = Importer(store: store, today: today) { done in
            Console.progress(Console.say(CommandMessage.importProgress(done: done)))
        }
        let summary = try importer.run(paths: [folder.path])
        Console.endProgress()
        ImportCommand.report(summary, paths: [folder.path], changes: false)
    }

    /// Writes the generator's four CSV files into `folder`, with a progress bar.
    static func write(_ generator: CatalogGenerator, to folder: URL) throws {
        func path(_ kind: RecordKind) -> String { folder.appendingPathComponent(CatalogGenerator.fileName(kind)).path }
        try FileOutput.writing(to: path(.schemes)) { try generator.writeSchemes(to: $0.write) }
        try FileOutput.writing(to: path(.knowHow)) { try generator.writeKnowHow(to: $0.write) }
        var bar = ProgressBar(total: generator.cooperatives + generator.products, unit: .records)
        defer { bar.finish() }
        try FileOutput.writing(to: path(.cooperatives)) { cooperatives in
            try FileOutput.writing(to: path(.products)) { products in
                try generator.writeCooperatives(to: cooperatives.write, products: products.write) { bar.update(done: $0) }
            }
        }
    }

    /// A new empty folder of this process's under the temporary folder.
    private static func temporaryFolder() throws -> URL {
        let parent = FileManager.default.temporaryDirectory.path
        var template = Array((parent + "/tiwizi-generate-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CommandProblem.outputFailed(target: parent, reason: String(cString: strerror(errno)))
        }
        return URL(fileURLWithPath: String(cString: made))
    }
}
