/// Records pulled one at a time (for Lua's `for p in catalog.products{…}`), never all loaded.
/// Valid only inside the `read` or `write` block that created it.
public protocol CatalogCursor<Record> {
    associatedtype Record
    /// The next record, or nil at the end.
    func next() throws -> Record?
}
