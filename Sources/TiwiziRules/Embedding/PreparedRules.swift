import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// One worker's copy of one generation of the rules: a sandbox that outlives snapshots, with
/// the rule sets compiled into it once, and the engine they make (at the moment they were
/// loaded; each call makes a copy at its own moment).
final class PreparedRules {
    let generation: Int
    let sandbox: CatalogSandbox
    let engine: RuleEngine
    /// The event the rules are configured for, whose window each call must fall in.
    private let event: Event?

    /// Compiles the plugins of `plan` into a new sandbox, over a read snapshot of `store` (a
    /// rule set's top level may read the catalog), and checks them as an engine does.
    /// - Throws: `RuleProblem` or `LuaError` for rules that do not load, `ConfigurationProblem`
    ///   for a setting they refuse, or a catalog error.
    init(
        generation: Int, plan: RulePlan, store: any CatalogStore, configuration: TiwiziEngine.Configuration, at moment: Date
    ) throws {
        let context = RunContext(at: moment, timeZone: configuration.timeZone)
        let sandbox = try CatalogSandbox(context: context, limits: configuration.limits, scriptsFolder: plan.folders[0].url)
        self.generation = generation
        self.sandbox = sandbox
        event = plan.configuration.event
        engine = try store.snapshot { reader in
            try sandbox.withSnapshot(reader, context: context) { _ in
                try RuleEngine(
                    folders: plan.folders, sandboxes: sandbox.factory, context: context, policy: configuration.policy,
                    configuration: plan.configuration)
            }
        }
    }

    /// Runs `body` with the rules at `context`, reading `reader`.
    /// - Throws: `ConfigurationProblem.eventNotOpen` for a moment outside the rules' event.
    func run<T>(
        reading reader: any CatalogReader, context: RunContext, _ body: (RuleEngine) throws -> T
    ) throws -> T {
        if let event, !event.isOpen(at: context.at) {
            throw ConfigurationProblem.eventNotOpen(
                event: event.name, opens: event.opens, closes: event.closes, at: context.at)
        }
        return try sandbox.withSnapshot(reader, context: context) { _ in
            engine.reseed(context.randomSeed)
            return try body(RuleEngine(engine, context: context))
        }
    }
}

extension CatalogStore {
    /// `read`, with the snapshot's reader as any reader (for a store held as `any CatalogStore`).
    func snapshot<T>(_ body: (any CatalogReader) throws -> T) throws -> T {
        try read { reader in try body(reader) }
    }

    /// `write`, with the writer as any writer.
    func transaction<T>(_ body: (any CatalogWriter) throws -> T) throws -> T {
        try write { writer in try body(writer) }
    }
}
