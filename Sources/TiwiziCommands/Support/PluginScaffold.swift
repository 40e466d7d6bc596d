import Foundation
import TiwiziCore
import TiwiziInterchange
import TiwiziLua
import TiwiziRules

#if canImport(Glibc)
    import Glibc
#endif

/// A new plugin folder as `tiwizi new plugin` writes it (docs/plugins.md, "Starting a plugin"),
/// rendered from the templates of its kind (the resources' `Templates/`): `plugin.lua`, a manifest
/// for this Tiwizi's Lua API with one parameter and one rule; `NAME_test.lua`, tests that pass as
/// written; and what editors and linters read: the LuaCATS annotations in `.meta/`, which
/// `.luarc.json` gives the Lua language server, and a `.luacheckrc`.
struct PluginScaffold {
    /// A slug (`Identifier.isSlug`): the name of the folder, the rule set and its rule.
    let name: String
    /// The phase of its rule, which chooses its templates.
    let kind: Rule.Phase
    /// The manifest's `author`.
    let author: String

    /// The author of a plugin whose author is not given, to be replaced.
    static let unnamedAuthor = "À compléter"

    /// Its files, by path in its folder, and their text: the templates with `{{name}}`,
    /// `{{api}}` and `{{author}}` filled in, and `{{manifest}}` with the head of the manifest
    /// that every kind shares (`manifest.lua`); the annotations as Tiwizi has them.
    func files() throws -> [(path: String, text: String)] {
        var values = [
            "name": name, "api": APIRequirement(writtenFor: CatalogScripts.apiVersion).description,
            "author": Self.luaEscaped(author),
        ]
        // One pass, so that a value holding `{{name}}` (an author's) stays as given.
        func render(_ template: String) throws -> String {
            try Self.resource("Templates/" + template).replacing(/\{\{(\w+)\}\}/) { values[String($0.1)] ?? String($0.0) }
        }
        values["manifest"] = String(try render("manifest.lua").dropLast())
        return [
            (PluginDiscovery.entryName, try render("\(kind.rawValue)/plugin.lua")),
            (name + PluginDiscovery.testSuffix, try render("\(kind.rawValue)/test.lua")),
            (".luarc.json", try render("luarc.json")), (".luacheckrc", try render("luacheckrc")),
            (".meta/tiwizi.meta.lua", try Self.resource("tiwizi.meta.lua")),
            (".meta/rules.meta.lua", try Self.resource("rules.meta.lua")),
        ]
    }

    /// Writes the folder `NAME` in the plugin folder `folder` (created if missing) whole, or
    /// nothing: its files go to a hidden staging folder beside it, renamed into place once
    /// complete, and a failure removes them. Returns the new folder as messages show it.
    /// - Throws: `CommandProblem.pluginExists` when `NAME` or `NAME.lua` is in `folder` (nothing
    ///   is ever overwritten), `.notAPluginFolder` when `folder` is a file, `OutputFailure` when
    ///   writing fails.
    func write(in folder: String) throws -> String {
        let manager = FileManager.default
        let shown = (folder.hasSuffix("/") ? folder : folder + "/") + name
        let target = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        for (path, named) in [(target, shown), (target + ".lua", shown + ".lua")] where manager.fileExists(atPath: path) {
            throw CommandProblem.pluginExists(path: named)
        }
        var isFolder: ObjCBool = false
        let existed = manager.fileExists(atPath: folder, isDirectory: &isFolder)
        if existed && !isFolder.boolValue { throw CommandProblem.notAPluginFolder(path: folder) }
        let files = try files()
        try ExportDestination.makeFolder(folder)
        let staging = ExportDestination.stagingPath(for: target)
        do {
            for file in files {
                let path = URL(fileURLWithPath: staging).appendingPathComponent(file.path)
                try ExportDestination.makeFolder(path.deletingLastPathComponent().path)
                try FileOutput.writing(to: path.path) { try $0.write(Data(file.text.utf8)) }
            }
            try ExportDestination.rename(staging, to: target)
        } catch {
            try? manager.removeItem(atPath: staging)
            if !existed { rmdir(folder) }
            // Another process made the folder meanwhile: the rename never replaces its contents.
            if let failure = error as? OutputFailure, failure.target == target, [EEXIST, ENOTEMPTY].contains(failure.code) {
                throw CommandProblem.pluginExists(path: shown)
            }
            throw error
        }
        return shown
    }

    /// A resource of `tiwizi new plugin` (the target's `Templates/`, the annotations).
    private static func resource(_ path: String) throws -> String {
        // In the bundle, `Templates/…` and the annotations side by side; in the source tree, the
        // templates beside this module's sources and the annotations in `scripts/`.
        let module = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let scripts = module.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts")
        guard
            let url = BundledResources.find(
                [path], bundle: "Tiwizi_TiwiziCommands", sources: [module, scripts]),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw CommandProblem.resourceMissing(path: path) }
        return text
    }

    /// `text` as it is written between the double quotes of a Lua string.
    static func luaEscaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case "\n": return "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: return String(format: "\\%03d", scalar.value)
            default: return String(scalar)
            }
        }.joined()
    }
}
