import Foundation

/// A file input stream whose `hasBytesAvailable` is exact. Foundation's file stream on Linux
/// reports bytes available at the end of the file, which the CSV reader takes for a read error;
/// reading one chunk ahead tells the truth.
final class LookaheadFileStream: InputStream {
    private let handle: FileHandle
    private var chunk = Data()
    private var status: Stream.Status = .notOpen
    private let chunkSize = 1 << 16

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        super.init(data: Data())
    }

    override func open() {
        status = .open
        refill()
    }

    override func close() {
        try? handle.close()
        status = .closed
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { nil }
    override var hasBytesAvailable: Bool { !chunk.isEmpty }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if chunk.isEmpty { return 0 }
        let count = min(length, chunk.count)
        chunk.copyBytes(to: buffer, count: count)
        chunk.removeFirst(count)
        if chunk.isEmpty { refill() }
        return count
    }

    override func getBuffer(
        _ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
        length len: UnsafeMutablePointer<Int>
    ) -> Bool { false }

    private func refill() {
        chunk = (try? handle.read(upToCount: chunkSize)) ?? Data()
        if chunk.isEmpty { status = .atEnd }
    }
}
