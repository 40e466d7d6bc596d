import CSV
import Foundation
import TiwiziCore

/// Reads a CSV file row by row (never whole), as cooperatives' spreadsheets really are: a header
/// row, UTF-8 with or without BOM, LF or CRLF, `,` (English locale) or `;` (French locale,
/// decimal comma) or tab as separator — detected from the header.
final class CSVRecordStream {
    let file: String
    let layout: CSVLayout
    private let reader: CSVReader
    private let input: LookaheadFileStream
    private let header: [String]
    private var row = 1
    private var reportedOpenQuote = false

    /// Opens `url` and checks its header; throws an issue for an unknown kind or column.
    init(url: URL, file: String) throws(Issue) {
        self.file = file
        guard let firstLine = Self.firstLine(of: url), let stream = LookaheadFileStream(path: url.path) else {
            throw Issue(.fileUnreadable, ["file": file, "reason": "cannot open"])
        }
        let delimiter = Self.delimiter(in: firstLine)
        stream.delimiter = UInt8(delimiter.value)
        input = stream
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw Issue(.fileUnreadable, ["file": file, "reason": "\(error)"])
        }
        header = (reader.headerRow ?? []).map { $0.trimmingSpaces.lowercased() }
        guard let layout = CSVLayout.detect(header: header) else {
            throw Issue(.csvKindUnknown, location: SourceLocation(file: file, line: 1))
        }
        self.layout = layout
        let known = layout.columns.map(\.name)
        if let unknown = header.first(where: { !known.contains($0) && !$0.isEmpty }) {
            throw Issue(
                .fieldUnknown, ["name": unknown, "expected": known.joined(separator: ", ")],
                location: SourceLocation(file: file, line: 1))
        }
    }

    /// The next row as a record and its row number, nil at the end. A row whose column count
    /// differs from the header's is an issue (never silently padded or cut).
    func next() throws(Issue) -> (node: DocumentNode, line: Int)? {
        guard let cells = reader.next() else {
            if let error = reader.error { throw Issue(.fileUnreadable, ["file": file, "reason": "\(error)"]) }
            // The CSV library ends a quoted cell left open at the end of the file without an error.
            if input.endsInsideQuotes && !reportedOpenQuote {
                reportedOpenQuote = true
                throw Issue(.csvQuoteUnclosed, location: SourceLocation(file: file, line: row))
            }
            return nil
        }
        row += 1
        if cells.count == 1 && cells[0].trimmingSpaces.isEmpty { return try next() }
        guard cells.count == header.count else {
            throw Issue(
                .csvColumnCount, ["count": "\(cells.count)", "expected": "\(header.count)"],
                location: SourceLocation(file: file, line: row))
        }
        let named = Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
        do {
            return (try CSVRowMapping.node(cells: named, layout: layout, line: row), row)
        } catch {
            throw error.located(at: SourceLocation(file: file, line: row))
        }
    }

    /// The separator used most outside quotes in the header line.
    static func delimiter(in line: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in line.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        return counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!.key
    }

    private static func firstLine(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        return String(text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
    }
}

/// Writes records as CSV rows (RFC 4180: fields quoted only when they hold a separator, quote
/// or line break) in a layout's columns, appended to the output in chunks. Reading uses the CSV
/// library; writing does not, because its writer goes scalar by scalar through Foundation
/// string searches: 64 % of a 60,000-product export's time, measured with perf.
struct CSVRecordWriter {
    let layout: CSVLayout
    let output: (Data) throws -> Void
    private var pending = ""

    init(layout: CSVLayout, output: @escaping (Data) throws -> Void) {
        self.layout = layout
        self.output = output
        append(layout.columns.map(\.name))
    }

    mutating func write(_ node: DocumentNode) throws {
        append(CSVRowMapping.cells(of: node, layout: layout))
        if pending.utf8.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try output(Data(pending.utf8))
        pending = ""
    }

    /// Comma, double quote, line feed, carriage return.
    private static let specialBytes: Set<UInt8> = [0x2C, 0x22, 0x0A, 0x0D]

    private mutating func append(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { pending += "," }
            let needsQuotes = cell.utf8.contains { Self.specialBytes.contains($0) }
            pending += needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        pending += "\n"
    }
}
