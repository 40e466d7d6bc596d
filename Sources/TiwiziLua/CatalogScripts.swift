import Foundation
import LuaHost
import TiwiziCore
import TiwiziStore

/// Runs Lua scripts against a read-only snapshot of the catalog, in a sandbox with the
/// `catalog` and `tiwizi` libraries (see docs/lua-api.md).
public enum CatalogScripts {
    /// One script run: which script, with what inputs and limits.
    public struct Request {
        public var scriptPath: String
        public var context: RunContext
        public var limits: SandboxLimits

        public init(scriptPath: String, context: RunContext, limits: SandboxLimits = .default) {
            self.scriptPath = scriptPath
            self.context = context
            self.limits = limits
        }
    }

    /// What a run returned, logged and used. What it printed went to `output` as it ran.
    public struct Outcome: Sendable {
        public var values: [LuaValue]
        public var log: [String]
        public var usage: LuaUsage
    }

    /// Runs the script; `output` receives each line it prints. `require` finds modules in the
    /// script's folder. Throws `LuaError` (syntax, runtime, limits) or a file error.
    public static func run(_ request: Request, store: some CatalogStore, output: @escaping (String) -> Void) throws -> Outcome {
        let url = URL(fileURLWithPath: request.scriptPath)
        let source = try source(of: request.scriptPath)
        return try store.read { reader in
            try CatalogSession.stoppingQueries(of: reader) {
                let session = CatalogSession(reader: reader, context: request.context)
                let sandbox = try makeSandbox(
                    session, folder: url.deletingLastPathComponent(), limits: request.limits, output: output)
                let script = try sandbox.load(source, name: url.lastPathComponent)
                let run = try sandbox.run(script)
                return Outcome(values: run.values, log: session.log, usage: run.usage)
            }
        }
    }

    /// The text of the script at `path`.
    /// - Throws: `Issue` when it is not there or is not UTF-8 text.
    public static func source(of path: String) throws(Issue) -> String {
        do { return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) } catch {
            throw Issue(.missing(path: path))
        }
    }

    /// Calls `body` with a factory of sandboxes over one read snapshot of `store`: hosts that
    /// give each plugin a Lua state of its own, all reading the same catalog. Every sandbox the
    /// factory made, and every value it gave, is valid only inside `body`.
    public static func withSandboxes<T>(
        store: some CatalogStore, context: RunContext, limits: SandboxLimits = .default,
        output: @escaping (String) -> Void = { _ in }, _ body: (SandboxFactory, any CatalogReader) throws -> T
    ) throws -> T {
        try store.read { reader in
            try withSandboxes(reading: reader, context: context, limits: limits, output: output) { factory in
                try body(factory, reader)
            }
        }
    }

    /// `withSandboxes(store:…)` over a snapshot already open: `reader` must be the reader of a
    /// read transaction that lasts longer than `body` (one thread's of `readInParallel`).
    public static func withSandboxes<T>(
        reading reader: any CatalogReader, context: RunContext, limits: SandboxLimits = .default,
        output: @escaping (String) -> Void = { _ in }, _ body: (SandboxFactory) throws -> T
    ) rethrows -> T {
        try CatalogSession.stoppingQueries(of: reader) {
            try body(SandboxFactory(session: CatalogSession(reader: reader, context: context), limits: limits, output: output))
        }
    }

    /// Makes sandboxes over one catalog session, each a Lua state of its own with the catalog API.
    public struct SandboxFactory {
        let session: CatalogSession
        /// The limits of every run in the sandboxes it makes.
        public let limits: SandboxLimits
        let output: (String) -> Void

        /// A new sandbox whose `require` reads `scriptsFolder`. With a `label`, each line it
        /// prints reaches the output as `label: line`, so that a host tells its plugins apart.
        public func make(scriptsFolder: URL?, label: String? = nil) throws(LuaError) -> LuaSandbox {
            let output = output
            let labelled = label.map { label in { (line: String) in output("\(label): \(line)") } } ?? output
            return try makeSandbox(session, folder: scriptsFolder, limits: limits, output: labelled)
        }
    }

    /// A sandbox with the catalog's classes and libraries installed.
    static func makeSandbox(
        _ session: CatalogSession, folder: URL?, limits: SandboxLimits,
        output: @escaping (String) -> Void
    ) throws(LuaError) -> LuaSandbox {
        let sandbox = try LuaSandbox(
            configuration: .init(
                limits: limits, scriptsFolder: folder,
                randomSeed: session.context.randomSeed, output: output))
        sandbox.register(MoneyClass.make())
        sandbox.register(DateClasses.date())
        sandbox.register(DateClasses.dateTime())
        sandbox.register(ReferenceClasses.text())
        sandbox.register(ReferenceClasses.region())
        sandbox.register(ReferenceClasses.certificate(session))
        sandbox.register(ReferenceClasses.scheme())
        sandbox.register(ReferenceClasses.knowHow())
        sandbox.register(ProductClass.make(session))
        sandbox.register(CooperativeClass.make(session))
        sandbox.register(VersionClass.make())
        try sandbox.define("catalog", CatalogLibrary.make(session))
        try sandbox.define("tiwizi", TiwiziLibrary.make(session))
        return sandbox
    }
}

extension CatalogScripts {
    /// The version of the Lua API this build provides (`tiwizi.api`).
    public static var apiVersion: (major: Int, minor: Int) {
        (Int(APIVersion.current.major), Int(APIVersion.current.minor))
    }
}
