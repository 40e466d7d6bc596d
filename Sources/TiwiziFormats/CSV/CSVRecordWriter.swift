import Foundation

/// How a CSV file is written: the separator, the decimal mark of decimal cells (`price`,
/// `quantity`), a byte-order mark and line endings. Imports read every dialect.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180 as English-locale spreadsheets write it: `,`, decimal dots, UTF-8 without BOM, LF.
    case standard
    /// What a French-locale Excel opens directly: `;`, decimal commas, UTF-8 with BOM, CRLF.
    case excelFR = "excel-fr"

    package var separator: Character { self == .standard ? "," : ";" }
    package var lineEnd: String { self == .standard ? "\n" : "\r\n" }
    package var byteOrderMark: String { self == .standard ? "" : "\u{FEFF}" }
    package var decimalComma: Bool { self == .excelFR }
}

/// Writes records as CSV rows (RFC 4180: fields quoted only when they hold the separator, a
/// quote or a line break) in a layout's columns, appended to the output in chunks. Reading uses
/// the CSV library; writing does not, because its writer goes scalar by scalar through
/// Foundation string searches: 64 % of a 60,000-product export's time, measured with perf.
/// Rows are gathered as bytes, not in a `String`: appending cells to a string cost a third of
/// writing 600,000 generated products.
package struct CSVRecordWriter {
    package let layout: CSVLayout
    package let dialect: CSVDialect
    package let output: (Data) throws -> Void
    private var pending: [UInt8] = []
    /// Whether each column's cells are decimals, written with the dialect's decimal mark.
    private let decimalColumns: [Bool]
    /// The separator's byte: with the double quote, line feed and carriage return, what makes a
    /// cell quoted. (Compared byte by byte, not looked up in a set: hashing every byte of a
    /// 600,000-product table cost a tenth of writing it.)
    private let separatorByte: UInt8
    private let lineEnd: [UInt8]
    /// Bytes gathered before they go to the output.
    private static let chunk = 1 << 16

    package init(layout: CSVLayout, dialect: CSVDialect = .standard, output: @escaping (Data) throws -> Void) {
        self.layout = layout
        self.dialect = dialect
        self.output = output
        let names = layout.columns.map(\.name)
        decimalColumns = names.map { dialect.decimalComma && CSVLayout.decimalColumns.contains($0) }
        separatorByte = dialect.separator.asciiValue ?? 0x2C
        lineEnd = Array(dialect.lineEnd.utf8)
        pending.reserveCapacity(Self.chunk + 4096)
        pending.append(contentsOf: dialect.byteOrderMark.utf8)
        append(names)
    }

    package mutating func write(_ node: DocumentNode) throws {
        try write(cells: CSVRowMapping.cells(of: node, layout: layout))
    }

    /// Writes one row of cells already in the layout's column order (as `CSVRowMapping.cells`
    /// gives them), for writers that make cells without building documents (`tiwizi generate`).
    package mutating func write(cells: [String]) throws {
        append(cells)
        if pending.count >= Self.chunk { try flush() }
    }

    package mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try output(Data(pending))
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ cells: [String]) {
        let separator = separatorByte
        for (index, cell) in cells.enumerated() {
            if index > 0 { pending.append(separator) }
            let cell =
                index < decimalColumns.count && decimalColumns[index] ? cell.replacingOccurrences(of: ".", with: ",") : cell
            let bytes = cell.utf8
            guard bytes.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                pending.append(contentsOf: bytes)
                continue
            }
            pending.append(0x22)
            for byte in bytes {
                pending.append(byte)
                if byte == 0x22 { pending.append(0x22) }
            }
            pending.append(0x22)
        }
        pending.append(contentsOf: lineEnd)
    }
}
