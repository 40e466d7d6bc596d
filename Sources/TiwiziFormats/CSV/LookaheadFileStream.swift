import Foundation

/// A file input stream whose `hasBytesAvailable` is exact. Foundation's file stream on Linux
/// reports bytes available at the end of the file, which the CSV reader takes for a read error;
/// reading one chunk ahead tells the truth.
package final class LookaheadFileStream: InputStream {
    private let handle: FileHandle
    private var chunk = Data()
    private var status: Stream.Status = .notOpen
    private let chunkSize = 1 << 16
    /// The field separator, for `endsInsideQuotes`.
    package var delimiter = UInt8(ascii: ",")
    private var quotes = CSVQuoteState()

    /// Whether the file ended inside a quoted field (read so far, following the CSV reader's rules).
    package var endsInsideQuotes: Bool { quotes.isOpen }

    package init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        super.init(data: Data())
    }

    package override func open() {
        status = .open
        refill()
    }

    package override func close() {
        try? handle.close()
        status = .closed
    }

    package override var streamStatus: Stream.Status { status }
    package override var streamError: (any Error)? { nil }
    package override var hasBytesAvailable: Bool { !chunk.isEmpty }

    package override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if chunk.isEmpty { return 0 }
        let count = min(length, chunk.count)
        chunk.copyBytes(to: buffer, count: count)
        chunk.removeFirst(count)
        if chunk.isEmpty { refill() }
        return count
    }

    package override func getBuffer(
        _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
        length len: UnsafeMutablePointer<Int>
    ) -> Bool { false }

    private func refill() {
        chunk = (try? handle.read(upToCount: chunkSize)) ?? Data()
        quotes.scan(chunk, delimiter: delimiter)
        if chunk.isEmpty { status = .atEnd }
    }
}

/// Follows quoting byte by byte as the CSV reader does: a field is quoted when it starts with `"`;
/// inside, `""` is a quote and `"` before a separator or line break ends the field.
package struct CSVQuoteState {
    private var fieldStart = true
    private var inQuotes = false
    private var closing = false
    private var position = 0

    package var isOpen: Bool { inQuotes && !closing }

    package mutating func scan(_ bytes: Data, delimiter: UInt8) {
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        for byte in bytes {
            position += 1
            // A byte order mark is not part of the first field.
            if position <= 3 && byte == [0xEF, 0xBB, 0xBF][position - 1] && fieldStart { continue }
            if inQuotes {
                if closing {
                    closing = false
                    if byte == delimiter || byte == cr || byte == lf {
                        inQuotes = false
                        fieldStart = true
                    }
                    // Otherwise (`""`, or a stray character after a quote) the field goes on.
                } else if byte == quote {
                    closing = true
                }
            } else if fieldStart && byte == quote {
                inQuotes = true
                fieldStart = false
            } else {
                fieldStart = byte == delimiter || byte == cr || byte == lf
            }
        }
    }
}
