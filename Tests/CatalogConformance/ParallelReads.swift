import Foundation
import Synchronization
import Testing
import TiwiziCore
import TiwiziStore

/// Revisions and parallel reads: several connections reading one catalog as it was at one moment.
extension CatalogConformance {
    static let parallelReads = [
        ConformanceCheck("the revision counts committed writes, not failed ones or rehearsals") {
            try revisionCountsCommits($0)
        },
        ConformanceCheck("parallel readers all read the revision the calling thread reads") {
            try parallelReadersShareARevision($0)
        },
        ConformanceCheck("parallel readers agree while writes keep landing") { try readersAgreeUnderWrites($0) },
        ConformanceCheck("a failing main reader ends a parallel read, and its error comes out") {
            try failingMainEndsTheRead($0)
        },
    ]

    private struct Boom: Error {}

    private static func revision(_ store: some CatalogStore) throws -> Int { try store.read { try $0.revision() } }

    private static func revisionCountsCommits(_ store: some CatalogStore) throws {
        let start = try revision(store)
        try store.seed(cooperatives: [cooperative()], products: [product("TAF-ARG-250")])
        #expect(try revision(store) == start + 1)
        #expect(throws: Boom.self) {
            try store.write { (writer) throws in
                try writer.save(product("TAF-AML-250"))
                throw Boom()
            }
        }
        #expect(try revision(store) == start + 1)
        _ = try store.rehearse { (writer) throws in try writer.save(product("TAF-AML-250")) }
        #expect(try revision(store) == start + 1)
        _ = try store.write { (writer) throws in try writer.changeStock(sku: "TAF-ARG-250", by: 1) }
        #expect(try revision(store) == start + 2)
        #expect(try store.connection().read { try $0.revision() } == start + 2)
    }

    /// What each reader saw: its index (-1 for the calling thread), revision and product count.
    private typealias Sight = (reader: Int, revision: Int, products: Int)

    private static func parallelReadersShareARevision(_ store: some CatalogStore) throws {
        try store.seed(cooperatives: [cooperative()], products: [product("TAF-ARG-250"), product("TAF-AML-250")])
        let sights = Mutex<[Sight]>([])
        let main = try store.readInParallel(threads: 3) { index, reader in
            let sight = (index, (try? reader.revision()) ?? -1, (try? reader.countProducts()) ?? -1)
            sights.withLock { $0.append(sight) }
        } main: { reader in
            (reader: -1, revision: try reader.revision(), products: try reader.countProducts())
        }
        let seen = sights.withLock { $0 }.sorted { $0.reader < $1.reader }
        #expect(seen.map(\.reader) == [0, 1, 2])
        #expect(seen.allSatisfy { $0.revision == main.revision && $0.products == 2 })
        #expect(main.revision == (try revision(store)))
    }

    /// A writer adds products one by one while parallel reads run: every read's threads see the
    /// same revision and the same products, or the read gives up with `CatalogError.changing`.
    private static func readersAgreeUnderWrites(_ store: some CatalogStore) throws {
        try store.seed(cooperatives: [cooperative()])
        let writing = Atomic<Bool>(true)
        let writer = try store.connection()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            defer { done.signal() }
            var count = 0
            while writing.load(ordering: .relaxed) {
                count += 1
                _ = try? writer.write { try $0.save(product("GEN-\(count)")) }
                Thread.sleep(forTimeInterval: 0.001)
            }
        }
        defer {
            writing.store(false, ordering: .relaxed)
            done.wait()
        }
        var agreed = 0
        for _ in 0..<30 {
            let sights = Mutex<[Sight]>([])
            do {
                let main = try store.readInParallel(threads: 2) { index, reader in
                    let sight = (index, (try? reader.revision()) ?? -1, (try? reader.countProducts()) ?? -1)
                    sights.withLock { $0.append(sight) }
                } main: { reader in
                    (reader: -1, revision: try reader.revision(), products: try reader.countProducts())
                }
                let seen = sights.withLock { $0 }
                #expect(seen.count == 2)
                #expect(seen.allSatisfy { $0.revision == main.revision && $0.products == main.products })
                agreed += 1
            } catch let error as CatalogError {
                guard case .changing = error else { throw error }
                #expect(sights.withLock { $0.isEmpty })
            }
        }
        #expect(agreed > 0)
    }

    private static func failingMainEndsTheRead(_ store: some CatalogStore) throws {
        try store.seed(cooperatives: [cooperative()])
        let ran = Atomic<Int>(0)
        #expect(throws: Boom.self) {
            try store.readInParallel(threads: 2) { _, _ in
                ran.add(1, ordering: .relaxed)
            } main: { _ in
                throw Boom()
            }
        }
        // The threads went ahead (the snapshots agreed) and have finished when the call returns.
        #expect(ran.load(ordering: .relaxed) == 2)
    }
}
