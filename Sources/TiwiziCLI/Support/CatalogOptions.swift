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

    var resolvedPath: String { path ?? CatalogStore.defaultPath() }

    /// Opens the catalog; read-only commands never create or migrate it.
    func open(readOnly: Bool = false) throws -> CatalogStore {
        if readOnly && !FileManager.default.fileExists(atPath: resolvedPath) {
            // An absent catalog reads as an empty one: create it so listings work on first use.
            return try CatalogStore(path: resolvedPath)
        }
        return try CatalogStore(path: resolvedPath, readOnly: readOnly)
    }
}

/// The day Tiwizi takes as today: in Casablanca, or `TIWIZI_TODAY` (YYYY-MM-DD) for previews and tests.
var today: CalendarDate {
    ProcessInfo.processInfo.environment["TIWIZI_TODAY"].flatMap(CalendarDate.init) ?? .today()
}
