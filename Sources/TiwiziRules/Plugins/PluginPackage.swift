import Foundation

/// A plugin on disk, before it loads: a folder with a `plugin.lua`, or a single `.lua` file.
public struct PluginPackage: Sendable, Hashable {
    /// Where a plugin was found, the order in which folders are searched.
    public enum Origin: Sendable, Hashable, CustomStringConvertible {
        /// The rules folder (`--rules`, `scripts/` by default): each file of `pricing/`, `labels/`
        /// and `promotions/`.
        case rules
        /// The plugins folder configured for the catalog (`tiwizi plugins folder DIR`).
        case catalog
        /// A folder named by `--plugins`.
        case option

        /// `rules`, `catalog` or `--plugins`.
        public var description: String {
            switch self {
            case .rules: return "rules"
            case .catalog: return "catalog"
            case .option: return "--plugins"
            }
        }
    }

    /// The script that returns the manifest and the rules.
    public let entry: URL
    /// Where `require` finds its modules (`lib/ess.lua` is `require("lib.ess")`), and what its
    /// tests' paths are relative to.
    public let root: URL
    /// The entry as messages name it: `pricing/base.lua`, `plugins/honey-week/plugin.lua`.
    public let file: String
    public let origin: Origin
    /// Whether it is a folder of its own, whose every module belongs to it alone.
    public let isFolder: Bool

    /// Its `*_test.lua` files: a folder's own, or the single file's (`base.lua`, `base_test.lua`).
    public var testFiles: [URL] {
        guard isFolder else {
            let test = entry.deletingPathExtension().path + PluginDiscovery.testSuffix
            return FileManager.default.fileExists(atPath: test) ? [URL(fileURLWithPath: test)] : []
        }
        return PluginDiscovery.luaFiles(under: root).filter { $0.lastPathComponent.hasSuffix(PluginDiscovery.testSuffix) }
    }

    /// Its entry relative to the folder it was found in, whatever path named that folder:
    /// `pricing/base.lua`, `honey-week/plugin.lua`, `honey-week.lua`.
    public var identity: String {
        switch (origin, isFolder) {
        case (.rules, _): return RuleLoader.relativePath(of: entry, to: root)
        case (_, true): return root.lastPathComponent + "/" + PluginDiscovery.entryName
        case (_, false): return entry.lastPathComponent
        }
    }

    /// The files whose bytes decide what it does, by path relative to `root`: the entry and the
    /// modules it may `require` (a folder's every module; a single file's `lib/`), tests excluded.
    public var sourceFiles: [(relative: String, url: URL)] {
        let modules =
            isFolder ? PluginDiscovery.luaFiles(under: root) : PluginDiscovery.luaFiles(under: root.appendingPathComponent("lib"))
        let files = ([entry] + modules.filter { $0.standardizedFileURL != entry.standardizedFileURL })
            .filter { !$0.lastPathComponent.hasSuffix(PluginDiscovery.testSuffix) }
        return files.map { (RuleLoader.relativePath(of: $0, to: root), $0) }.sorted { $0.relative < $1.relative }
    }
}
