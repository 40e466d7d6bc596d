import Foundation
import TiwiziFormats

#if canImport(Glibc)
    import Glibc
#endif

/// Where an export (or a new plugin, `tiwizi new plugin`) lands: written first under a staging
/// name beside the destination, then renamed into place in one step, so that readers never see
/// half an export and a failed one leaves the destination as it was.
package enum ExportDestination {
    /// A fresh name beside `path` for the export in progress, hidden (it starts with a dot).
    package static func stagingPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tiwizi-\(getpid())").path
    }

    /// Writes a folder at `folder` (an export, a showcase): `body` fills a staging folder beside
    /// it, which then replaces `folder` in one step; on any failure the staging folder is removed
    /// and `folder` is as it was. A `folder` that is a file, or holds anything while not
    /// `replacing`, is refused (`ExportRefusal`) before anything is written.
    package static func writeFolder<T>(_ folder: String, replacing: Bool, _ body: (URL) throws -> T) throws -> T {
        try checkFolder(folder, replacing: replacing)
        let staging = stagingPath(for: folder)
        do {
            try makeFolder(staging)
            let result = try body(URL(fileURLWithPath: staging))
            try install(staging, at: folder)
            return result
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Refuses a destination that is a file, or a folder with anything in it unless `replacing`.
    static func checkFolder(_ folder: String, replacing: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw ExportRefusal(kind: .notAFolder, path: folder) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if !contents.isEmpty && !replacing { throw ExportRefusal(kind: .folderNotEmpty, path: folder) }
    }

    /// Creates `path` and its missing parents.
    package static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputFailure(target: path, code: (error as NSError).posixCode ?? EIO)
        }
    }

    /// Puts the finished `staging` folder at `folder`, replacing what was there.
    static func install(_ staging: String, at folder: String) throws {
        guard FileManager.default.fileExists(atPath: folder) else { return try rename(staging, to: folder) }
        let previous = staging + "-previous"
        try rename(folder, to: previous)
        do {
            try rename(staging, to: folder)
        } catch {
            try? rename(previous, to: folder)
            throw error
        }
        try? FileManager.default.removeItem(atPath: previous)
    }

    /// Renames `source` to `destination` in one step (`rename(2)`): an existing empty folder is
    /// replaced, one with anything in it is not.
    package static func rename(_ source: String, to destination: String) throws {
        if Glibc.rename(source, destination) != 0 { throw OutputFailure(target: destination, code: errno) }
    }
}

/// An export refused before anything was written.
public struct ExportRefusal: Error, Sendable {
    public enum Kind: Sendable { case notAFolder, folderNotEmpty }
    public let kind: Kind
    public let path: String
}

extension NSError {
    /// The POSIX error code behind a Foundation file error.
    var posixCode: Int32? {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        return (userInfo[NSUnderlyingErrorKey] as? NSError)?.posixCode
    }
}
