import TiwiziCore
import TiwiziFormats

/// A check as JSON (`tiwizi check --json`, schema in docs/rules.md): findings with their code
/// and sentence, each product's worst case, and the comparison with another rule set.
extension RuleCheckReport {
    package func document(language: InterfaceLanguage) -> DocumentNode {
        .record([
            ("rule_sets", .list(sets.map { .text($0.name) }, line: nil)),
            ("rules", .number(sets.reduce(0) { $0 + $1.rules.count })),
            ("products", .number(productCount)), ("errors", .number(errors)), ("warnings", .number(warnings)),
            ("findings", .list(findings.map { Self.finding($0, language) }, line: nil)),
            ("worst_case", .list(worstCases.map(Self.worstCase), line: nil)),
            ("against", comparison.map(Self.comparison) ?? .null(line: nil)),
        ])
    }

    private static func finding(_ finding: CheckFinding, _ language: InterfaceLanguage) -> DocumentNode {
        .record([
            ("severity", .text(finding.severity.rawValue)), ("code", .text(finding.problem.code)),
            ("location", .text(finding.location)), ("rules", .list(finding.rules.map { .text($0) }, line: nil)),
            ("message", .text(finding.problem.text(in: language))),
        ])
    }

    private static func worstCase(_ worst: WorstCase) -> DocumentNode {
        .record([
            ("sku", .text(worst.sku)), ("list_price", .text(worst.listPrice.decimalString)),
            ("unit_price", .text(worst.unitPrice.decimalString)),
            ("cart_unit_price", .text(worst.cartUnitPrice.decimalString)),
            ("discount", .text(worst.discount.map(ProductPricing.percentText))),
            ("producer", .text(worst.producer.decimalString)), ("floor", .text(worst.floor?.decimalString)),
            ("clamped", .boolean(worst.clamped)), ("day", .text(worst.day.description)),
            ("rules", .list(worst.rules.map { .text($0) }, line: nil)),
        ])
    }

    private static func comparison(_ comparison: RuleComparison) -> DocumentNode {
        .record([
            (
                "changes",
                .list(
                    comparison.changes.map { change in
                        .record([
                            ("sku", .text(change.sku)), ("list_price", .text(change.listPrice.decimalString)),
                            ("before", .text(change.before?.decimalString)), ("after", .text(change.after?.decimalString)),
                            ("difference", .text(change.difference?.decimalString)),
                        ])
                    }, line: nil)
            ),
            ("unchanged", .number(comparison.unchanged)),
            (
                "orders",
                .list(
                    comparison.orders.map { order in
                        .record([
                            ("id", .number(order.id)), ("placed_at", .text(order.placedAt)),
                            ("recorded", .text(order.recorded.decimalString)),
                            ("before", .text(order.before?.decimalString)), ("after", .text(order.after?.decimalString)),
                        ])
                    }, line: nil)
            ),
        ])
    }
}
