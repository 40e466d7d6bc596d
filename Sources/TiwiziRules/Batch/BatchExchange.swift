import Foundation
import TiwiziStore

/// What the calling thread of a `CatalogPricing` run and its workers hand each other: the
/// setup, batches to price, and what pricing each one gave. Batch `k` goes to worker
/// `k % workers`; results are taken in batch order.
///
/// `@unchecked Sendable`: every stored property but `condition` is read and written only while
/// holding `condition`.
final class BatchExchange<Rendered: Sendable>: @unchecked Sendable {
    /// What every worker loads and reads.
    struct Setup: Sendable {
        let plan: RulePlan
        let filter: ProductFilter
    }

    /// One batch: its number and the range of SKUs it holds.
    struct Job: Sendable {
        let number: Int
        let skus: ClosedRange<String>
    }

    /// What pricing a batch gave: the lines its plugins printed, each product's rendering in
    /// SKU order, and the failure that stopped it, if one did (after the products before it).
    struct Outcome: Sendable {
        var lines: [String] = []
        var rendered: [Rendered] = []
        var failure: (any Error)?
    }

    private let condition = NSCondition()
    private let workers: Int
    private var setup: Setup?
    private var load: Outcome?
    private var queues: [[Job]]
    private var results: [Int: Outcome] = [:]
    private var closed = false
    private var cancelled = false

    init(workers: Int) {
        self.workers = workers
        queues = Array(repeating: [], count: workers)
    }

    // MARK: The calling thread

    func publish(_ setup: Setup) {
        locked {
            self.setup = setup
        }
    }

    func submit(_ job: Job) {
        locked { queues[job.number % workers].append(job) }
    }

    /// No more batches: workers end once their queues are empty.
    func close() {
        locked { closed = true }
    }

    /// Workers stop at once, leaving what is queued.
    func cancel() {
        locked {
            cancelled = true
            closed = true
        }
    }

    /// What loading the rules printed on worker 0, and its failure.
    func awaitLoad() -> Outcome {
        locked {
            while load == nil { condition.wait() }
            return load ?? Outcome()
        }
    }

    /// The outcome of batch `number`, once its worker has delivered it.
    func awaitResult(_ number: Int) -> Outcome {
        locked {
            while results[number] == nil { condition.wait() }
            return results.removeValue(forKey: number) ?? Outcome()
        }
    }

    // MARK: Workers

    /// The setup, or nil when the run was cancelled before it was published.
    func awaitSetup() -> Setup? {
        locked {
            while setup == nil && !cancelled { condition.wait() }
            return cancelled ? nil : setup
        }
    }

    /// Worker `index`'s next batch, or nil when there is none left or the run was cancelled.
    func nextJob(for index: Int) -> Job? {
        locked {
            while queues[index].isEmpty && !closed { condition.wait() }
            if cancelled || queues[index].isEmpty { return nil }
            return queues[index].removeFirst()
        }
    }

    func reportLoad(_ outcome: Outcome) {
        locked { load = outcome }
    }

    func deliver(_ outcome: Outcome, for number: Int) {
        locked { results[number] = outcome }
    }

    /// Runs `body` holding the condition's lock, then wakes every waiting thread.
    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return body()
    }
}
