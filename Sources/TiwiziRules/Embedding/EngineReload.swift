import Foundation

/// What `TiwiziEngine.reload()` did.
public enum RuleReload: Sendable, Hashable {
    /// The plugins' files and settings are those in use: nothing was compiled.
    case unchanged
    /// Every worker compiled the new rules, and calls that start now use them.
    case reloaded
}

extension TiwiziEngine {
    /// Reads the catalog's plugin settings, compiles the plugins again into every worker and
    /// switches to them once every copy loaded and passed the engine's checks. When the
    /// plugins' files and the settings are those in use, nothing is compiled. When anything
    /// fails, the rules in use stay, and the error is thrown. Calls running meanwhile finish on
    /// the rules they started with.
    /// - Throws: `RuleProblem` for an invalid rule set, `LuaError` for a script that does not
    ///   load, `ConfigurationProblem` for settings the plugins refuse, `EngineProblem` for files
    ///   that changed while the workers loaded them.
    @discardableResult
    public func reload() async throws -> RuleReload {
        let configuration = configuration
        let plan = try store.snapshot { reader in
            try RulePlan.read(
                from: reader, rules: PluginDiscovery.Folder(rulesFolder.path, origin: .rules),
                plugins: configuration.plugins.map { PluginDiscovery.Folder($0.path, origin: .option) },
                event: configuration.event)
        }
        let filesHash = try plan.fingerprint()
        guard let generation = generations.begin(filesHash: filesHash) else { return .unchanged }
        let moment = Date()
        let pool = pool
        let results = await withTaskGroup(of: (Int, Result<String, any Error>).self) { group in
            for index in 0..<pool.count {
                group.addTask {
                    do {
                        return (
                            index, .success(try await pool.run(on: index) { try $0.prepare(generation, plan: plan, at: moment) })
                        )
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var results: [(Int, Result<String, any Error>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        do {
            let hashes = try results.map { try $0.get() }
            guard let hash = hashes.first, hashes.allSatisfy({ $0 == hash }) else {
                throw EngineProblem.rulesChangedWhileLoading(folder: rulesFolder.path)
            }
            generations.commit(.init(number: generation, filesHash: filesHash, ruleSetHash: hash))
            return .reloaded
        } catch {
            for index in 0..<pool.count { pool.post(to: index) { $0.drop(generation) } }
            throw error
        }
    }
}
