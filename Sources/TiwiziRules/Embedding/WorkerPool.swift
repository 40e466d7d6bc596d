import Foundation
import TiwiziStore

/// A fixed set of worker threads, each owning an `EngineWorker` (and so its Lua sandboxes) that
/// no other thread touches, fed by one `WorkerQueue`. Async callers wait for a job's result
/// without blocking their own thread.
final class WorkerPool: Sendable {
    let count: Int
    private let queue: WorkerQueue

    /// Starts `configuration.workers` threads.
    init(store: any CatalogStore, configuration: TiwiziEngine.Configuration, generations: RuleGenerations) {
        count = configuration.workers
        let queue = WorkerQueue(workers: count)
        self.queue = queue
        for index in 0..<count {
            let thread = Thread {
                let worker = EngineWorker(store: store, configuration: configuration, generations: generations)
                while let job = queue.next(for: index) { job(worker) }
            }
            thread.name = "tiwizi-engine-\(index)"
            // Lua's C calls and the rules' recursion run on this stack: give it a main thread's.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `body` on the first free worker (or on worker `index`) and returns what it returns.
    func run<T: Sendable>(on index: Int? = nil, _ body: @escaping @Sendable (EngineWorker) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let job: WorkerJob = { worker in continuation.resume(with: Result { try body(worker) }) }
            if let index { queue.submit(job, to: index) } else { queue.submit(job) }
        }
    }

    /// Queues `body` for worker `index` without waiting for it.
    func post(to index: Int, _ body: @escaping WorkerJob) {
        queue.submit(body, to: index)
    }

    /// Lets the workers finish what is queued, then ends their threads.
    func close() { queue.close() }
}
