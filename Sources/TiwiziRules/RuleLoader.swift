import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// Finds and loads the rule sets of a folder: each `.lua` file under `pricing/`, `labels/` and
/// `promotions/` returns one rule set; `lib/` holds modules they `require`, and `*_test.lua`
/// files are their tests.
public enum RuleLoader {
    /// The folders that hold rule sets, one per kind of rule.
    public static let ruleFolders = ["pricing", "labels", "promotions"]

    /// The rule-set files under `folder`, sorted by path (the order in which rules apply never
    /// depends on it).
    public static func files(in folder: URL) -> [URL] {
        luaFiles(in: folder) { !$0.hasSuffix(testSuffix) }
    }

    /// The rule-set test files under `folder` (`pricing/base_test.lua`), sorted by path.
    public static func testFiles(in folder: URL) -> [URL] {
        luaFiles(in: folder) { $0.hasSuffix(testSuffix) }
    }

    /// What ends the name of a rule-set test file.
    public static let testSuffix = "_test.lua"

    private static func luaFiles(in folder: URL, where include: (String) -> Bool) -> [URL] {
        let manager = FileManager.default
        return ruleFolders.flatMap { name -> [URL] in
            let sub = folder.appendingPathComponent(name)
            let entries = (try? manager.contentsOfDirectory(atPath: sub.path)) ?? []
            return entries.filter { $0.hasSuffix(".lua") && !$0.hasPrefix(".") && include($0) }
                .map { sub.appendingPathComponent($0) }
        }.sorted { $0.path < $1.path }
    }

    /// Runs each file in `sandbox` and reads the rule set it returns; `relativeTo` shortens the
    /// names files are reported by. The rules' functions stay valid as long as the sandbox.
    /// - Throws: the first file's failure, in path order (see `loadEach`).
    public static func load(_ files: [URL], relativeTo root: URL, in sandbox: LuaSandbox) throws -> [RuleSet] {
        try loadEach(files, relativeTo: root, in: sandbox).map { try $0.set.get() }
    }

    /// Each file's rule set, or why it does not load: not readable, a Lua error, an invalid
    /// rule set, or a rule set's name already taken by an earlier file.
    public static func loadEach(
        _ files: [URL], relativeTo root: URL, in sandbox: LuaSandbox
    ) -> [(file: String, set: Result<RuleSet, any Error>)] {
        var names: [String: String] = [:]
        return files.map { url in
            let name = relativePath(of: url, to: root)
            return (
                name,
                Result {
                    let set = try load(url, name: name, in: sandbox)
                    if let other = names[set.name] { throw RuleProblem.duplicateName(set.name, files: [other, name]) }
                    names[set.name] = name
                    return set
                }
            )
        }
    }

    private static func load(_ url: URL, name: String, in sandbox: LuaSandbox) throws -> RuleSet {
        let source: String
        do { source = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Issue(.unreadable(path: name, reason: "not UTF-8 text, or not readable"))
        }
        let run = try sandbox.run(try sandbox.load(source, name: name))
        var set = try RuleSetDecoding.ruleSet(run.values.first ?? .nil, file: name, api: CatalogScripts.apiVersion)
        for index in set.rules.indices {
            for (phase, function) in set.rules[index].phases {
                set.rules[index].lines[phase] = sandbox.definition(of: function)?.line
            }
        }
        return set
    }

    /// `url`'s path below `root` (`pricing/base.lua`), as messages name files; the whole path
    /// when it is not below.
    package static func relativePath(of url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
