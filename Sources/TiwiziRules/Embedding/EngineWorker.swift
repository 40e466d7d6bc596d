import Foundation
import TiwiziLua
import TiwiziStore

/// What one worker of an engine owns, made and used on its own thread only: its copy of the
/// committed rules and of those being prepared. Never leaves that thread (jobs receive it).
final class EngineWorker {
    private let store: any CatalogStore
    private let configuration: TiwiziEngine.Configuration
    private let generations: RuleGenerations
    private var current: PreparedRules?
    private var pending: [Int: PreparedRules] = [:]

    init(store: any CatalogStore, configuration: TiwiziEngine.Configuration, generations: RuleGenerations) {
        self.store = store
        self.configuration = configuration
        self.generations = generations
    }

    /// Compiles generation `generation` of the rules, as `plan` says, and keeps it until it is
    /// committed or dropped; returns its rule-set hash.
    func prepare(_ generation: Int, plan: RulePlan, at moment: Date) throws -> String {
        generations.countCompilation()
        let rules = try PreparedRules(
            generation: generation, plan: plan, store: store, configuration: configuration, at: moment)
        pending[generation] = rules
        return rules.engine.hash
    }

    /// Drops generation `generation` (its reload failed somewhere).
    func drop(_ generation: Int) {
        pending[generation] = nil
    }

    /// Runs `body` with the committed rules at `instant`, over a new read snapshot of the
    /// catalog; a call already running when a reload commits finishes on the rules it started with.
    func run<T>(at instant: Date, _ body: (RuleEngine, any CatalogReader) throws -> T) throws -> T {
        let rules = committedRules()
        let context = RunContext(at: instant, timeZone: configuration.timeZone)
        return try store.snapshot { reader in
            try rules.run(reading: reader, context: context) { engine in try body(engine, reader) }
        }
    }

    /// Writes with the catalog's writer (placing an order, after its quote's snapshot ended).
    func write<T>(_ body: (any CatalogWriter) throws -> T) throws -> T {
        try store.transaction(body)
    }

    /// The committed generation's rules, taking them from those prepared when it changed (and
    /// dropping older ones).
    private func committedRules() -> PreparedRules {
        guard let committed = generations.committed?.number else {
            preconditionFailure("a request ran before the engine's first rules were committed")
        }
        if let current, current.generation == committed { return current }
        guard let next = pending[committed] else {
            preconditionFailure("generation \(committed) was committed without this worker's copy")
        }
        current = next
        pending = pending.filter { $0.key > committed }
        return next
    }
}
