import Foundation
import LuaHost
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// A folder of rule-set scripts and an empty catalog to load them against.
struct RuleFolder {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-rules-\(UUID().uuidString)")

    func write(_ path: String, _ source: String) {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(source.utf8).write(to: url)
    }

    /// Loads every rule set of the folder, then gives them to `body` while their sandbox lives.
    func load<T>(_ body: ([RuleSet]) throws -> T) throws -> T {
        let store = try SQLiteCatalogStore(path: root.appendingPathComponent("catalog.sqlite").path)
        let context = RunContext(at: Date(timeIntervalSince1970: 1_774_000_000))
        return try CatalogScripts.withSandboxes(store: store, context: context) { sandboxes, _ in
            try body(try PluginLoader.load(from: [.init(root.path, origin: .rules)], sandboxes: sandboxes).all().map(\.set))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Loads one rule-set script written as `pricing/set.lua`.
func loadOne(_ source: String) throws -> RuleSet {
    let folder = RuleFolder()
    defer { folder.remove() }
    folder.write("pricing/set.lua", source)
    return try folder.load { sets in sets[0] }
}

/// The rule-set problem loading `source` throws, or nil.
func problem(_ source: String) -> RuleProblem? {
    do {
        _ = try loadOne(source)
        return nil
    } catch let problem as RuleProblem {
        return problem
    } catch {
        return nil
    }
}

let margin = """
    return {
      name = "base-pricing", version = "1.0.0", api = "2.0",
      description = {fr = "Marge et arrondi", ar = "الهامش والتقريب"},
      parameters = {margin = {type = "percentage", default = "15", description = {fr = "Marge du marché", ar = "هامش السوق"}}},
      rules = {
        {name = "margin", priority = 100, funded_by = "marketplace", price = function(p) return {} end},
        {name = "round", after = "margin", stacking = "stop", price = function(p) return {} end},
        {name = "fair", stacking = "best_of", group = "event", valid_from = "2026-03-18",
         valid_until = "2026-03-22", funded_by = "event", label = function(p) return {} end,
         cart = function(c) return {} end},
      },
    }
    """

/// A manifest's first fields, valid: a test adds the field it is about.
private let manifestStart = "name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0'"

@Suite("Rules: the rule-set format")
struct RuleSetFormatTests {
    @Test func aRuleSetReadsWithItsManifestAndRules() throws {
        let set = try loadOne(margin)
        #expect(set.name == "base-pricing" && set.version == "1.0.0" && set.api.description == ">=2, <3")
        #expect(set.description[.arabic] == "الهامش والتقريب")
        #expect(
            set.parameters == [
                RuleSet.Parameter(
                    name: "margin", kind: .percentage, defaultValue: .percentage(Percentage(percent: 15)),
                    description: LocalizedText(french: "Marge du marché", arabic: "هامش السوق"), minimum: nil, maximum: nil,
                    choices: [])
            ])
        #expect(set.rules.map(\.name) == ["margin", "round", "fair"])
        let fair = set.rules[2]
        #expect(fair.stacking == .bestOf(group: "event") && fair.fundedBy == .event)
        #expect(fair.phases.keys.sorted() == [.label, .cart])
        #expect(fair.isValid(on: CalendarDate("2026-03-22")!) && !fair.isValid(on: CalendarDate("2026-03-23")!))
        #expect(set.rules[1].stacking == .stopAfter && set.rules[1].after == ["margin"])
        #expect(set.file == "pricing/set.lua")
    }

    @Test func theLoadedRulesResolveToOneOrder() throws {
        let folder = RuleFolder()
        defer { folder.remove() }
        folder.write("pricing/base.lua", margin)
        folder.write(
            "promotions/fair.lua",
            """
            return {name = "assises", version = "0.1.0", api = "2", description = {fr = "d", ar = "د"},
              rules = {{name = "assises-15", priority = 100, before = {"round"}, price = function() end}}}
            """)
        folder.write("promotions/fair_test.lua", "error('tests are not rule sets')")
        folder.write("lib/helpers.lua", "error('modules are not rule sets')")
        let order = try folder.load { sets in try RuleOrder.resolve(sets.flatMap(\.rules)).map(\.name) }
        #expect(order == ["assises-15", "margin", "fair", "round"])
    }

    @Test(arguments: [
        ("return 42", RuleProblem.notARuleSet(file: "pricing/set.lua", returned: "number")),
        (
            "return {version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {}}",
            .missingField(where: .file("pricing/set.lua"), field: "name")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '3.0', rules = {}}",
            .apiNotProvided(where: .ruleSet(file: "pricing/set.lua", name: "s"), needs: ">=3, <4", provided: "2.1")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.9', rules = {}}",
            .apiNotProvided(where: .ruleSet(file: "pricing/set.lua", name: "s"), needs: ">=2.9, <3", provided: "2.1")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = 'two', rules = {}}",
            .apiUnreadable(where: .ruleSet(file: "pricing/set.lua", name: "s"), value: "two")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r'}}}",
            .noPhase(where: .rule(file: "pricing/set.lua", name: "r"))
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', priority = 1.5, price = print}}}",
            .wrongType(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "priority", expected: "a whole number", got: "number")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', stacking = 'best', price = print}}}",
            .notAllowed(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "stacking", value: "best",
                allowed: ["stack", "exclusive", "best_of", "stop"])
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', funded_by = 'coop', price = print}}}",
            .notAllowed(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "funded_by", value: "coop",
                allowed: ["cooperative", "marketplace", "event"])
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', price = 'cheap'}}}",
            .wrongType(where: .rule(file: "pricing/set.lua", name: "r"), field: "price", expected: "a function", got: "string")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', price = print,"
                + " valid_from = '2026-03-22', valid_until = '2026-03-18'}}}",
            .windowReversed(
                where: .rule(file: "pricing/set.lua", name: "r"), from: CalendarDate("2026-03-22")!,
                until: CalendarDate("2026-03-18")!)
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', price = print, valid_from = '2026-02-30'}}}",
            .wrongType(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "valid_from", expected: "a date YYYY-MM-DD",
                got: "“2026-02-30”")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {{name = 'r', prority = 10, price = print}}}",
            .unknownField(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "prority", expected: RuleSetDecoding.ruleFields)
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {}, autor = 'me'}",
            .unknownField(
                where: .ruleSet(file: "pricing/set.lua", name: "s"), field: "autor", expected: RuleSetDecoding.manifestFields)
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '2.0', parameters = {m = {type = 'float'}}, rules = {}}",
            .notAllowed(
                where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), field: "type", value: "float",
                allowed: [
                    "integer", "money", "percentage", "date", "datetime", "string", "boolean", "enum", "sku_list", "category",
                    "region",
                ])
        ),
        (
            "return {name = 's', version = '1.2', description = {fr = 'd', ar = 'د'}, api = '2.0', rules = {}}",
            .versionNotSemantic(where: .ruleSet(file: "pricing/set.lua", name: "s"), value: "1.2")
        ),
        (
            "return {name = 's', version = '1.0.0', description = 'seulement en français', api = '2.0', rules = {}}",
            .missingLanguages(where: .ruleSet(file: "pricing/set.lua", name: "s"), field: "description", missing: ["ar"])
        ),
        (
            "return {name = 's', version = '1.0.0', api = '2.0', rules = {}}",
            .missingField(where: .ruleSet(file: "pricing/set.lua", name: "s"), field: "description")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '>=2.2, <3', rules = {}}",
            .apiNotProvided(where: .ruleSet(file: "pricing/set.lua", name: "s"), needs: ">=2.2, <3", provided: "2.1")
        ),
        (
            "return {name = 's', version = '1.0.0', description = {fr = 'd', ar = 'د'}, api = '>=2.1, 3', rules = {}}",
            .apiUnreadable(where: .ruleSet(file: "pricing/set.lua", name: "s"), value: ">=2.1, 3")
        ),
        (
            "return {\(manifestStart), phases = {'price', 'cart'}, rules = {{name = 'r', price = print}}}",
            .phasesDisagree(where: .ruleSet(file: "pricing/set.lua", name: "s"), declared: ["price", "cart"], used: ["price"])
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'string', min = 'a', description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .fieldNotForType(where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), field: "min", type: "string")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'enum', description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .missingField(where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), field: "values")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'integer', min = 5, max = 1, description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .boundsReversed(where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), min: "5", max: "1")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'percentage', default = 45, max = 30, description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .parameterNotAllowed(set: "s", name: "m", value: "45 %", allowed: "..30 %")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'enum', values = {'a', 'b'}, default = 'c', description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .parameterNotAllowed(set: "s", name: "m", value: "c", allowed: "a | b")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'region', default = 'MA-13', description = {fr = 'm', ar = 'م'}}}, rules = {}}",
            .wrongType(
                where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), field: "default", expected: "a region",
                got: "“MA-13”")
        ),
        (
            "return {\(manifestStart), parameters = {m = {type = 'integer', description = {fr = 'm'}}}, rules = {}}",
            .missingLanguages(
                where: .parameter(file: "pricing/set.lua", set: "s", name: "m"), field: "description", missing: ["ar"])
        ),
    ])
    func aMistakeIsRefusedWithWhereAndWhat(source: String, expected: RuleProblem) {
        #expect(problem(source) == expected)
    }

    @Test func aFileThatIsNotTextIsAFileProblem() throws {
        let folder = RuleFolder()
        defer { folder.remove() }
        folder.write("labels/bad.lua", "")
        try Data([0x72, 0x65, 0xFF, 0xFE]).write(to: folder.root.appendingPathComponent("labels/bad.lua"))
        #expect(throws: Issue(.unreadable(path: "labels/bad.lua", reason: "not UTF-8 text, or not readable"))) {
            try folder.load { _ in () }
        }
    }

    @Test func everyProblemReadsInBothLanguages() {
        let problems: [RuleProblem] = [
            .notARuleSet(file: "a.lua", returned: "nil"),
            .missingField(where: .rule(file: "pricing/set.lua", name: "r"), field: "name"),
            .wrongType(
                where: .rule(file: "pricing/set.lua", name: "r"), field: "priority", expected: "a whole number", got: "string"),
            .notAllowed(where: .rule(file: "pricing/set.lua", name: "r"), field: "stacking", value: "x", allowed: ["stack"]),
            .apiUnreadable(where: .ruleSet(file: "a.lua", name: "s"), value: "x"),
            .apiNotProvided(where: .ruleSet(file: "pricing/set.lua", name: "s"), needs: ">=3, <4", provided: "2.1"),
            .windowReversed(
                where: .rule(file: "pricing/set.lua", name: "r"), from: CalendarDate("2026-03-22")!,
                until: CalendarDate("2026-03-18")!),
            .noPhase(where: .rule(file: "a.lua", name: "r")), .duplicateName("r", files: ["a.lua", "b.lua"]),
            .unknownRule(rule: "r", field: "before", names: "x"), .cycle(["a", "b", "a"]),
            .unknownField(where: .rule(file: "pricing/set.lua", name: "r"), field: "prority", expected: ["priority"]),
        ]
        for problem in problems {
            #expect(!problem.english.isEmpty && problem.english != problem.french, "\(problem)")
            #expect(!problem.french.contains("“"), "\(problem)")
        }
    }
}
