import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// `tiwizi import`: load YAML, JSON and CSV files into the catalog, all or nothing.
struct ImportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import YAML, JSON and CSV files or folders, all or nothing.",
        discussion: """
            Every record is checked first; if anything is wrong, nothing is written
            and every problem is listed with its file, line and field. Records are
            matched by id (SKU for products): importing the same files again changes
            nothing. CSV files may use `,` or `;` (French spreadsheets, decimal
            comma), with or without BOM, LF or CRLF.
            Examples:
              tiwizi import catalog/
              tiwizi import products.csv
              tiwizi import schemes.yaml know-how.yaml cooperatives/
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "Files or folders to import.") var paths: [String]

    func execute() throws {
        let store = try catalog.open()
        let importer = Importer(store: store, today: today) { done in
            Console.progress(Console.text(.importProgress, ["done": "\(done)"]))
        }
        let summary = try importer.run(paths: paths)
        Console.endProgress()
        printWarnings(summary.warnings)
        if summary.total == 0 { Console.out(Console.text(.importNothing, ["paths": paths.joined(separator: " ")])) }
        for kind in RecordKind.allCases {
            let counts = summary.counts[kind] ?? ImportSummary.Counts()
            Console.out(
                Console.text(
                    .importSummary,
                    [
                        "kind": kind.rawValue, "added": "\(counts.added)",
                        "updated": "\(counts.updated)", "unchanged": "\(counts.unchanged)",
                    ]))
        }
    }
}

/// `tiwizi export`: write the catalog in the import formats.
struct ExportCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the catalog as YAML, JSON or CSV.",
        discussion: """
            Without --out, one document goes to standard output (for CSV: the
            products table). With --out: a .yaml/.yml or .json path gets one
            document; any other path is a folder that receives the seed layout
            (YAML: schemes.yaml, know-how.yaml, cooperatives/ID.yaml) or one file
            per kind (CSV: schemes.csv, know-how.csv, cooperatives.csv, products.csv).
            Exporting, importing into an empty catalog and exporting again gives
            identical files.
            Examples:
              tiwizi export --format yaml --out exported/
              tiwizi export --format json --out catalog.json
              tiwizi export --format csv > products.csv
            """)

    @OptionGroup var catalog: CatalogOptions
    @Option(help: "yaml, json or csv.") var format: Exporter.Format = .yaml
    @Option(help: "A file or folder to write to (default: standard output).") var out: String?

    func execute() throws {
        let exporter = Exporter(store: try catalog.open(readOnly: true))
        guard let out else {
            _ = try exporter.export(format) { Console.write($0) }
            return
        }
        let fileExtension = (out as NSString).pathExtension.lowercased()
        let singleFile = format == .json ? fileExtension == "json" : ["yaml", "yml"].contains(fileExtension) && format == .yaml
        let counts: Exporter.Counts
        if singleFile {
            _ = FileManager.default.createFile(atPath: out, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            defer { try? handle.close() }
            counts = try exporter.export(format) { try handle.write(contentsOf: $0) }
        } else {
            counts = try exporter.export(format, toFolder: out)
        }
        Console.error(
            Console.text(.exported, ["count": "\(counts.cooperatives)", "products": "\(counts.products)", "path": out]))
    }
}

extension Exporter.Format: ExpressibleByArgument {}
