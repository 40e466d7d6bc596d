import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// Plugins found in several folders, each loaded into a sandbox of its own.
@Suite("Rules: the plugin host")
struct PluginHostTests {
    static func manifest(_ name: String, _ rest: String) -> String {
        "return {name = '\(name)', version = '1.2.0', api = '>=2.1, <3', description = {fr = 'f', ar = 'ع'}, \(rest)}"
    }

    /// The reason a declining rule gave.
    static func reason(_ step: RuleStep) -> String? {
        if case .skipped(.declined(let because)) = step.outcome { return because }
        return nil
    }

    /// Loads the rules folder `rules/` and the plugin folder `plugins/` of `folder`.
    func load(_ folder: RuleFolder, _ body: (PluginLoad, CatalogScripts.SandboxFactory) throws -> Void) throws {
        let store = try SQLiteCatalogStore(path: folder.root.appendingPathComponent("catalog.sqlite").path)
        let folders: [PluginDiscovery.Folder] = [
            .init(folder.root.appendingPathComponent("rules").path, shown: "rules", origin: .rules),
            .init(folder.root.appendingPathComponent("plugins").path, shown: "plugins", origin: .option),
        ]
        try CatalogScripts.withSandboxes(store: store, context: RunContext(at: RunContext.parseInstant("2026-03-20")!)) {
            sandboxes, _ in try body(try PluginLoader.load(from: folders, sandboxes: sandboxes), sandboxes)
        }
    }

    @Test func pluginsRequireTheirOwnModulesAndShareNoState() throws {
        let folder = RuleFolder()
        defer { folder.remove() }
        folder.write("rules/pricing/base.lua", Self.manifest("base", "rules = {{name = 'r0', price = function() end}}"))
        folder.write("rules/lib/shared.lua", "return {owner = 'rules'}")
        for name in ["honey", "saffron"] {
            folder.write(
                "plugins/\(name)/plugin.lua",
                Self.manifest(
                    name,
                    """
                    rules = {{name = '\(name)-r', price = function()
                      local shared = require('lib.shared')
                      shared.seen = (shared.seen or 0) + 1
                      leaked = (leaked or 0) + 1
                      return nil, shared.owner .. ' ' .. shared.seen .. ' ' .. leaked
                    end}}
                    """))
            folder.write("plugins/\(name)/lib/shared.lua", "return {owner = '\(name)'}")
        }
        try load(folder) { load, _ in
            #expect(load.refused.isEmpty)
            #expect(
                load.loaded.map(\.package.file) == [
                    "pricing/base.lua", "plugins/honey/plugin.lua", "plugins/saffron/plugin.lua",
                ])
            let engine = try RuleEngine(plugins: load.loaded, context: RunContext(at: RunContext.parseInstant("2026-03-20")!))
            let priced = try engine.price(EngineFixture.oil, floor: nil)
            let reasons = priced.steps.compactMap(Self.reason)
            // Each plugin's module and globals are its own: both count 1.
            #expect(reasons == ["honey 1 1", "saffron 1 1"], "\(reasons)")
        }
    }

    @Test func aRefusedPluginLeavesTheOthersLoaded() throws {
        let folder = RuleFolder()
        defer { folder.remove() }
        folder.write("rules/pricing/base.lua", Self.manifest("base", "rules = {{name = 'r0', price = function() end}}"))
        folder.write(
            "plugins/newer.lua", Self.manifest("newer", "rules = {}").replacingOccurrences(of: ">=2.1, <3", with: ">=2.4"))
        folder.write("plugins/base.lua", Self.manifest("base", "rules = {}"))
        folder.write("plugins/broken/plugin.lua", "return {")
        folder.write("plugins/ok/plugin.lua", Self.manifest("ok", "rules = {{name = 'r1', price = function() end}}"))
        try load(folder) { load, _ in
            #expect(load.loaded.map(\.set.name) == ["base", "ok"])
            let refused = load.refused.map { "\($0.package.file): \(FailureText(error: $0.error).text(in: .english))" }
            #expect(refused.count == 3)
            #expect(
                refused[0].hasPrefix(
                    "plugins/base.lua: the name base is declared more than once (pricing/base.lua, plugins/base.lua)"))
            #expect(refused[1].hasPrefix("plugins/broken/plugin.lua: "))
            #expect(refused[2].contains("needs the Lua API >=2.4, but this Tiwizi provides 2.1"), "\(refused[2])")
            #expect(throws: RuleProblem.self) { try load.all() }
        }
    }

    @Test func parametersOfEveryTypeReachTheRuleAsLuaValues() throws {
        let folder = RuleFolder()
        defer { folder.remove() }
        let d = "description = {fr = 'p', ar = 'ب'}"
        folder.write(
            "plugins/fair/plugin.lua",
            Self.manifest(
                "fair",
                """
                parameters = {
                  opens = {type = 'datetime', default = '2026-03-18T09:00', \(d)},
                  size = {type = 'enum', values = {'small', 'large'}, default = 'small', \(d)},
                  skus = {type = 'sku_list', default = {'TAF-ARG-250', 'TAF-AML-250'}, \(d)},
                  category = {type = 'category', default = 'food.oil', \(d)},
                  region = {type = 'region', default = 'MA-09', \(d)},
                  share = {type = 'percentage', default = 10, min = 0, max = 30, \(d)},
                },
                rules = {{name = 'show', price = function(p, ctx)
                  return nil, table.concat({tostring(ctx:param('opens')), ctx:param('size'), #ctx:param('skus'),
                    ctx:param('skus')[2], tostring(p:in_category(ctx:param('category'))),
                    tostring(ctx:param('region')), ctx:param('share')}, ' ')
                end}},
                """))
        try load(folder) { load, _ in
            let context = RunContext(at: RunContext.parseInstant("2026-03-20")!)
            let show = { (overrides: [String: [String: LuaValue]]) throws -> String in
                let engine = try RuleEngine(plugins: load.loaded, context: context, parameters: overrides)
                return Self.reason(try engine.price(EngineFixture.oil, floor: nil).steps[0]) ?? ""
            }
            let defaults = try show([:])
            #expect(defaults == "2026-03-18T09:00:00+00:00 small 2 TAF-AML-250 true MA-09 10")
            let configured = try show(["fair": ["size": "large", "skus": "A-1, B-2, C-3", "region": "MA-01", "share": "25 %"]])
            #expect(configured == "2026-03-18T09:00:00+00:00 large 3 B-2 true MA-01 25")
            #expect(throws: RuleProblem.parameterNotAllowed(set: "fair", name: "share", value: "45 %", allowed: "0 %..30 %")) {
                try show(["fair": ["share": 45]])
            }
            #expect(throws: RuleProblem.parameterNotAllowed(set: "fair", name: "size", value: "medium", allowed: "small | large"))
            {
                try show(["fair": ["size": "medium"]])
            }
        }
    }

    @Test(arguments: [
        ("2.1", true), ("2", true), ("2.2", false), ("1.0", false), (">=2.1, <3", true), (">=2.0, <2.1", false),
        (">2.0", true), ("<=2.1", true), ("=2.1", true), ("= 2.0", false), (">=3", false),
    ])
    func apiRequirements(text: String, met: Bool) throws {
        let requirement = try #require(APIRequirement(text))
        #expect(requirement.isSatisfied(by: (2, 1)) == met)
    }

    @Test(arguments: ["", "two", ">=", "2.1.0.0", "~>2.1", ">=2.1,", "2.1, <3", "v2"])
    func unreadableAPIRequirements(text: String) {
        #expect(APIRequirement(text) == nil)
    }
}
