import Foundation
import Testing

/// `tiwizi new plugin`: a plugin of each kind whose tests pass as written, that prices and is
/// clean for luacheck; an existing folder or a bad name refused with nothing written.
@Suite("tiwizi new plugin")
struct NewPluginCommandTests {
    /// The files of a new plugin, by path in its folder.
    static func files(of name: String) -> [String] {
        [".luacheckrc", ".luarc.json", ".meta/rules.meta.lua", ".meta/tiwizi.meta.lua", "\(name)_test.lua", "plugin.lua"]
    }

    @Test(arguments: ["price", "label", "cart"])
    func aNewPluginPassesItsTests(kind: String) async throws {
        let workspace = try Workspace()
        let name = "my-\(kind)"
        let new = try await workspace.run("new", "plugin", name, "--kind", kind, "--in", "my-plugins")
        #expect(new.status == 0 && new.stderr.isEmpty, "\(new)")
        #expect(new.lines.first == "Created my-plugins/\(name):" && new.lines.count == 6, "\(new)")
        #expect(new.lines.last == "Next: tiwizi test my-plugins/\(name), then tiwizi price --plugins my-plugins")
        #expect(try workspace.files(under: "my-plugins/\(name)").keys.sorted() == Self.files(of: name))
        #expect(try workspace.files(under: "my-plugins").count == Self.files(of: name).count, "no staging folder left")
        let source = try String(contentsOf: workspace.url("my-plugins/\(name)/plugin.lua"), encoding: .utf8)
        #expect(source.hasPrefix("---@type RuleSet\nreturn {\n"))
        #expect(source.contains("  name = \"\(name)\",\n") && source.contains("  phases = {\"\(kind)\"},\n"))
        let test = try await workspace.run("test", "my-plugins/\(name)")
        #expect(test.status == 0 && test.stdout.hasSuffix("5 passed, 0 failed\n"), "\(test)")
        #expect(test.stdout.contains(" [\(name) "), "a test of every value of a matrix: \(test)")
        // Its own .luacheckrc (Tiwizi's sandbox, the annotations left out) finds nothing.
        let lint = try await workspace.shell("cd my-plugins/\(name) && luacheck --no-cache --formatter plain .")
        #expect(lint.status == 0 && lint.stdout.isEmpty, "\(lint)")
    }

    @Test("docs/plugins.md's example is what tiwizi prints")
    func theDocumentedSessionIsTiwizis() async throws {
        let page = try String(
            contentsOf: Tiwizi.repositoryRoot.appendingPathComponent("docs/plugins.md"), encoding: .utf8)
        let start = try #require(page.range(of: "```console\n$ tiwizi new plugin honey-week\n"))
        let block = page[page.index(start.lowerBound, offsetBy: 11)...]
        let end = try #require(block.range(of: "```"))
        let workspace = try Workspace()
        let commands = block[..<end.lowerBound].components(separatedBy: "$ tiwizi ").dropFirst()
        #expect(commands.count == 2)
        for command in commands {
            let newline = try #require(command.firstIndex(of: "\n"))
            let run = try await workspace.run(command[..<newline].split(separator: " ").map(String.init))
            #expect(run.status == 0 && run.stdout == command[newline...].dropFirst(), "\(command): \(run)")
        }
    }

    @Test("the plugin prices with --plugins; its author and its annotations are written as given")
    func aNewPluginPrices() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let new = try await workspace.run("new", "plugin", "honey-week", "--author", #"Union "Souss" \ apiculteurs"#)
        #expect(new.status == 0, "\(new)")
        let price = try await workspace.run("price", "--plugins", "plugins", "TAF-ARG-250", "--explain")
        #expect(price.status == 0, "\(price)")
        #expect(price.stdout.contains("1. honey-week (honey-week, plugins/honey-week/plugin.lua:"), "\(price)")
        #expect(price.stdout.contains("MAD\u{A0}130.50 (funded by the marketplace) — a discount on food"), "\(price)")
        let source = try String(contentsOf: workspace.url("plugins/honey-week/plugin.lua"), encoding: .utf8)
        #expect(source.contains(#"  author = "Union \"Souss\" \\ apiculteurs","#))
        for meta in ["rules.meta.lua", "tiwizi.meta.lua"] {
            let shipped = try Data(contentsOf: Tiwizi.repositoryRoot.appendingPathComponent("scripts/\(meta)"))
            #expect(try Data(contentsOf: workspace.url("plugins/honey-week/.meta/\(meta)")) == shipped, "\(meta)")
        }
        let luarc = try Output.jsonRecord(String(contentsOf: workspace.url("plugins/honey-week/.luarc.json"), encoding: .utf8))
        #expect(luarc["workspace.library"] as? [String] == [".meta"] && luarc["runtime.version"] as? String == "Lua 5.4")
    }

    @Test("an existing folder or NAME.lua is refused, and nothing is written")
    func anExistingPluginIsNeverOverwritten() async throws {
        let workspace = try Workspace()
        try workspace.write("plugins/honey-week/plugin.lua", "-- mine\n")
        try workspace.write("plugins/bees.lua", "-- mine too\n")
        let before = try workspace.files(under: "plugins")
        let folder = try await workspace.run("new", "plugin", "honey-week")
        #expect(folder.status == 1 && folder.stdout.isEmpty)
        #expect(
            folder.stderr
                == "error: plugins/honey-week already exists, and nothing was written; choose another name, "
                + "or another folder with --in.\n")
        let file = try await workspace.run("new", "plugin", "bees", "--in", "plugins/")
        #expect(file.status == 1 && file.stderr.hasPrefix("error: plugins/bees.lua already exists"), "\(file)")
        #expect(try workspace.files(under: "plugins") == before)
        try workspace.write("a-file", "")
        let notAFolder = try await workspace.run("new", "plugin", "bees", "--in", "a-file")
        #expect(notAFolder.stderr == "error: a-file is a file, not a folder; give a folder of plugins to --in.\n")
    }

    @Test(arguments: ["Honey-Week", "honey_week", "h", "honey-", "honey--week", "miel-été"])
    func aBadNameIsRefused(name: String) async throws {
        let workspace = try Workspace(language: "fr_FR.UTF-8")
        let run = try await workspace.run("new", "plugin", name)
        #expect(run.status == 64 && run.stdout.isEmpty)
        #expect(
            run.stderr.hasPrefix(
                "Error: « \(name) » n'est pas un nom de plugin ; utilisez de 2 à 64 minuscules, chiffres et tirets simples"),
            "\(run)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("plugins").path))
    }
}
