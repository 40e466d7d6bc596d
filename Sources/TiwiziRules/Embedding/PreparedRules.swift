import Foundation
import LuaHost
import TiwiziLua
import TiwiziStore

/// One worker's copy of one generation of the rules: a sandbox that outlives snapshots, with
/// the rule sets compiled into it once, and the engine they make (at the moment they were
/// loaded; each call makes a copy at its own moment).
final class PreparedRules {
    let generation: Int
    let sandbox: CatalogSandbox
    let engine: RuleEngine

    /// Compiles the rules of `folder` into a new sandbox, over a read snapshot of `store` (a
    /// rule set's top level may read the catalog), and checks them as an engine does.
    /// - Throws: `RuleProblem` or `LuaError` for rules that do not load, or a catalog error.
    init(
        generation: Int, folder: URL, store: any CatalogStore, configuration: TiwiziEngine.Configuration, at moment: Date
    ) throws {
        let context = RunContext(at: moment, timeZone: configuration.timeZone)
        let sandbox = try CatalogSandbox(context: context, limits: configuration.limits, scriptsFolder: folder)
        self.generation = generation
        self.sandbox = sandbox
        engine = try store.snapshot { reader in
            try sandbox.withSnapshot(reader, context: context) { _ in
                try Self.makeEngine(folder: folder, sandboxes: sandbox.factory, context: context, policy: configuration.policy)
            }
        }
    }

    /// The one place an embedded engine builds a rule engine from a rules folder.
    private static func makeEngine(
        folder: URL, sandboxes: CatalogScripts.SandboxFactory, context: RunContext, policy: FailurePolicy
    ) throws -> RuleEngine {
        try RuleEngine(folder: folder, sandboxes: sandboxes, context: context, policy: policy)
    }

    /// Runs `body` with the rules at `context`, reading `reader`.
    func run<T>(
        reading reader: any CatalogReader, context: RunContext, _ body: (RuleEngine) throws -> T
    ) throws -> T {
        try sandbox.withSnapshot(reader, context: context) { _ in
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
