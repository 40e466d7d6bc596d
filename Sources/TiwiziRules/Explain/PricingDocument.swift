import TiwiziCore
import TiwiziFormats
import TiwiziLua

/// A priced product as JSON (`tiwizi price --json`, schema in docs/rules.md): amounts in the
/// machine form (`"145.50"`), reasons as codes with their sentence.
extension ProductPricing {
    /// The document; `steps` adds every rule considered (`--explain`).
    package func document(steps withSteps: Bool, language: InterfaceLanguage) -> DocumentNode {
        var pairs: [(String, DocumentNode)] = [
            ("sku", .text(sku)), ("list_price", .text(breakdown.listPrice.decimalString)),
            ("price", .text(breakdown.price.decimalString)), ("currency", .text(breakdown.price.currency.code)),
            ("floor", .text(breakdown.floor?.decimalString)),
            (
                "shares",
                .record([
                    ("cooperative", .text(breakdown.cooperative.decimalString)),
                    ("marketplace", .text(breakdown.marketplace.decimalString)),
                    ("event", .text(breakdown.event.decimalString)),
                ])
            ),
            ("producer_share", .text(breakdown.cooperativeShare.map(Self.percentText))),
            ("vat_rate", .number(vatRate)), ("vat", .text(vat.decimalString)),
            ("rules_applied", .list(rulesApplied.map { .text($0) }, line: nil)),
            ("labels", labelsDocument),
        ]
        if withSteps {
            pairs.append(("steps", .list(steps.map { Self.step($0, language) }, line: nil)))
            pairs.append(("plugins", .list(PluginUsage.of(steps).map(Self.usage), line: nil)))
        }
        return .record(pairs)
    }

    /// `{plugin, calls, instructions, peak_memory_bytes}`.
    private static func usage(_ usage: PluginUsage) -> DocumentNode {
        .record([
            ("plugin", .text(usage.plugin)), ("calls", .number(usage.calls)),
            ("instructions", .number(usage.total.instructions)), ("peak_memory_bytes", .number(usage.total.peakMemoryBytes)),
        ])
    }

    /// The labels the product earned, each with its text by language and its rule.
    package var labelsDocument: DocumentNode { .list(labels.map(Self.label), line: nil) }

    /// `85.63`: a percentage in the machine form, without the sign.
    package static func percentText(_ percent: Percentage) -> String {
        let points = percent.basisPoints
        let fraction = abs(points % 100)
        return "\(points / 100)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }

    private static func label(_ label: Label) -> DocumentNode {
        .record([
            ("id", .text(label.id)),
            ("text", label.text.node),
            ("rule", .text(label.rule)),
        ])
    }

    /// One rule's step: its outcome, effects or reason, and what it cost.
    static func step(_ step: RuleStep, _ language: InterfaceLanguage) -> DocumentNode {
        var pairs: [(String, DocumentNode)] = [
            ("rule", .text(step.rule)), ("set", .text(step.set)), ("location", .text(step.location)),
        ]
        switch step.outcome {
        case .applied(let effects):
            pairs += [("outcome", .text("applied")), ("effects", .list(effects.map(effect), line: nil))]
        case .labelled(let labels):
            pairs += [("outcome", .text("labelled")), ("labels", .list(labels.map { .text($0.id) }, line: nil))]
        case .cartApplied(let effects):
            pairs += [("outcome", .text("applied")), ("effects", .list(effects.map(Quote.effect), line: nil))]
        case .skipped(let reason):
            pairs += [
                ("outcome", .text("skipped")),
                ("reason", .record([("code", .text(reason.code)), ("text", .text(reason.text(in: language)))])),
            ]
        }
        if let usage = step.usage {
            pairs += [("instructions", .number(usage.instructions)), ("peak_memory_bytes", .number(usage.peakMemoryBytes))]
        }
        return .record(pairs)
    }

    private static func effect(_ applied: AppliedEffect) -> DocumentNode {
        .record([
            ("effect", .text(applied.effect.name)),
            ("value", .text(value(of: applied.effect, currency: applied.before.currency))),
            ("party", .text(applied.party.rawValue)), ("before", .text(applied.before.decimalString)),
            ("after", .text(applied.after.decimalString)), ("commission", .text(applied.commission?.decimalString)),
            (
                "clamp",
                applied.clamp.map { clamp in
                    .record([
                        ("asked", .text(clamp.asked.decimalString)), ("granted", .text(clamp.granted.decimalString)),
                        ("floor", .text(clamp.floor.decimalString)),
                    ])
                } ?? .null(line: nil)
            ),
            ("note", .text(applied.note)),
        ])
    }

    /// The effect's value as a rule writes it: `15`, `5.00`, `0.50 half-up`.
    package static func value(of effect: PriceEffect, currency: Currency) -> String {
        func amount(_ minor: Int64) -> String { Money(minorUnits: minor, currency: currency).decimalString }
        switch effect {
        case .percentOff(let p), .markupPercent(let p), .commissionPercent(let p): return percentText(p)
        case .amountOff(let m), .setPrice(let m), .markup(let m): return m.decimalString
        case .round(let step, let mode): return "\(amount(step)) \(ScriptValues.name(of: mode))"
        case .ending(let ending, let step, let mode): return "\(amount(ending)) \(amount(step)) \(ScriptValues.name(of: mode))"
        }
    }
}
