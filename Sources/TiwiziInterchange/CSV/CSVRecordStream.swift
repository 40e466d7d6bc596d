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
    private let header: [String]
    private var row = 1

    /// Opens `url` and checks its header; throws an issue for an unknown kind or column.
    init(url: URL, file: String) throws(Issue) {
        self.file = file
        guard let firstLine = Self.firstLine(of: url), let stream = LookaheadFileStream(path: url.path) else {
            throw Issue(.fileUnreadable, ["file": file, "reason": "cannot open"])
        }
        let delimiter = Self.delimiter(in: firstLine)
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw Issue(.fileUnreadable, ["file": file, "reason": "\(error)"])
        }
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
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
            return nil
        }
        row += 1
        if cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty { return try next() }
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

/// Writes records as CSV rows in a layout's columns, buffered in memory and appended to the
/// output in chunks (the CSV library writes byte by byte to its stream).
struct CSVRecordWriter {
    let layout: CSVLayout
    let output: (Data) throws -> Void
    private var pending: [[String]] = []

    init(layout: CSVLayout, output: @escaping (Data) throws -> Void) throws {
        self.layout = layout
        self.output = output
        pending.append(layout.columns.map(\.name))
    }

    mutating func write(_ node: DocumentNode) throws {
        pending.append(CSVRowMapping.cells(of: node, layout: layout))
        if pending.count >= 1000 { try flush() }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let writer = try CSVWriter(stream: .toMemory())
        for row in pending { try writer.write(row: row) }
        writer.stream.close()
        var data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(UInt8(ascii: "\n"))
        pending.removeAll(keepingCapacity: true)
        try output(data)
    }
}
