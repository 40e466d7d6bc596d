import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziRules

/// What a test's `check(r)` receives: the priced product as a read-only Lua table, amounts as
/// Money, with the fields of `tiwizi price --json --explain` (docs/rules.md, "Testing rule sets").
enum CheckResult {
    static func table(_ priced: ProductPricing, language: InterfaceLanguage) -> LuaLibrary {
        let breakdown = priced.breakdown
        return LuaLibrary(members: [
            ("sku", priced.sku), ("price", LuaMoney(breakdown.price)), ("list_price", LuaMoney(breakdown.listPrice)),
            ("producer", LuaMoney(breakdown.cooperative)), ("floor", breakdown.floor.map(LuaMoney.init)),
            (
                "shares",
                LuaLibrary([
                    "cooperative": LuaMoney(breakdown.cooperative), "marketplace": LuaMoney(breakdown.marketplace),
                    "event": LuaMoney(breakdown.event),
                ])
            ),
            ("producer_share", breakdown.cooperativeShare.map { Double($0.basisPoints) / 100 }),
            ("vat_rate", priced.vatRate), ("vat", LuaMoney(priced.vat)),
            ("applied", LuaList(priced.rulesApplied)), ("clamped", LuaList(Expectation.clamped(priced))),
            ("labels", LuaList(priced.labels.map(label))),
            (
                "steps",
                LuaList(
                    priced.unit.steps.map { step($0, phase: .price, language) }
                        + priced.labelSteps.map { step($0, phase: .label, language) })
            ),
        ])
    }

    private static func label(_ label: Label) -> LuaLibrary {
        LuaLibrary(members: [
            ("id", label.id), ("rule", label.rule),
            ("text", LuaLibrary(members: label.text.languages.map { ($0.rawValue, label.text[$0]) })),
        ])
    }

    private static func step(_ step: RuleStep, phase: Rule.Phase, _ language: InterfaceLanguage) -> LuaLibrary {
        var members: [(String, any LuaPushable)] = [
            ("rule", step.rule), ("set", step.set), ("location", step.location), ("phase", phase.rawValue),
        ]
        switch step.outcome {
        case .applied(let effects): members += [("outcome", "applied"), ("effects", LuaList(effects.map(effect)))]
        case .labelled(let labels): members += [("outcome", "labelled"), ("labels", LuaList(labels.map(\.id)))]
        case .cartApplied(let effects):
            // A product's steps are never cart steps: a cart test reads them in its quote (`DocumentTable`).
            members += [("outcome", "applied"), ("effects", LuaList(effects.map { $0.effect.name }))]
        case .skipped(let reason):
            members += [
                ("outcome", "skipped"),
                ("reason", LuaLibrary(["code": reason.code, "text": reason.text(in: language)])),
            ]
        }
        return LuaLibrary(members: members)
    }

    private static func effect(_ applied: AppliedEffect) -> LuaLibrary {
        let clamp = applied.clamp.map { clamp in
            LuaLibrary([
                "asked": LuaMoney(clamp.asked), "granted": LuaMoney(clamp.granted), "floor": LuaMoney(clamp.floor),
            ])
        }
        return LuaLibrary(members: [
            ("effect", applied.effect.name),
            ("value", ProductPricing.value(of: applied.effect, currency: applied.before.currency)),
            ("party", applied.party.rawValue), ("before", LuaMoney(applied.before)), ("after", LuaMoney(applied.after)),
            ("commission", applied.commission.map(LuaMoney.init)), ("clamp", clamp), ("note", applied.note),
        ])
    }
}
