import Foundation
import TiwiziFormats

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes written to a file descriptor with `write(2)`, so that a full disk or a closed output
/// is an error to report (`OutputFailure`), never a trap (Foundation's `FileHandle.write(_:)`
/// traps on both).
public struct FileOutput: Sendable {
    let descriptor: Int32
    /// What the output is, for messages: a path, or "standard output".
    public let target: String

    public init(descriptor: Int32, target: String) {
        self.descriptor = descriptor
        self.target = target
    }

    /// Writes all of `data`, retrying short writes and interruptions.
    public func write(_ data: Data) throws(OutputFailure) {
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                pointer += written
                remaining -= written
            }
        }
        if failure != 0 { throw OutputFailure(target: target, code: failure) }
    }

    /// Creates (or truncates) the file at `path` for writing, runs `body` with it, and closes it.
    package static func writing<T>(to path: String, _ body: (FileOutput) throws -> T) throws -> T {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFailure(target: path, code: errno) }
        defer { close(descriptor) }
        let result = try body(FileOutput(descriptor: descriptor, target: path))
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw OutputFailure(target: path, code: errno) }
        return result
    }
}

/// Writing to `target` failed with the POSIX error `code` (`ENOSPC`: the disk is full; `EPIPE`,
/// `EBADF`: the output was closed).
public struct OutputFailure: Error, Sendable {
    public let target: String
    public let code: Int32

    /// The system's description of `code`.
    public var systemReason: String { String(cString: strerror(code)) }
}
