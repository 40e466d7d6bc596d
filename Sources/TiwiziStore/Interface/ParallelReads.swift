import Foundation

extension CatalogStore {
    /// Runs `work(index, reader)` on `threads` new threads and `main(reader)` on the calling
    /// thread, each inside a read snapshot on a connection of its own, all of one revision of
    /// the catalog: when a write commits while the snapshots are being taken, they are all taken
    /// again (up to `attempts` times). Returns what `main` returns once every thread has
    /// finished: `main` must see to it that `work` ends (closing what feeds it, even when it throws).
    /// - Throws: what opening or reading a snapshot threw, `CatalogError.changing` when the
    ///   catalog changed at every attempt, or what `main` throws.
    public func readInParallel<T>(
        threads: Int, stackSize: Int = 8 << 20, attempts: Int = 20,
        work: @escaping @Sendable (Int, Reader) -> Void, main: (Reader) throws -> T
    ) throws -> T {
        let rendezvous = Rendezvous(threads: threads, attempts: attempts, location: location)
        let stores = try (0..<threads).map { _ in try connection() }
        for (index, store) in stores.enumerated() {
            let thread = Thread {
                defer { rendezvous.finished() }
                for round in 0... {
                    var verdict = Rendezvous.Verdict.stop
                    do {
                        try store.read { reader in
                            verdict = rendezvous.report(Result { try reader.revision() }, round: round)
                            if verdict == .go { work(index, reader) }
                        }
                    } catch {
                        // The snapshot did not open: the round fails (a report after a verdict is ignored).
                        verdict = rendezvous.report(.failure(error), round: round)
                    }
                    if verdict != .again { return }
                }
            }
            thread.name = "tiwizi-reader-\(index)"
            thread.stackSize = stackSize
            thread.start()
        }
        defer { rendezvous.waitUntilFinished() }
        for round in 0... {
            var decided = false
            do {
                let outcome: Result<T, any Error>? = try read { reader in
                    let verdict = try rendezvous.decide(round: round, revision: Result { try reader.revision() })
                    decided = true
                    return verdict == .go ? Result { try main(reader) } : nil
                }
                if let outcome { return try outcome.get() }
            } catch {
                if !decided { _ = try? rendezvous.decide(round: round, revision: .failure(error)) }
                throw error
            }
        }
        preconditionFailure("rounds are unbounded")
    }
}

/// Where the threads of `readInParallel` meet before they read: each reports the revision its
/// snapshot holds, and the main thread says whether they all go, take their snapshots again,
/// or stop.
///
/// `@unchecked Sendable`: every stored property but `condition` is read and written only while
/// holding `condition`.
private final class Rendezvous: @unchecked Sendable {
    enum Verdict { case go, again, stop }

    private let condition = NSCondition()
    private let threads: Int
    private let attempts: Int
    private let location: String
    private var reports: [Int: [Result<Int, any Error>]] = [:]
    private var verdicts: [Int: Verdict] = [:]
    private var running: Int

    init(threads: Int, attempts: Int, location: String) {
        self.threads = threads
        self.attempts = attempts
        self.location = location
        running = threads
    }

    /// A thread's revision (or failure) in `round`; waits for the main thread's verdict.
    func report(_ revision: Result<Int, any Error>, round: Int) -> Verdict {
        condition.lock()
        defer { condition.unlock() }
        // Late (the main thread failed without waiting, or this thread after its work): stop.
        if verdicts[round] != nil { return .stop }
        reports[round, default: []].append(revision)
        condition.broadcast()
        while verdicts[round] == nil { condition.wait() }
        return verdicts[round] ?? .stop
    }

    /// The main thread's revision in `round`: waits for every thread's, then decides.
    /// - Throws: the first failure reported, or `CatalogError.changing` after the last attempt.
    func decide(round: Int, revision: Result<Int, any Error>) throws -> Verdict {
        condition.lock()
        defer { condition.unlock() }
        if case .success = revision {
            while reports[round, default: []].count < threads { condition.wait() }
        }
        let all = [revision] + reports[round, default: []]
        var failure: (any Error)?
        var revisions = Set<Int>()
        for result in all {
            switch result {
            case .success(let number): revisions.insert(number)
            case .failure(let error): failure = failure ?? error
            }
        }
        let again = failure == nil && revisions.count > 1 && round + 1 < attempts
        let verdict: Verdict = failure == nil && revisions.count == 1 ? .go : (again ? .again : .stop)
        verdicts[round] = verdict
        reports[round] = nil
        condition.broadcast()
        if let failure { throw failure }
        if verdict == .stop { throw CatalogError.changing(path: location, attempts: attempts) }
        return verdict
    }

    /// A thread has ended.
    func finished() {
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every thread has ended.
    func waitUntilFinished() {
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
