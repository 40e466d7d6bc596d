import TiwiziCore
import TiwiziLua

/// The lines of `--explain`, written in English and French: each rule considered in the
/// resolved order, what it did or why not, and the resulting price and shares.
public enum Explanation: Worded {
    /// `TAF-ARG-250  Huile d'argan…: list price 145,50 DH, producer's floor 123,68 DH`.
    case product(sku: String, name: LocalizedText, listPrice: Money, floor: Money?)
    /// `1. margin (base-pricing, pricing/base.lua:14): applied — under 1 000 instructions, 62 KB`,
    /// or the reason it did not apply.
    case step(position: Int, RuleStep)
    /// One effect of an applied step.
    case effect(AppliedEffect)
    /// What the producer's floor held back of an effect.
    case clamp(PriceBreakdown.Clamp)
    /// The final price and who receives what.
    case result(PriceBreakdown, vat: Money, vatRate: Int)
    case labels([Label])
    /// What each plugin's calls used, all together: `by plugin: base-pricing 3 calls, …`.
    case plugins([PluginUsage])

    func words(_ language: InterfaceLanguage) -> String {
        let en = language == .english
        let shown: Language = en ? .english : .french
        func money(_ amount: Money) -> String { amount.formatted(in: language) }
        switch self {
        case .product(let sku, let name, let listPrice, let floor):
            let start = en ? "list price \(money(listPrice))" : "prix catalogue \(money(listPrice))"
            let minimum = floor.map { en ? ", producer's floor \(money($0))" : ", plancher du producteur \(money($0))" } ?? ""
            return "\(sku)  \(name.text(in: shown))\(language.colon)\(start)\(minimum)"
        case .step(let position, let step):
            let head = "\(position). \(step.rule) (\(step.set), \(step.location))" + language.colon
            let cost = step.usage.map { " — " + Self.usage($0, language) } ?? ""
            switch step.outcome {
            case .applied, .labelled, .cartApplied: return head + (en ? "applied" : "appliquée") + cost
            case .skipped(let reason):
                return head + (en ? "not applied, " : "non appliquée, ") + reason.text(in: language) + cost
            }
        case .effect(let applied):
            let change = "\(money(applied.before)) → \(money(applied.after))"
            let note = applied.note.map { " — \($0)" } ?? ""
            if let commission = applied.commission {
                return
                    "\(Self.effect(applied.effect, language, currency: applied.before.currency))\(language.colon)\(money(commission)) "
                    + (en ? "from the cooperative to the marketplace" : "de la coopérative au marché") + note
            }
            return
                "\(Self.effect(applied.effect, language, currency: applied.before.currency))\(language.colon)\(change) (\(Self.funded(by: applied.party, language)))\(note)"
        case .clamp(let clamp):
            return en
                ? "clamped by the producer's floor \(money(clamp.floor)): the cooperative could give \(money(clamp.granted)) of the \(money(clamp.asked)) asked"
                : "limitée par le plancher du producteur \(money(clamp.floor)) : la coopérative pouvait céder \(money(clamp.granted)) sur les \(money(clamp.asked)) demandés"
        case .result(let breakdown, let vat, let rate):
            let share = breakdown.cooperativeShare.map { " (\($0))" } ?? ""
            return en
                ? "price \(money(breakdown.price)): cooperative \(money(breakdown.cooperative))\(share), marketplace \(money(breakdown.marketplace)), event \(money(breakdown.event)); VAT \(rate) % included \(money(vat))"
                : "prix \(money(breakdown.price)) : coopérative \(money(breakdown.cooperative))\(share), marché \(money(breakdown.marketplace)), événement \(money(breakdown.event)) ; TVA \(rate) % incluse \(money(vat))"
        case .labels(let labels):
            let list = labels.map { "\($0.id) « \($0.text.text(in: shown)) »" }.joined(separator: ", ")
            if labels.isEmpty { return en ? "labels: none" : "étiquettes : aucune" }
            return (en ? "labels: " : "étiquettes : ") + list
        case .plugins(let usages):
            let each = usages.map { usage in
                let calls =
                    en
                    ? "\(usage.calls) call\(usage.calls == 1 ? "" : "s")" : "\(usage.calls) appel\(usage.calls == 1 ? "" : "s")"
                return "\(usage.plugin) \(calls), " + Self.usage(usage.total, language)
            }
            return (en ? "by plugin: " : "par plugin : ") + each.joined(separator: "; ")
        }
    }

    /// `under 1 000 instructions, 62 KB`: the budget counts instructions by thousands, so a
    /// short function reads as under a thousand rather than zero.
    static func usage(_ usage: RuleStep.Usage, _ language: InterfaceLanguage) -> String {
        let en = language == .english
        let kilobytes = (usage.peakMemoryBytes + 1023) / 1024
        let instructions =
            usage.instructions == 0
            ? (en ? "under 1,000 instructions" : "moins de 1 000 instructions") : "\(usage.instructions) instructions"
        return "\(instructions), \(kilobytes) \(en ? "KB" : "Ko")"
    }

    /// `15 % off`, `rounded half-up to 0,50 DH`…
    static func effect(_ effect: PriceEffect, _ language: InterfaceLanguage, currency: Currency) -> String {
        let en = language == .english
        func step(_ minor: Int64) -> String {
            Money(minorUnits: minor, currency: currency).formatted(for: en ? .english : .french)
        }
        switch effect {
        case .percentOff(let percent): return en ? "\(percent) off" : "remise de \(percent)"
        case .amountOff(let amount):
            return en ? "\(amount.formatted(for: .english)) off" : "remise de \(amount.formatted(for: .french))"
        case .setPrice(let amount):
            return en ? "price set to \(amount.formatted(for: .english))" : "prix fixé à \(amount.formatted(for: .french))"
        case .markupPercent(let percent): return en ? "markup of \(percent)" : "majoration de \(percent)"
        case .markup(let amount):
            return en ? "markup of \(amount.formatted(for: .english))" : "majoration de \(amount.formatted(for: .french))"
        case .round(let minor, let mode):
            return en
                ? "rounded \(ScriptValues.name(of: mode)) to \(step(minor))"
                : "arrondi \(ScriptValues.name(of: mode)) à \(step(minor))"
        case .ending(let ending, let every, let mode):
            return en
                ? "ending \(step(ending)) every \(step(every)) (\(ScriptValues.name(of: mode)))"
                : "terminaison \(step(ending)) par pas de \(step(every)) (\(ScriptValues.name(of: mode)))"
        case .commissionPercent(let percent): return en ? "commission of \(percent)" : "commission de \(percent)"
        }
    }

    /// `funded by the marketplace`, `à la charge du marché`.
    static func funded(by party: Rule.Funder, _ language: InterfaceLanguage) -> String {
        switch (party, language) {
        case (.cooperative, .english): return "funded by the cooperative"
        case (.cooperative, .french): return "à la charge de la coopérative"
        case (.marketplace, .english): return "funded by the marketplace"
        case (.marketplace, .french): return "à la charge du marché"
        case (.event, .english): return "funded by the event"
        case (.event, .french): return "à la charge de l'événement"
        }
    }
}

extension ProductPricing {
    /// Every line `--explain` shows for this product, in order.
    public var explanation: [(depth: Int, line: Explanation)] {
        var lines: [(Int, Explanation)] = [
            (0, .product(sku: sku, name: name, listPrice: breakdown.listPrice, floor: breakdown.floor))
        ]
        for (index, step) in steps.enumerated() {
            lines.append((1, .step(position: index + 1, step)))
            switch step.outcome {
            case .applied(let effects):
                for effect in effects {
                    lines.append((2, .effect(effect)))
                    if let clamp = effect.clamp { lines.append((3, .clamp(clamp))) }
                }
            case .labelled(let earned): lines.append((2, .labels(earned)))
            case .skipped, .cartApplied: break
            }
        }
        lines.append((1, .result(breakdown, vat: vat, vatRate: vatRate)))
        lines.append((1, .labels(labels)))
        let usages = PluginUsage.of(steps)
        if !usages.isEmpty { lines.append((1, .plugins(usages))) }
        return lines
    }
}
