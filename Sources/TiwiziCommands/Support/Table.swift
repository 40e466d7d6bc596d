import Foundation

/// Prints rows as an aligned text table without holding the whole listing: column widths come
/// from the first `sampleSize` rows, and later rows that do not fit are cut with "…". No column
/// is wider than `maxColumnWidth`, and on a terminal (or with `COLUMNS` set) the table fits its
/// width: the widest columns give way first.
struct Table {
    let headers: [String]
    /// Columns aligned right (numbers, prices).
    let rightAligned: Set<Int>
    let sampleSize: Int
    private var sample: [[String]] = []
    private var widths: [Int]?
    private(set) var count = 0

    init(headers: [Heading], rightAligned: Set<Int> = [], sampleSize: Int = 500) {
        self.headers = headers.map(Console.say)
        self.rightAligned = rightAligned
        self.sampleSize = sampleSize
    }

    mutating func add(_ row: [String]) {
        count += 1
        if let widths { return Console.out(format(row, widths)) }
        sample.append(row)
        if sample.count >= sampleSize { flushSample() }
    }

    /// Prints what is still buffered. Call once after the last row.
    mutating func finish() {
        if widths == nil && !sample.isEmpty { flushSample() }
    }

    /// The widest a column gets, whatever its cells.
    static let maxColumnWidth = 60
    /// The narrowest a column gets when the table must fit the terminal.
    static let minColumnWidth = 6

    private mutating func flushSample() {
        var widths = headers.indices.map { column in
            min(([headers] + sample).map { Self.width(of: $0[column]) }.max() ?? 0, Self.maxColumnWidth)
        }
        if let lineWidth = Self.lineWidth {
            let separators = 2 * (widths.count - 1)
            while widths.reduce(separators, +) > lineWidth, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                widths[widest] > Self.minColumnWidth
            {
                widths[widest] -= 1
            }
        }
        self.widths = widths
        Console.out(format(headers, widths))
        Console.out(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in sample { Console.out(format(row, widths)) }
        sample = []
    }

    private func format(_ row: [String], _ widths: [Int]) -> String {
        row.enumerated().map { column, cell in
            var cell = cell
            var width = Self.width(of: cell)
            if width > widths[column] {
                cell = String(cell.prefix(max(widths[column] - 1, 0))) + "…"
                width = Self.width(of: cell)
            }
            let padding = String(repeating: " ", count: widths[column] - width)
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }.joined(separator: "  ").trimmingTrailingSpaces()
    }

    /// The terminal's width when stdout is one, else `COLUMNS` when set, else no limit (a file
    /// or a pipe gets whole cells up to `maxColumnWidth`).
    static let lineWidth: Int? = {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }()

    /// Display width: one column per character, none for combining marks (Arabic vowels).
    static func width(of text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var width = 0
        for scalar in text.unicodeScalars {
            // Below U+0300 (Latin letters, French accents precomposed) only the soft hyphen takes
            // no column: looking up the properties of every letter cost a sixth of a price list.
            if scalar.value < 0x300 {
                if scalar.value != 0xAD { width += 1 }
            } else if !scalar.properties.isGraphemeExtend && scalar.properties.generalCategory != .format {
                width += 1
            }
        }
        return width
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
