import ArgumentParser
import Foundation
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// `tiwizi rules`: the rule sets that run (those the catalog enables, for `--event` if given),
/// and the order in which their rules apply.
struct RulesCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: HelpText.rulesAbstract.text, discussion: HelpText.rulesDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var plugins: PluginOptions
    @Flag(help: ArgumentHelp(.flagRulesOrder)) var order = false
    @Flag(help: ArgumentHelp(.flagJSONTable)) var json = false

    func execute() throws {
        let moment = try Moment.current
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        try plugins.withPlan(catalog: catalog, context: context) { plan, sandboxes, _ in
            let engine = try RuleEngine(
                folders: plan.folders, sandboxes: sandboxes, context: context, configuration: plan.configuration)
            let (sets, ordered) = (engine.sets, engine.order)
            if json { return printJSON(ordered) }
            if sets.isEmpty { return Console.error(Console.say(CommandMessage.noRuleSets(folder: plugins.rulesFolder))) }
            order ? printOrder(ordered) : printSets(sets)
        }
    }

    private func printSets(_ sets: [RuleSet]) {
        var table = Table(headers: [.ruleSet, .version, .api, .rules, .file])
        for set in sets {
            table.add([
                set.name, set.version, set.api.description, set.rules.map(\.name).joined(separator: " "),
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
        let list = JSONList()
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
            list.add(node)
        }
        list.finish()
    }

    /// `2026-03-18..2026-03-22`, open ends left empty; empty when the rule always applies.
    private static func window(_ rule: Rule) -> String {
        guard rule.validFrom != nil || rule.validUntil != nil else { return "" }
        return "\(rule.validFrom?.description ?? "")..\(rule.validUntil?.description ?? "")"
    }
}
