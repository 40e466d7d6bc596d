import Foundation

/// Work for one worker, run on its thread with the state only that thread touches.
typealias WorkerJob = @Sendable (EngineWorker) -> Void

/// The jobs waiting for a pool's workers: those any worker may run (requests), and those for
/// one worker (loading or dropping its copy of a rule set). A worker blocks in `next(for:)`
/// until there is a job for it, or the queue is closed and has none left.
///
/// `@unchecked Sendable`: every stored property but `condition` is read and written only while
/// holding `condition`, which is itself safe to use from any thread.
final class WorkerQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var shared: [WorkerJob] = []
    private var targeted: [[WorkerJob]]
    private var closed = false

    init(workers: Int) {
        targeted = Array(repeating: [], count: workers)
    }

    /// Queues a job for the first free worker.
    func submit(_ job: @escaping WorkerJob) {
        locked { shared.append(job) }
        condition.broadcast()
    }

    /// Queues a job for worker `index`: its jobs run in the order they were submitted.
    func submit(_ job: @escaping WorkerJob, to index: Int) {
        locked { targeted[index].append(job) }
        condition.broadcast()
    }

    /// The next job of worker `index`, its own first; nil once the queue is closed and empty.
    func next(for index: Int) -> WorkerJob? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if !targeted[index].isEmpty { return targeted[index].removeFirst() }
            if !shared.isEmpty { return shared.removeFirst() }
            if closed { return nil }
            condition.wait()
        }
    }

    /// Lets the workers finish the jobs already queued, then stop.
    func close() {
        locked { closed = true }
        condition.broadcast()
    }

    private func locked(_ body: () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        body()
    }
}
