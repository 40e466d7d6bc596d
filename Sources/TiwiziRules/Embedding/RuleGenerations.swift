import Foundation

/// Which rule set an engine's requests use, shared by its workers and its `reload`: each
/// loading of a rules folder is a generation (1, 2, …), prepared by every worker, then
/// committed, after which every request that starts uses it.
///
/// `@unchecked Sendable`: every stored property but `lock` is read and written only while
/// holding `lock`.
final class RuleGenerations: @unchecked Sendable {
    /// A committed generation: its number, the hash of its files (what a reload compares) and
    /// the rule-set hash its quotes record.
    struct Committed: Sendable {
        let number: Int
        let filesHash: String
        let ruleSetHash: String
    }

    private let lock = NSLock()
    private var latest: Committed?
    private var started = 0
    private var compiled = 0

    /// The generation requests use now; nil before the first is committed.
    var committed: Committed? { locked { latest } }

    /// How many times a worker compiled a rule set.
    var compilations: Int { locked { compiled } }

    /// A new generation's number for files hashing to `filesHash`; nil when the committed
    /// generation has those files already (nothing to compile).
    func begin(filesHash: String) -> Int? {
        locked {
            if latest?.filesHash == filesHash { return nil }
            started += 1
            return started
        }
    }

    /// Counts one worker's compilation of a rule set.
    func countCompilation() { locked { compiled += 1 } }

    /// Makes `generation` the one requests use, unless a later one was committed meanwhile.
    func commit(_ generation: Committed) {
        locked { if generation.number > latest?.number ?? 0 { latest = generation } }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
