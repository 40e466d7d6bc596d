import GRDB
import TiwiziCore

/// A failure that a `CatalogReferences` lookup met, kept for the block that made the lookup.
///
/// Validation asks through `CatalogReferences`, whose lookups cannot throw. Answering "no such
/// cooperative" when the database failed, or when the cooperative's row is damaged, would
/// report the wrong problem; so the lookup answers as if nothing were found, keeps the error
/// here, and the `read` or `write` block fails with it (`SQLiteCatalogStore` calls `surfacing`).
final class LookupFailure {
    private(set) var error: (any Error)?

    func keep(_ error: any Error) {
        if self.error == nil { self.error = error }
    }

    /// Forgets the failure kept if `isExpected` says the block's caller caused it: a query it
    /// stopped (`interruptible(when:_:)`) knows why, and the block fails for that reason.
    func forget(where isExpected: (any Error) -> Bool) {
        if let error, isExpected(error) { self.error = nil }
    }
}

/// For validation. Code that can throw should call `seat(ofCooperative:)`,
/// `certificationScheme(_:)` and `knowHowExists(_:)` instead: they fail where they are called.
extension SQLiteCatalogReader {
    /// `seat(ofCooperative:)`; on failure nil, and the block fails (see `LookupFailure`).
    public func cooperativeRegion(_ id: String) -> Region? { answer(nil) { try seat(ofCooperative: id) } }

    /// `certificationScheme(_:)`; on failure nil, and the block fails (see `LookupFailure`).
    public func scheme(_ id: String) -> CertificationScheme? { answer(nil) { try certificationScheme(id) } }

    /// `knowHowExists(_:)`; on failure false, and the block fails (see `LookupFailure`).
    public func hasKnowHow(_ id: String) -> Bool { answer(false) { try knowHowExists(id) } }

    private func answer<T>(_ nothing: T, _ lookup: () throws -> T) -> T {
        do {
            return try lookup()
        } catch {
            lookupFailure.keep(error)
            return nothing
        }
    }

    /// Runs the body of a `read` or `write` block. A failure a lookup kept wins over the body's
    /// result or error: whatever the body concluded from the empty answer is not to be trusted.
    func surfacing<T>(_ body: () throws -> T) throws -> T {
        let result: T
        do {
            result = try body()
        } catch {
            throw lookupFailure.error ?? error
        }
        if let error = lookupFailure.error { throw error }
        return result
    }
}
