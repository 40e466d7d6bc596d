import Foundation
import LuaHost
import TiwiziStore

/// A sandbox with the catalog API that outlives read snapshots, for long-running hosts (an
/// embedded rule engine): load scripts into `sandbox` once, then give it each request's
/// snapshot with `withSnapshot(_:context:_:)`, so that a request reads what the catalog holds
/// now without compiling anything again.
///
/// Per snapshot, the views read its records (nothing looked up in an earlier one is kept), and
/// the views' default day (`p:certificate(id)`, `c.products`) and `math.random`'s seed follow
/// its context. `tiwizi.now`, `tiwizi.today` and `tiwizi.params` are values of the `tiwizi`
/// table, fixed when the sandbox is made: rules read the moment of their call from `ctx`.
///
/// Not Sendable, like its `LuaSandbox`: one thread at a time uses it.
public final class CatalogSandbox {
    /// The sandbox, with the catalog's classes and the `catalog` and `tiwizi` libraries.
    public let sandbox: LuaSandbox
    private let session: CatalogSession
    private let limits: SandboxLimits
    private let output: (String) -> Void

    /// A sandbox whose `tiwizi` table is made at `context`; `require` finds modules in
    /// `scriptsFolder`, and `output` receives each line scripts print.
    public init(
        context: RunContext, limits: SandboxLimits = .default, scriptsFolder: URL? = nil,
        output: @escaping (String) -> Void = { _ in }
    ) throws(LuaError) {
        session = CatalogSession(reader: nil, context: context)
        self.limits = limits
        self.output = output
        sandbox = try CatalogScripts.makeSandbox(session, folder: scriptsFolder, limits: limits, output: output)
    }

    /// Makes more sandboxes over the same session (one per plugin): each reads the snapshot
    /// `withSnapshot` binds, like `sandbox`.
    public var factory: CatalogScripts.SandboxFactory {
        CatalogScripts.SandboxFactory(session: session, limits: limits, output: output)
    }

    /// Runs `body` with the catalog views reading `reader` at `context`. `reader` must be the
    /// reader of a read transaction that lasts longer than `body` (inside `store.read`); once
    /// `body` returns, no snapshot is bound: reading the catalog then is a host's mistake, and stops.
    public func withSnapshot<T>(
        _ reader: any CatalogReader, context: RunContext, _ body: (LuaSandbox) throws -> T
    ) rethrows -> T {
        session.rebind(to: reader, context: context)
        sandbox.reseed(context.randomSeed)
        defer { session.rebind(to: nil, context: context) }
        return try CatalogSession.stoppingQueries(of: reader) { try body(sandbox) }
    }
}
