import Foundation
import TiwiziCore

/// Finds plugins: the rule-set files of a rules folder, and the plugins of plugin folders (each
/// `NAME/plugin.lua`, and each single `NAME.lua`).
public enum PluginDiscovery {
    /// The folders of a rules folder that hold rule sets, one per kind of rule.
    public static let ruleFolders = ["pricing", "labels", "promotions"]
    /// What ends the name of a plugin's test file.
    public static let testSuffix = "_test.lua"
    /// The script a plugin folder's manifest and rules are in.
    public static let entryName = "plugin.lua"

    /// A folder to search and how it was named.
    public struct Folder: Sendable, Hashable {
        public let url: URL
        /// The path as the user wrote it, which messages show.
        public let shown: String
        public let origin: PluginPackage.Origin

        public init(_ path: String, shown: String? = nil, origin: PluginPackage.Origin) {
            url = URL(fileURLWithPath: path)
            self.shown = shown ?? path
            self.origin = origin
        }
    }

    /// The plugins of every folder, in search order: the rules folder's, then each plugin
    /// folder's, each sorted by path.
    /// - Throws: `Issue` for a plugin folder that does not exist or cannot be read.
    public static func find(in folders: [Folder]) throws -> [PluginPackage] {
        try folders.flatMap { folder throws -> [PluginPackage] in
            folder.origin == .rules ? rulesFolder(folder) : try pluginFolder(folder)
        }
    }

    /// Each `.lua` file of `pricing/`, `labels/` and `promotions/`, a plugin of its own whose
    /// modules are the folder's `lib/`.
    private static func rulesFolder(_ folder: Folder) -> [PluginPackage] {
        ruleFolderFiles(in: folder.url, tests: false).map { url in
            PluginPackage(
                entry: url, root: folder.url, file: RuleLoader.relativePath(of: url, to: folder.url), origin: .rules,
                isFolder: false)
        }
    }

    /// The `.lua` files of a rules folder's `pricing/`, `labels/` and `promotions/`, sorted by
    /// path: its tests (`*_test.lua`), or its rule sets (the others).
    static func ruleFolderFiles(in folder: URL, tests: Bool) -> [URL] {
        ruleFolders.flatMap { name -> [URL] in
            let sub = folder.appendingPathComponent(name)
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: sub.path)) ?? []
            return entries.filter { $0.hasSuffix(".lua") && !$0.hasPrefix(".") && $0.hasSuffix(testSuffix) == tests }
                .map { sub.appendingPathComponent($0) }
        }.sorted { $0.path < $1.path }
    }

    /// Each `NAME/plugin.lua` and each `NAME.lua` (not a test) directly in the folder.
    private static func pluginFolder(_ folder: Folder) throws -> [PluginPackage] {
        let manager = FileManager.default
        guard manager.isFolder(atPath: folder.url.path) else { throw Issue(.missing(path: folder.shown)) }
        guard let names = try? manager.contentsOfDirectory(atPath: folder.url.path) else {
            throw Issue(.unreadable(path: folder.shown, reason: "the folder cannot be listed"))
        }
        let prefix = folder.shown.isEmpty || folder.shown.hasSuffix("/") ? folder.shown : folder.shown + "/"
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name -> PluginPackage? in
            let url = folder.url.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue {
                let entry = url.appendingPathComponent(entryName)
                guard manager.fileExists(atPath: entry.path) else { return nil }
                return PluginPackage(
                    entry: entry, root: url, file: prefix + name + "/" + entryName, origin: folder.origin, isFolder: true)
            }
            guard name.hasSuffix(".lua"), !name.hasSuffix(testSuffix) else { return nil }
            return PluginPackage(entry: url, root: folder.url, file: prefix + name, origin: folder.origin, isFolder: false)
        }
    }

    /// The plugins whose tests a folder holds, each with the plugins its tests run with: a
    /// plugin folder (with a `plugin.lua`) alone; a rules folder's tests with every rule set of
    /// the folder; and each plugin of a plugin folder with its own tests, alone. Files are named
    /// relative to `folder`.
    public static func testScopes(of folder: URL) throws -> [(tests: [URL], plugins: [PluginPackage])] {
        let entry = folder.appendingPathComponent(entryName)
        if FileManager.default.fileExists(atPath: entry.path) {
            let plugin = PluginPackage(entry: entry, root: folder, file: entryName, origin: .option, isFolder: true)
            return [(plugin.testFiles, [plugin])]
        }
        let rules = RuleLoader.testFiles(in: folder)
        let shared = rules.isEmpty ? [] : [(rules, rulesFolder(Folder(folder.path, shown: "", origin: .rules)))]
        let own = try pluginFolder(Folder(folder.path, shown: "", origin: .option)).filter { !$0.testFiles.isEmpty }
        return shared + own.map { ($0.testFiles, [$0]) }
    }

    /// Every `.lua` file below `folder`, sorted by path; none when it does not exist.
    static func luaFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".lua") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted().map { folder.appendingPathComponent($0) }
    }
}
