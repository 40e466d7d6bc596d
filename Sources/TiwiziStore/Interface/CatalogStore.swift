import TiwiziCore

/// A catalog: where cooperatives, products, know-how and certification schemes are kept,
/// reached through scoped `read` and `write` blocks. What the importer, the CLI and the Lua API
/// need from a catalog, whatever keeps it; `SQLiteCatalogStore` is the first store, and every
/// store passes the conformance suite (`Tests/CatalogConformance`).
public protocol CatalogStore: Sendable {
    associatedtype Reader: CatalogReader
    associatedtype Writer: CatalogWriter where Writer.Reader == Reader

    /// Where the catalog is, as messages name it: a file's path, a server's address.
    var location: String { get }
    /// Whether the store refuses writes: `write` and `rehearse` then fail with a `CatalogError`.
    var isReadOnly: Bool { get }

    /// Runs `body` with a consistent snapshot of the catalog, holding what was committed.
    func read<T>(_ body: (Reader) throws -> T) throws -> T
    /// Runs `body` in one transaction: everything it writes lands, or (on any error) nothing.
    func write<T>(_ body: (Writer) throws -> T) throws -> T
    /// Runs `body` as `write` does, then rolls everything back: a rehearsal (`import --dry-run`)
    /// sees and reports what the writes would do, and leaves the catalog as it was.
    func rehearse<T>(_ body: (Writer) throws -> T) throws -> T
    /// Another handle on the same catalog, in the same mode, with a connection of its own: what
    /// one thread reads through while others read through theirs (see `readInParallel`).
    func connection() throws -> Self
}
