import Foundation
import TiwiziCore

/// The catalog files an import reads: the files named, and the catalog files inside folders.
package struct SourceFile {
    package enum Format { case yaml, json, csv }

    package let url: URL
    /// The path as the person wrote it (or below the folder they named), for messages.
    package let name: String
    package let format: Format

    /// Expands `paths` into files in a stable order: folders recursively (following symbolic
    /// links, each real folder once, so a link loop ends), entries sorted by name, hidden entries
    /// left out, keeping `.yaml`, `.yml`, `.json` and `.csv` files. A file reached twice (named
    /// twice, or by a link) is read once. A named file of another type is an issue.
    package static func discover(_ paths: [String], log: IssueLog) -> [SourceFile] {
        var walk = Walk()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                log.add(Issue(.missing(path: path)))
                continue
            }
            if isDirectory.boolValue {
                walk.visit(folder: path)
            } else if let file = SourceFile(path: path) {
                walk.add(file)
            } else {
                log.add(Issue(.fileTypeUnsupported(path: path)))
            }
        }
        return walk.files
    }

    /// The files found so far, and the real paths already visited.
    private struct Walk {
        var files: [SourceFile] = []
        var seenFiles: Set<String> = []
        var seenFolders: Set<String> = []

        mutating func visit(folder path: String) {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard seenFolders.insert(real).inserted else { return }
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
            for entry in entries where !entry.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(entry)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    visit(folder: child)
                } else if let file = SourceFile(path: child) {
                    add(file)
                }
            }
        }

        mutating func add(_ file: SourceFile) {
            if seenFiles.insert(file.url.resolvingSymlinksInPath().path).inserted { files.append(file) }
        }
    }

    package init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": format = .yaml
        case "json": format = .json
        case "csv": format = .csv
        default: return nil
        }
        url = URL(fileURLWithPath: path)
        name = path
    }

    /// The most bytes of a YAML or JSON file: they are read and parsed whole (about five times
    /// their size in memory), where CSV is streamed.
    package static let maximumDocumentBytes = 64 << 20

    /// The file's text, refusing empty files, files over ``maximumDocumentBytes`` and invalid
    /// UTF-8 (naming the line of the first bad byte). A UTF-8 byte order mark is dropped.
    package func text() throws(Issue) -> (data: Data, text: String) {
        let data: Data
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
            size > Self.maximumDocumentBytes
        {
            throw Issue(.documentTooLarge(bytes: size, limit: Self.maximumDocumentBytes), location: SourceLocation(file: name))
        }
        do { data = try Data(contentsOf: url) } catch {
            throw Issue(.unreadable(path: name, reason: error.localizedDescription))
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw Issue(.empty(path: name)) }
        try Self.checkUTF8(data, file: name)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (data, text)
    }

    /// Checks a CSV file's bytes in chunks, so that a large file is never held whole.
    package func checkStreamedText() throws(Issue) {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw Issue(.unreadable(path: name, reason: "cannot open"))
        }
        defer { try? handle.close() }
        var carry = Data()
        var lines = 1
        var sawContent = false
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            var data = carry + chunk
            let complete = Self.completePrefixLength(data)
            carry = data.suffix(from: data.startIndex + complete)
            data = data.prefix(complete)
            try Self.checkUTF8(data, file: name, firstLine: lines)
            lines += data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            sawContent = sawContent || data.contains { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
        }
        try Self.checkUTF8(carry, file: name, firstLine: lines)
        if !sawContent && carry.isEmpty { throw Issue(.empty(path: name)) }
    }

    /// The length of `data` without a trailing UTF-8 sequence cut by the chunk boundary.
    package static func completePrefixLength(_ data: Data) -> Int {
        let count = data.count
        for back in 1...min(4, max(count, 1)) where count >= back {
            let byte = data[data.startIndex + count - back]
            if byte & 0xC0 == 0x80 { continue }
            let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return needed > back ? count - back : count
        }
        return count
    }

    private static func checkUTF8(_ data: Data, file: String, firstLine: Int = 1) throws(Issue) {
        guard String(validating: data, as: UTF8.self) == nil else { return }
        var valid = 0
        var iterator = data.makeIterator()
        var decoder = UTF8()
        decode: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): valid += scalar.utf8.count
            case .emptyInput, .error: break decode
            }
        }
        let line = firstLine + data.prefix(valid).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw Issue(.notUTF8(path: file, line: line))
    }
}
