import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// A plugin loaded into a sandbox of its own: its rules' functions live there, and nothing it
/// does there reaches another plugin.
public struct LoadedPlugin {
    public let package: PluginPackage
    public let set: RuleSet
    let sandbox: LuaSandbox
}

/// A plugin that did not load, and why: not readable, a Lua error, an invalid manifest, an API
/// this Tiwizi does not provide, or a name another plugin already has.
public struct RefusedPlugin {
    public let package: PluginPackage
    public let error: any Error
}

/// What loading a list of plugins gave: those that loaded, and those refused.
public struct PluginLoad {
    public let loaded: [LoadedPlugin]
    public let refused: [RefusedPlugin]

    /// The plugins, when every one of them loaded.
    /// - Throws: the first refusal's error, in search order.
    public func all() throws -> [LoadedPlugin] {
        if let first = refused.first { throw first.error }
        return loaded
    }
}

/// Loads plugins, each into a new sandbox of its own (see `PluginDiscovery` for where they come from).
public enum PluginLoader {
    /// Loads each plugin; one that fails to load is refused and the others still load. Of two
    /// plugins with one name, the one found later is refused.
    public static func load(_ packages: [PluginPackage], sandboxes: CatalogScripts.SandboxFactory) -> PluginLoad {
        var loaded: [LoadedPlugin] = []
        var refused: [RefusedPlugin] = []
        for package in packages {
            do {
                let plugin = try load(package, sandboxes: sandboxes)
                if let other = loaded.first(where: { $0.set.name == plugin.set.name }) {
                    throw RuleProblem.duplicateName(plugin.set.name, files: [other.package.file, package.file])
                }
                loaded.append(plugin)
            } catch {
                refused.append(RefusedPlugin(package: package, error: error))
            }
        }
        return PluginLoad(loaded: loaded, refused: refused)
    }

    /// Discovers the plugins of `folders` and loads each.
    /// - Throws: `Issue` for a plugin folder that cannot be read.
    public static func load(
        from folders: [PluginDiscovery.Folder], sandboxes: CatalogScripts.SandboxFactory
    ) throws -> PluginLoad {
        load(try PluginDiscovery.find(in: folders), sandboxes: sandboxes)
    }

    private static func load(_ package: PluginPackage, sandboxes: CatalogScripts.SandboxFactory) throws -> LoadedPlugin {
        let source: String
        do { source = try String(contentsOf: package.entry, encoding: .utf8) } catch {
            throw Issue(.unreadable(path: package.file, reason: "not UTF-8 text, or not readable"))
        }
        let sandbox = try sandboxes.make(scriptsFolder: package.root, label: package.file)
        RuleEngine.prepare(sandbox)
        let run = try sandbox.run(try sandbox.load(source, name: package.file))
        var set = try RuleSetDecoding.ruleSet(run.values.first ?? .nil, file: package.file, api: CatalogScripts.apiVersion)
        for index in set.rules.indices {
            for (phase, function) in set.rules[index].phases {
                set.rules[index].lines[phase] = sandbox.definition(of: function)?.line
            }
        }
        return LoadedPlugin(package: package, set: set, sandbox: sandbox)
    }
}
