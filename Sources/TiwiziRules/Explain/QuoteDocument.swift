import TiwiziCore
import TiwiziFormats

/// A quote as JSON (`tiwizi quote --json`, schema in docs/rules.md).
extension Quote {
    package func document(steps withSteps: Bool, language: InterfaceLanguage) -> DocumentNode {
        var pairs: [(String, DocumentNode)] = [
            ("customer", .text(cart.customer)), ("coupons", .list(cart.coupons.sorted().map { .text($0) }, line: nil)),
            ("at", .text(at.description)), ("currency", .text(total.currency.code)),
            ("lines", .list(lines.map { line($0, withSteps, language) }, line: nil)),
            ("subtotal", .text(subtotal.decimalString)),
            ("discount", .text(discount.decimalString)),
            ("total", .text(total.decimalString)),
            (
                "vat",
                .list(vat.map { .record([("rate", .number($0.rate)), ("amount", .text($0.amount.decimalString))]) }, line: nil)
            ),
            ("producers", .text(producers.decimalString)),
            ("redeemed", .list(redeemed.map { .text($0) }, line: nil)),
            ("rule_set_hash", .text(ruleSetHash)),
            ("event", .text(event)),
            ("parameters", parametersDocument),
        ]
        if withSteps { pairs.append(("steps", .list(steps.map { ProductPricing.step($0, language) }, line: nil))) }
        return .record(pairs)
    }

    /// The parameter values in use, by plugin, each in the text form `tiwizi plugins set` takes.
    private var parametersDocument: DocumentNode {
        .record(
            parameters.keys.sorted().map { set in
                let values = parameters[set] ?? [:]
                return (set, .record(values.keys.sorted().map { ($0, .text(values[$0]?.description)) }))
            })
    }

    private func line(_ line: Line, _ withSteps: Bool, _ language: InterfaceLanguage) -> DocumentNode {
        .record([
            ("sku", .text(line.sku)), ("quantity", .number(line.quantity)),
            ("unit_price", .text(line.unit.breakdown.price.decimalString)), ("subtotal", .text(line.subtotal.decimalString)),
            (
                "discounts",
                .list(
                    line.discounts.map { .record([("rule", .text($0.rule)), ("amount", .text($0.amount.decimalString))]) },
                    line: nil)
            ),
            ("total", .text(line.line.total.decimalString)),
            (
                "shares",
                .record([
                    ("cooperative", .text(line.line.cooperative.decimalString)),
                    ("marketplace", .text(line.line.marketplace.decimalString)),
                    ("event", .text(line.line.event.decimalString)),
                ])
            ),
            ("vat_rate", .number(line.unit.vatRate)), ("vat", .text(line.vat.decimalString)),
            ("labels", line.unit.labelsDocument),
            ("unit", withSteps ? line.unit.document(steps: true, language: language) : .null(line: nil)),
        ])
    }

    /// One cart effect as applied: what it is, the cart's total before and after, each line's part.
    static func effect(_ applied: AppliedCartEffect) -> DocumentNode {
        .record([
            ("effect", .text(applied.effect.name)), ("party", .text(applied.party.rawValue)),
            ("before", .text(applied.before.decimalString)), ("after", .text(applied.after.decimalString)),
            ("occurrences", .number(applied.occurrences)),
            (
                "lines",
                .list(
                    applied.lines.map { line in
                        .record([
                            ("sku", .text(line.sku)), ("units", .number(line.units)),
                            ("amount", .text(line.amount.decimalString)),
                            (
                                "clamp",
                                line.clamp.map { clamp in
                                    .record([
                                        ("asked", .text(clamp.asked.decimalString)),
                                        ("granted", .text(clamp.granted.decimalString)),
                                        ("floor", .text(clamp.floor.decimalString)),
                                    ])
                                } ?? .null(line: nil)
                            ),
                        ])
                    }, line: nil)
            ),
            ("note", .text(applied.note)),
        ])
    }
}
