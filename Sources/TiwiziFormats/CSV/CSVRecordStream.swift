import CSV
import Foundation
import TiwiziCore

/// Reads a CSV file row by row (never whole), as cooperatives' spreadsheets really are: a header
/// row, UTF-8 with or without BOM, LF or CRLF, `,` (English locale) or `;` (French locale,
/// decimal comma) or tab as separator — detected from the header.
package final class CSVRecordStream {
    package let file: String
    package let layout: CSVLayout
    private let reader: CSVReader
    private let input: LookaheadFileStream
    private let header: [String]
    /// The physical line (1-based) where the next row starts: a quoted cell may span lines.
    private var nextLine = 2
    /// The line the last row read started on.
    private var lastRowLine = 1
    private var reportedOpenQuote = false

    /// Opens `url` and checks its header; throws an issue for an unknown kind or column.
    package init(url: URL, file: String) throws(Issue) {
        self.file = file
        guard let firstLine = Self.firstLine(of: url), let stream = LookaheadFileStream(path: url.path) else {
            throw Issue(.unreadable(path: file, reason: "cannot open"))
        }
        let delimiter = Self.delimiter(in: firstLine)
        stream.delimiter = UInt8(delimiter.value)
        input = stream
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw Issue(.unreadable(path: file, reason: "\(error)"))
        }
        header = (reader.headerRow ?? []).map { $0.trimmingSpaces.lowercased() }
        guard let layout = CSVLayout.detect(header: header) else {
            throw Issue(.csvKindUnknown, location: SourceLocation(file: file, line: 1))
        }
        self.layout = layout
        let known = layout.columns.map(\.name)
        if let unknown = header.first(where: { !known.contains($0) && !$0.isEmpty }) {
            throw Issue(
                .fieldUnknown(name: unknown, expected: known),
                location: SourceLocation(file: file, line: 1))
        }
    }

    /// The next row as a record and the line of the file it starts on, nil at the end. A row
    /// whose column count differs from the header's is an issue (never silently padded or
    /// cut). Blank rows, and rows of separators only (`;;;;`, as spreadsheets save trailing
    /// empty rows), are skipped.
    package func next() throws(Issue) -> (node: DocumentNode, line: Int)? {
        let line = nextLine
        guard let cells = reader.next() else {
            if let error = reader.error { throw Issue(.unreadable(path: file, reason: "\(error)")) }
            // The CSV library ends a quoted cell left open at the end of the file without an error.
            if input.endsInsideQuotes && !reportedOpenQuote {
                reportedOpenQuote = true
                throw Issue(.csvQuoteUnclosed, location: SourceLocation(file: file, line: lastRowLine))
            }
            return nil
        }
        nextLine += 1 + cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
        let row = line
        lastRowLine = line
        if cells.allSatisfy({ $0.trimmingSpaces.isEmpty }) { return try next() }
        guard cells.count == header.count else {
            throw Issue(
                .csvColumnCount(count: cells.count, expected: header.count),
                location: SourceLocation(file: file, line: row))
        }
        let named = Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
        do {
            return (try CSVRowMapping.node(cells: named, layout: layout, line: row), row)
        } catch {
            throw error.located(at: SourceLocation(file: file, line: row))
        }
    }

    /// The line breaks inside a cell (CRLF counts once).
    private static func lineBreaks(in cell: String) -> Int {
        cell.unicodeScalars.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" ? 1 : 0) } - cell.utf8.count(ofPair: (0x0D, 0x0A))
    }

    /// The separator used most outside quotes in the header line.
    package static func delimiter(in line: String) -> Unicode.Scalar {
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

extension String.UTF8View {
    /// How many times the two bytes `pair` follow each other.
    fileprivate func count(ofPair pair: (UInt8, UInt8)) -> Int {
        zip(self, dropFirst()).reduce(0) { $0 + ($1.0 == pair.0 && $1.1 == pair.1 ? 1 : 0) }
    }
}
