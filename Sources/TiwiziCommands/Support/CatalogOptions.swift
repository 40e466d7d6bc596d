import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziStore

/// `--catalog PATH`: which catalog file a command works on.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("catalog"),
        help: ArgumentHelp(.optionCatalog, valueName: "path"))
    var path: String?

    /// The catalog's path, with a leading `~` expanded as a shell does, from `HOME` (also in
    /// `TIWIZI_CATALOG`, where no shell expands it).
    var resolvedPath: String {
        let path = path ?? SQLiteCatalogStore.defaultPath()
        guard path == "~" || path.hasPrefix("~/") else { return (path as NSString).expandingTildeInPath }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// Opens the catalog. Read-only commands never create, migrate or change it: a path with no
    /// catalog is an error that names it (a typo must not read as an empty catalog).
    func open(readOnly: Bool = false) throws -> some CatalogStore {
        let path = resolvedPath
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw CommandProblem.catalogNotFound(path: path)
        }
        return try SQLiteCatalogStore(path: path, readOnly: readOnly)
    }
}
