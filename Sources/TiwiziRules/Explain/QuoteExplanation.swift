import TiwiziCore

/// The lines of `tiwizi quote --explain` beyond each product's own explanation: the cart
/// rules in the resolved order, what each took off which line, and the totals.
public enum QuoteExplanation: Worded {
    /// `Cart rules at 2026-03-20T09:00:00+01:00, rule set 3f2a9c0b71d4`.
    case header(at: String, hash: String)
    case effect(AppliedCartEffect)
    /// What one line got from a cart effect.
    case line(LineDiscount)
    /// `subtotal …, discounts …, total …; VAT …; producers …`.
    case totals(subtotal: Money, total: Money, vat: [(rate: Int, amount: Money)], producers: Money)
    case redeemed([String])

    func words(_ language: InterfaceLanguage) -> String {
        let en = language == .english
        func money(_ amount: Money) -> String { amount.formatted(in: language) }
        switch self {
        case .header(let at, let hash):
            return en
                ? "Cart rules at \(at), rule set \(hash.prefix(12))"
                : "Règles du panier au \(at), jeu de règles \(hash.prefix(12))"
        case .effect(let applied):
            let note = applied.note.map { " — \($0)" } ?? ""
            return
                "\(Self.describe(applied, language))\(language.colon)\(money(applied.before)) → \(money(applied.after)) "
                + "(\(Explanation.funded(by: applied.party, language)))\(note)"
        case .line(let line):
            let clamp =
                line.clamp.map {
                    en
                        ? " (clamped by the producer's floor \(money($0.floor)): \(money($0.granted)) of the \(money($0.asked)) asked)"
                        : " (limitée par le plancher du producteur \(money($0.floor)) : \(money($0.granted)) sur les \(money($0.asked)) demandés)"
                } ?? ""
            let units =
                en
                ? "\(line.units) \(line.units == 1 ? "unit" : "units")" : "\(line.units) \(line.units <= 1 ? "unité" : "unités")"
            return "\(line.sku) (\(units))\(language.colon)-\(money(line.amount))\(clamp)"
        case .totals(let subtotal, let total, let vat, let producers):
            let discount = Money(minorUnits: subtotal.minorUnits - total.minorUnits, currency: total.currency)
            let rates = vat.map { "\($0.rate) % \(money($0.amount))" }.joined(separator: ", ")
            return en
                ? "subtotal \(money(subtotal)), discounts -\(money(discount)), total \(money(total)); VAT included \(rates); to the producers \(money(producers))"
                : "sous-total \(money(subtotal)), remises -\(money(discount)), total \(money(total)) ; TVA incluse \(rates) ; aux producteurs \(money(producers))"
        case .redeemed(let codes):
            if codes.isEmpty { return en ? "coupons redeemed: none" : "codes utilisés : aucun" }
            return (en ? "coupons redeemed: " : "codes utilisés : ") + codes.joined(separator: ", ")
        }
    }

    /// `tier from 3 units of food.honey, 10 % off every unit (3 units)`…
    static func describe(_ applied: AppliedCartEffect, _ language: InterfaceLanguage) -> String {
        let en = language == .english
        let units = applied.occurrences
        let times = en ? (units == 1 ? "once" : "\(units) times") : "\(units) fois"
        switch applied.effect {
        case .tier(let items, let from, let discount, let tierUnits):
            let off: String
            switch discount {
            case .percent(let percent): off = en ? "\(percent) off" : "remise de \(percent)"
            case .amount(let amount):
                off =
                    en ? "\(amount.formatted(in: language)) off a unit" : "\(amount.formatted(in: language)) de remise par unité"
            case .unitPrice(let price):
                off = en ? "\(price.formatted(in: language)) a unit" : "\(price.formatted(in: language)) l'unité"
            }
            let which =
                tierUnits == .all
                ? (en ? "every unit" : "toutes les unités")
                : (en ? "units from the \(from)th" : "les unités à partir de la \(from)e")
            return en
                ? "tier from \(from) units of \(items), \(off) on \(which) (\(units) \(units == 1 ? "unit" : "units"))"
                : "palier dès \(from) unités de \(items), \(off) sur \(which) (\(units) \(units <= 1 ? "unité" : "unités"))"
        case .buyGet(let items, let buy, let get, let percent, _, let pick):
            let cheapest = pick == .cheapest ? (en ? "cheapest" : "moins chers") : (en ? "dearest" : "plus chers")
            return en
                ? "buy \(buy) get \(get) at \(percent) off on \(items), \(cheapest) units (\(times))"
                : "\(buy) achetés, \(get) à \(percent) de remise sur \(items), unités les \(cheapest) (\(times))"
        case .bundle(let skus, let price, _):
            let at: String
            switch price {
            case .fixed(let amount): at = en ? "at \(amount.formatted(in: language))" : "à \(amount.formatted(in: language))"
            case .percentOff(let percent): at = en ? "at \(percent) off" : "à \(percent) de remise"
            }
            return en
                ? "bundle \(skus.joined(separator: " + ")) \(at) (\(times))"
                : "lot \(skus.joined(separator: " + ")) \(at) (\(times))"
        case .order(let discount, let minimum):
            let off: String
            switch discount {
            case .percent(let percent): off = "\(percent)"
            case .amount(let amount): off = amount.formatted(in: language)
            }
            let floor = minimum.map { en ? " from \($0.formatted(in: language))" : " dès \($0.formatted(in: language))" } ?? ""
            return en ? "\(off) off the order\(floor)" : "remise de \(off) sur la commande\(floor)"
        }
    }
}

extension Quote {
    /// The cart's lines of `--explain`, after each line's product explanation.
    public var explanation: [(depth: Int, line: any HumanReadable)] {
        var lines: [(Int, any HumanReadable)] = [(0, QuoteExplanation.header(at: at.description, hash: ruleSetHash))]
        for (index, step) in steps.enumerated() {
            lines.append((1, Explanation.step(position: index + 1, step)))
            guard case .cartApplied(let effects) = step.outcome else { continue }
            for effect in effects {
                lines.append((2, QuoteExplanation.effect(effect)))
                lines += effect.lines.map { (3, QuoteExplanation.line($0)) }
            }
        }
        lines.append((1, QuoteExplanation.totals(subtotal: subtotal, total: total, vat: vat, producers: producers)))
        lines.append((1, QuoteExplanation.redeemed(redeemed)))
        return lines
    }
}
