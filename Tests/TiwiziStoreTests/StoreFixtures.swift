import CatalogConformance
import Foundation
import TiwiziCore

@testable import TiwiziStore

/// The catalog's issue, not Swift Testing's.
typealias Issue = TiwiziCore.Issue

/// A folder of its own under the system's temporary directory, removed by `remove()`.
struct Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() {
        // Make read-only files removable again first.
        if let names = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in names {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path(name))
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a fresh catalog in a scratch folder, then removes the folder.
func withStore<T>(_ body: (SQLiteCatalogStore, Scratch) throws -> T) throws -> T {
    let scratch = Scratch()
    defer { scratch.remove() }
    let store = try SQLiteCatalogStore(path: scratch.path("catalog.sqlite"))
    return try body(store, scratch)
}
