import Foundation

/// The command-line tools the QR round trip runs, found on the PATH (`make deps` installs them:
/// librsvg2-bin and zbar-tools).
enum Tools {
    /// Runs `tool` with `arguments` and returns its standard output; throws when it fails.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a large output would fill the pipe and block the tool.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(
                tool: tool, status: process.terminationStatus, message: String(decoding: message, as: UTF8.self))
        }
        return data
    }

    struct Failed: Error, CustomStringConvertible {
        let tool: String
        let status: Int32
        let message: String
        var description: String {
            status == 127
                ? "\(tool) is not installed: run `make deps` (it installs librsvg2-bin and zbar-tools)"
                : "\(tool) failed with status \(status): \(message)"
        }
    }

    /// A new empty folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-graphics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
