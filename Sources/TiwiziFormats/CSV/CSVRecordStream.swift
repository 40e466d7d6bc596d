import Foundation
import TiwiziCore

/// Reads a CSV file row by row (never whole), as cooperatives' spreadsheets really are: a header
/// row, UTF-8 with or without BOM, LF or CRLF, `,` (English locale) or `;` (French locale,
/// decimal comma) or tab as separator — detected from the header.
package final class CSVRecordStream {
    package let file: String
    package let layout: CSVLayout
    private var reader: CSVByteReader
    private let header: [String]

    /// Opens `url` and checks its header; throws an issue for an unknown kind or column.
    package init(url: URL, file: String) throws(Issue) {
        self.file = file
        guard let firstLine = Self.firstLine(of: url),
            var reader = CSVByteReader(path: url.path, delimiter: UInt8(Self.delimiter(in: firstLine).value))
        else {
            throw Issue(.unreadable(path: file, reason: "cannot open"))
        }
        let headerRow: [String]
        do throws(CSVByteReader.Failure) {
            headerRow = try reader.next()?.cells ?? []
        } catch {
            throw Self.issue(error, file: file)
        }
        self.reader = reader
        header = headerRow.map { $0.trimmingSpaces.lowercased() }
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
        var row: (cells: [String], line: Int)
        repeat {  // a loop, not a recursion: a sheet may end in a million empty rows
            do throws(CSVByteReader.Failure) {
                guard let next = try reader.next() else { return nil }
                row = next
            } catch {
                // A quote left open ran to the end of the file: the next call finds the end.
                throw Self.issue(error, file: file)
            }
        } while row.cells.allSatisfy({ $0.trimmingSpaces.isEmpty })
        let (cells, line) = row
        guard cells.count == header.count else {
            throw Issue(
                .csvColumnCount(count: cells.count, expected: header.count),
                location: SourceLocation(file: file, line: line))
        }
        let named = Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
        do {
            return (try CSVRowMapping.node(cells: named, layout: layout, line: line), line)
        } catch {
            throw error.located(at: SourceLocation(file: file, line: line))
        }
    }

    private static func issue(_ failure: CSVByteReader.Failure, file: String) -> Issue {
        switch failure {
        case .quoteUnclosed(let line): Issue(.csvQuoteUnclosed, location: SourceLocation(file: file, line: line))
        case .rowTooLong(let line, let quoted):
            Issue(
                .csvRowTooLong(limit: CSVByteReader.maximumRowBytes, quoted: quoted),
                location: SourceLocation(file: file, line: line))
        case .unreadable(let reason): Issue(.unreadable(path: file, reason: reason))
        }
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
