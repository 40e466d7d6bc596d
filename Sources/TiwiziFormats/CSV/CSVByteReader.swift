import Foundation

/// A streaming RFC 4180 reader over the bytes of a file, one row at a time, with the physical
/// line each row starts on. What spreadsheets write: a UTF-8 byte-order mark skipped at the
/// start; rows ended by LF, CRLF or a lone CR; a cell quoted when it starts with `"`, inside
/// which `""` is a quote and separators and line breaks are text. Text after a closing quote
/// (`"abc"def`, which no spreadsheet writes) is kept, as Excel and Python's csv keep it: a
/// reader must not lose what the file holds. Cells are decoded as UTF-8 (the file was checked
/// before).
struct CSVByteReader {
    /// Why a row could not be read.
    enum Failure: Error {
        /// The file ended inside a quoted cell of the row that starts on `line`.
        case quoteUnclosed(line: Int)
        /// The row that starts on `line` ran past ``maximumRowBytes``, inside a quoted cell or not.
        case rowTooLong(line: Int, quoted: Bool)
        case unreadable(String)
    }

    private let handle: FileHandle
    private let delimiter: UInt8
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var readError: String?
    /// The physical line (1-based) of the next byte.
    private var line = 1
    private static let chunkSize = 1 << 16
    /// The most bytes of one row: a record is a few hundred bytes, and a row that runs on (a
    /// quote left open, a file without line breaks) must not be read into memory whole.
    static let maximumRowBytes = 1 << 20

    init?(path: String, delimiter: UInt8) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.delimiter = delimiter
        refill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if position == buffer.count { refill() }
    }

    /// The next row's cells and the line it starts on, or nil at the end of the file.
    mutating func next() throws(Failure) -> (cells: [String], line: Int)? {
        guard try peek() != nil else { return nil }
        let start = line
        var cells: [String] = []
        var cell: [UInt8] = []
        var quoted = false
        var rowBytes = 0
        while true {
            rowBytes += 1
            if rowBytes > Self.maximumRowBytes {
                atEnd = true  // the rest of the file cannot be read as rows
                position = buffer.count
                throw .rowTooLong(line: start, quoted: quoted)
            }
            guard let byte = try peek() else {
                if quoted { throw .quoteUnclosed(line: start) }
                cells.append(Self.text(cell))
                return (cells, start)
            }
            position += 1
            if quoted {
                if byte == Self.quote {
                    // `""` is a quote; a lone `"` ends the quoted part of the cell.
                    if try peek() == Self.quote {
                        position += 1
                        cell.append(Self.quote)
                    } else {
                        quoted = false
                    }
                } else {
                    let crlf = byte == Self.cr ? try peek() == Self.lf : false
                    if byte == Self.lf || (byte == Self.cr && !crlf) { line += 1 }
                    cell.append(byte)
                }
            } else if byte == delimiter {
                cells.append(Self.text(cell))
                cell.removeAll(keepingCapacity: true)
            } else if byte == Self.lf || byte == Self.cr {
                if byte == Self.cr, try peek() == Self.lf { position += 1 }
                line += 1
                cells.append(Self.text(cell))
                return (cells, start)
            } else if byte == Self.quote && cell.isEmpty {
                quoted = true
            } else {
                cell.append(byte)
            }
        }
    }

    /// The next byte without consuming it, nil at the end of the file.
    private mutating func peek() throws(Failure) -> UInt8? {
        if position == buffer.count {
            if atEnd { return nil }
            refill()
            if let readError { throw .unreadable(readError) }
            if atEnd { return nil }
        }
        return buffer[position]
    }

    private mutating func refill() {
        do {
            buffer = try handle.read(upToCount: Self.chunkSize).map(Array.init) ?? []
        } catch {
            readError = error.localizedDescription
            buffer = []
        }
        position = 0
        atEnd = buffer.isEmpty
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
}
