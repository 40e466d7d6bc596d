import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// `tiwizi check`: what is wrong with the rule sets of a folder, run on the catalog, each
/// product's worst case, and (`--against`) what they change; exit status 1 on an error.
struct CheckCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: HelpText.checkAbstract.text, discussion: HelpText.checkDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentCheckFolder)) var folder = "scripts"
    @Option(name: .customLong("plugins"), help: ArgumentHelp(.optionPluginsFolder)) var pluginFolders: [String] = []
    @Option(help: ArgumentHelp(.optionCheckAgainst)) var against: String?
    @Option(help: ArgumentHelp(.optionPricingAt)) var at: String?
    @Flag(help: ArgumentHelp(.flagCheckJSON)) var json = false

    func execute() throws {
        let moment = try Moment.current(at: at)
        let context = RunContext(at: moment.instant, timeZone: moment.timeZone)
        let folders = try PluginOptions(rules: folder, pluginFolders: pluginFolders).folders()
        if let against { try CommandProblem.requireFolder(against) }
        let check = RuleCheck(
            folders: folders, against: against.map { [PluginDiscovery.Folder($0, origin: .rules)] }, context: context)
        let report = try check.run(store: try catalog.open(readOnly: true))
        if json {
            Console.out(JSONDocument.render(report.document(language: Console.language)))
        } else {
            show(report, at: context.now.description)
        }
        if report.errors > 0 { throw ExitCode.failure }
    }

    private func show(_ report: RuleCheckReport, at moment: String) {
        let rules = report.sets.reduce(0) { $0 + $1.rules.count }
        Console.out(
            Console.say(
                CommandMessage.checkHeading(
                    folder: folder, sets: report.sets.count, rules: rules, products: report.productCount, at: moment)))
        if !report.findings.isEmpty { Console.out("") }
        for finding in report.findings {
            let place = [finding.location, finding.rules.isEmpty ? nil : finding.rules.joined(separator: ", ")]
                .compactMap { $0 }.joined(separator: " ")
            let head = Console.say(CommandMessage.severity(finding.severity)) + (place.isEmpty ? "" : " " + place)
            Console.out(head + Console.language.colon + Console.say(finding.problem))
        }
        if !report.worstCases.isEmpty { printWorstCases(report.worstCases) }
        if let comparison = report.comparison, let against { printComparison(comparison, against: against) }
        Console.out("")
        Console.out(Console.say(CommandMessage.checkSummary(errors: report.errors, warnings: report.warnings)))
    }

    private func printWorstCases(_ cases: [WorstCase]) {
        let language = Console.displayLanguage
        Console.out("")
        Console.out(Console.say(CommandMessage.checkWorstCase(quantity: RuleCheck.cartQuantity)))
        var table = Table(
            headers: [.sku, .listPrice, .productRules, .inACart, .offList, .producer, .floor, .floorHeld, .day, .rules],
            rightAligned: [1, 2, 3, 4, 5, 6])
        for worst in cases {
            table.add([
                worst.sku, worst.listPrice.formatted(for: language), worst.unitPrice.formatted(for: language),
                worst.cartUnitPrice.formatted(for: language), worst.discount?.description ?? "",
                worst.producer.formatted(for: language), worst.floor?.formatted(for: language) ?? "",
                worst.clamped ? "✓" : "", worst.day.description, worst.rules.joined(separator: " "),
            ])
        }
        table.finish()
    }

    private func printComparison(_ comparison: RuleComparison, against: String) {
        let language = Console.displayLanguage
        func amount(_ money: Money?) -> String { money?.formatted(for: language) ?? "—" }
        Console.out("")
        Console.out(
            Console.say(
                CommandMessage.checkChanges(
                    against: against, changed: comparison.changes.count, unchanged: comparison.unchanged)))
        if !comparison.changes.isEmpty {
            var table = Table(headers: [.sku, .listPrice, .before, .after, .difference], rightAligned: [1, 2, 3, 4])
            for change in comparison.changes {
                table.add([
                    change.sku, amount(change.listPrice), amount(change.before), amount(change.after),
                    change.difference?.signed(for: language) ?? "",
                ])
            }
            table.finish()
        }
        guard !comparison.orders.isEmpty else { return }
        Console.out("")
        Console.out(Console.say(CommandMessage.checkOrders(against: against)))
        var table = Table(
            headers: [.order, .placedAt, .recorded, .before, .after, .difference], rightAligned: [0, 2, 3, 4, 5])
        for order in comparison.orders {
            table.add([
                "\(order.id)", order.placedAt, amount(order.recorded), amount(order.before), amount(order.after),
                order.difference?.signed(for: language) ?? "",
            ])
        }
        table.finish()
    }
}
