/// Prints rows as an aligned text table without holding the whole listing: column widths come
/// from the first `sampleSize` rows, and later rows that do not fit are cut with "…".
struct Table {
    let headers: [String]
    /// Columns aligned right (numbers, prices).
    let rightAligned: Set<Int>
    let sampleSize: Int
    private var sample: [[String]] = []
    private var widths: [Int]?
    private(set) var count = 0

    init(headers: [String], rightAligned: Set<Int> = [], sampleSize: Int = 500) {
        self.headers = headers
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

    private mutating func flushSample() {
        let widths = headers.indices.map { column in
            ([headers] + sample).map { Self.width(of: $0[column]) }.max() ?? 0
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
            if Self.width(of: cell) > widths[column] { cell = String(cell.prefix(max(widths[column] - 1, 0))) + "…" }
            let padding = String(repeating: " ", count: widths[column] - Self.width(of: cell))
            return rightAligned.contains(column) ? padding + cell : cell + padding
        }.joined(separator: "  ").trimmingTrailingSpaces()
    }

    /// Display width: one column per character, none for combining marks (Arabic vowels).
    static func width(of text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.filter { !$0.properties.isGraphemeExtend && $0.properties.generalCategory != .format }.count
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
