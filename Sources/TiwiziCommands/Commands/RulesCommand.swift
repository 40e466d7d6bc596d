import ArgumentParser
import Foundation
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// `tiwizi rules`: the rule sets of a folder, and the order in which their rules apply.
struct RulesCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: HelpText.rulesAbstract.text, discussion: HelpText.rulesDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Option(help: ArgumentHelp(.optionRulesFolder)) var rules = "scripts"
    @Flag(help: ArgumentHelp(.flagRulesOrder)) var order = false
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        try CommandProblem.requireFolder(rules)
        let folder = URL(fileURLWithPath: rules)
        let moment = try Moment.current
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        let store = try catalog.open(readOnly: true)
        try CatalogScripts.withSandbox(store: store, context: context, scriptsFolder: folder) { sandbox, _ in
            let sets = try RuleLoader.load(RuleLoader.files(in: folder), relativeTo: folder, in: sandbox)
            let ordered = try RuleOrder.resolve(sets.flatMap(\.rules))
            if json { return printJSON(ordered) }
            if sets.isEmpty { return Console.error(Console.say(CommandMessage.noRuleSets(folder: rules))) }
            order ? printOrder(ordered) : printSets(sets)
        }
    }

    private func printSets(_ sets: [RuleSet]) {
        var table = Table(headers: [.ruleSet, .version, .api, .rules, .file])
        for set in sets {
            table.add([
                set.name, set.version, "\(set.api.major).\(set.api.minor)", set.rules.map(\.name).joined(separator: " "),
                set.file,
            ])
        }
        table.finish()
    }

    private func printOrder(_ rules: [Rule]) {
        var table = Table(
            headers: [.position, .rule, .ruleSet, .priority, .stacking, .phases, .valid, .fundedBy], rightAligned: [0, 3])
        for (index, rule) in rules.enumerated() {
            table.add([
                "\(index + 1)", rule.name, rule.set, "\(rule.priority)", rule.stacking.description,
                rule.phases.keys.sorted().map(\.rawValue).joined(separator: " "), Self.window(rule),
                rule.fundedBy?.rawValue ?? "",
            ])
        }
        table.finish()
    }

    private func printJSON(_ rules: [Rule]) {
        var list = JSONList()
        for rule in rules {
            let node = DocumentNode.record([
                ("name", .text(rule.name)), ("set", .text(rule.set)), ("priority", .number(rule.priority)),
                ("before", .list(rule.before.map { .text($0) }, line: nil)),
                ("after", .list(rule.after.map { .text($0) }, line: nil)),
                ("stacking", .text(rule.stacking.name)), ("group", .text(rule.stacking.group)),
                ("valid_from", .text(rule.validFrom?.description)), ("valid_until", .text(rule.validUntil?.description)),
                ("funded_by", .text(rule.fundedBy?.rawValue)),
                ("phases", .list(rule.phases.keys.sorted().map { .text($0.rawValue) }, line: nil)),
                ("file", .text(rule.file)),
            ])
            list.add(JSONDocument.render(node))
        }
        list.finish()
    }

    /// `2026-03-18..2026-03-22`, open ends left empty; empty when the rule always applies.
    private static func window(_ rule: Rule) -> String {
        guard rule.validFrom != nil || rule.validUntil != nil else { return "" }
        return "\(rule.validFrom?.description ?? "")..\(rule.validUntil?.description ?? "")"
    }
}
