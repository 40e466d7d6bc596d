import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// Prices a selection of the catalog on several workers — threads each with a connection of
/// its own, its own sandboxes and its own compiled copy of the rules — all reading one revision
/// of the catalog (`readInParallel`). Results come out in SKU order, the same bytes whatever
/// the number of workers: each product's `math.random` is seeded from the run and its SKU
/// (`RuleEngine.price`), never from the products priced before it on the same worker.
///
/// The calling thread lists the selection's SKUs and cuts them into batches; batch `k` goes to
/// worker `k % workers`, which reads its products, prices them and renders each one (`render`
/// runs on the worker). The calling thread hands the renderings to `emit` batch after batch,
/// with a few batches in flight per worker: memory holds those, never the catalog.
public struct CatalogPricing: Sendable {
    /// How many workers price at once (at least 1).
    public var workers: Int
    public var context: RunContext
    /// What a failing rule does, for every plugin (nil: each plugin's settings).
    public var policy: FailurePolicy?
    public var limits: SandboxLimits
    /// Products per batch: enough that handing a batch over costs little per product.
    public var batchSize = 256

    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, context: RunContext, policy: FailurePolicy? = nil,
        limits: SandboxLimits = .default
    ) {
        self.workers = max(1, workers)
        self.context = context
        self.policy = policy
        self.limits = limits
    }

    /// What a run loads and which products it prices, read on the calling thread's snapshot.
    public typealias Selection = (plan: RulePlan, filter: ProductFilter)

    /// Prices the products `select` chooses with the plugins it plans. `output` receives what
    /// plugins print (loading them, on one worker, then each batch's lines before its results),
    /// `progress` the products emitted so far and the total after each batch.
    /// - Throws: what `select` throws; the first failure in SKU order (a rule's `RuleFailure`
    ///   unless the policy skips it, a plugin that does not load, what `render` or `emit`
    ///   throws), after everything before it was emitted; or a catalog error.
    public func run<Rendered: Sendable>(
        store: some CatalogStore, select: (any CatalogReader) throws -> Selection,
        render: @escaping @Sendable (Product, ProductPricing) throws -> Rendered,
        output: @escaping (String) -> Void = { _ in },
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }, emit: @escaping (Rendered) throws -> Void
    ) throws {
        let exchange = BatchExchange<Rendered>(workers: workers)
        let worker = BatchWorker(pricing: self, exchange: exchange, render: render)
        try store.readInParallel(threads: workers, work: worker.run) { reader in
            var emitter = Emitter(exchange: exchange, output: output, emit: emit)
            do {
                let selection = try select(reader)
                exchange.publish(.init(plan: selection.plan, filter: selection.filter))
                let count = try reader.countProducts(selection.filter)
                emitter.total = selection.filter.limit.map { min($0, count) } ?? count
                // A worker prices one batch while the next waits in its queue.
                let window = 2 * workers + 1
                var batch: [String] = []
                batch.reserveCapacity(batchSize)
                try reader.forEachSKU(selection.filter) { sku in
                    batch.append(sku)
                    guard batch.count == batchSize else { return }
                    emitter.submit(batch)
                    batch.removeAll(keepingCapacity: true)
                    while emitter.inFlight > window { try emitter.emitNext(progress) }
                }
                if !batch.isEmpty { emitter.submit(batch) }
                exchange.close()
                try emitter.finish(progress)
            } catch {
                exchange.cancel()
                throw error
            }
        }
    }

    /// The calling thread's side: batches submitted, and their outcomes emitted in order.
    private struct Emitter<Rendered: Sendable> {
        let exchange: BatchExchange<Rendered>
        let output: (String) -> Void
        let emit: (Rendered) throws -> Void
        var total = 0
        private var submitted = 0
        private var emitted = 0
        private var products = 0
        private var loaded = false

        init(exchange: BatchExchange<Rendered>, output: @escaping (String) -> Void, emit: @escaping (Rendered) throws -> Void) {
            self.exchange = exchange
            self.output = output
            self.emit = emit
        }

        var inFlight: Int { submitted - emitted }

        mutating func submit(_ skus: [String]) {
            guard let first = skus.first, let last = skus.last else { return }
            exchange.submit(.init(number: submitted, skus: first...last))
            submitted += 1
        }

        /// Emits the next batch's outcome, after what loading the rules printed (once).
        mutating func emitNext(_ progress: (Int, Int) -> Void) throws {
            try emitLoad()
            try emitOutcome(exchange.awaitResult(emitted))
            emitted += 1
            progress(products, total)
        }

        /// Emits what remains (the load's outcome even for an empty selection).
        mutating func finish(_ progress: (Int, Int) -> Void) throws {
            try emitLoad()
            while emitted < submitted { try emitNext(progress) }
        }

        private mutating func emitLoad() throws {
            guard !loaded else { return }
            loaded = true
            try emitOutcome(exchange.awaitLoad())
        }

        private mutating func emitOutcome(_ outcome: BatchExchange<Rendered>.Outcome) throws {
            outcome.lines.forEach(output)
            for rendered in outcome.rendered { try emit(rendered) }
            products += outcome.rendered.count
            if let failure = outcome.failure { throw failure }
        }
    }
}

/// A worker's side of a `CatalogPricing` run: its own sandboxes and rules over its own snapshot.
private struct BatchWorker<Rendered: Sendable>: Sendable {
    let pricing: CatalogPricing
    let exchange: BatchExchange<Rendered>
    let render: @Sendable (Product, ProductPricing) throws -> Rendered

    func run(index: Int, reader: any CatalogReader) {
        guard let setup = exchange.awaitSetup() else { return }
        let printed = PrintedLines()
        let context = pricing.context
        CatalogScripts.withSandboxes(
            reading: reader, context: context, limits: pricing.limits, output: printed.append
        ) { factory in
            let engine = Result {
                try RuleEngine(
                    folders: setup.plan.folders, sandboxes: factory, context: context, policy: pricing.policy,
                    configuration: setup.plan.configuration)
            }
            // Every worker loads the same plugins: one worker's lines say what loading printed.
            let loadLines = printed.take()
            if index == 0 {
                exchange.reportLoad(.init(lines: loadLines, failure: engine.failure))
            }
            var floors = FloorLookup(reader: reader)
            // After a failure, the worker's later batches fail alike without being priced: the
            // calling thread stops at the first failure in SKU order, and must still receive the
            // batches before it.
            var failure: (any Error)?
            while let job = exchange.nextJob(for: index) {
                var outcome = BatchExchange<Rendered>.Outcome()
                if let failure {
                    outcome.failure = failure
                    exchange.deliver(outcome, for: job.number)
                    continue
                }
                do {
                    let engine = try engine.get()
                    var filter = setup.filter
                    filter.limit = nil
                    filter.skus = job.skus
                    try reader.forEachProduct(filter) { product in
                        let priced = try engine.price(product, floor: try floors.floor(of: product))
                        outcome.rendered.append(try render(product, priced))
                    }
                } catch {
                    outcome.failure = error
                }
                outcome.lines = printed.take()
                failure = outcome.failure
                exchange.deliver(outcome, for: job.number)
            }
        }
    }
}

/// The lines a worker's plugins printed since they were last taken (one thread uses it).
private final class PrintedLines: @unchecked Sendable {
    private var lines: [String] = []

    func append(_ line: String) { lines.append(line) }

    func take() -> [String] {
        defer { lines.removeAll() }
        return lines
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
