import Testing
import TiwiziLua
import TiwiziRules

@testable import TiwiziCommands

/// What `tiwizi new plugin` renders, before anything is written (the end-to-end tests write it,
/// test it, lint it and price with it).
@Suite("tiwizi new plugin: the templates")
struct PluginScaffoldTests {
    @Test(arguments: Rule.Phase.allCases)
    func everyPlaceholderIsFilled(kind: Rule.Phase) throws {
        let files = try PluginScaffold(name: "honey-week", kind: kind, author: "Tafoukt").files()
        #expect(files.allSatisfy { $0.text.firstMatch(of: /\{\{\w+\}\}/) == nil }, "\(files.map(\.path))")
        let plugin = try #require(files.first { $0.path == "plugin.lua" }?.text)
        #expect(plugin.contains("  api = \"\(APIRequirement(writtenFor: CatalogScripts.apiVersion))\",\n"))
        #expect(plugin.contains("  author = \"Tafoukt\",\n"))
        let test = try #require(files.first { $0.path == "honey-week_test.lua" }?.text)
        #expect(test.hasPrefix("local plugin = \"honey-week\"\n"))
    }

    @Test func aValueIsNotRenderedAgain() throws {
        let files = try PluginScaffold(name: "bees", kind: .price, author: "{{name}}").files()
        #expect(files.first?.text.contains("  author = \"{{name}}\",\n") == true)
    }

    @Test func theMessageListsEveryFileWritten() throws {
        let files = try PluginScaffold(name: "bees", kind: .price, author: "").files()
        let written = Set(files.map { $0.path.hasPrefix(".meta/") ? ".meta/" : $0.path })
        let listed = CommandMessage.pluginFiles(test: "bees_test.lua", uses: ["", "", "", ""])
            .split(separator: "\n").flatMap { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: ", ") }
        #expect(Set(listed) == written)
    }

    @Test func anAuthorIsWrittenAsALuaString() {
        #expect(PluginScaffold.luaEscaped("Union \"Souss\" \\ أ\n\tz") == #"Union \"Souss\" \\ أ\n\009z"#)
    }
}
