import TiwiziCore

/// What is wrong with an effect a rule returned: the core refuses it rather than guess.
public enum EffectProblem: Error, Problem, Bilingual {
    /// A value that is not an effect: its Lua type, or the keys of a table with no effect key.
    case notAnEffect(String)
    /// A table with two effect keys, or keys no effect has.
    case ambiguous(keys: [String])
    case unknownKey(effect: String, key: String, allowed: [String])
    /// A field of an effect with the wrong type (`percent_off` must be a number…).
    case wrongValue(effect: String, key: String, expected: String, got: String)
    /// An effect of another phase (a label from a price function).
    case wrongPhase(effect: String, phase: Rule.Phase)
    case percentOutOfRange(Percentage)
    case negativeAmount(Money)
    case negativePrice(Money)
    case wrongCurrency(String, expected: String)
    case discountAbovePrice(Money, price: Money)
    case setPriceAbove(Money, price: Money)
    /// A discount from a rule that does not say who funds it.
    case unfunded(effect: String)
    /// A stacking policy other than `stack` on a rule whose effect is not a discount.
    case stackingWithoutDiscount(effect: String, stacking: String)
    /// A label the rule set does not declare in its `labels`.
    case unknownLabel(String, declared: [String])
    /// Money arithmetic that failed (an overflow, a bad step).
    case money(MoneyError)

    public var english: String {
        switch self {
        case .notAnEffect(let got):
            return "returned \(got), not an effect; return a table such as {percent_off = 15}, a list of them, or nil."
        case .ambiguous(let keys): return "one effect per table, but this one has \(keys.joined(separator: ", "))."
        case .unknownKey(let effect, let key, let allowed):
            return "\(effect) has no field \(key); its fields are \(allowed.joined(separator: ", "))."
        case .wrongValue(let effect, let key, let expected, let got):
            return "\(effect): \(key) must be \(expected), not \(got)."
        case .wrongPhase(let effect, let phase): return "\(effect) is not an effect of the \(phase.rawValue) phase."
        case .percentOutOfRange(let percent): return "the percentage \(percent) is out of range (0 to 100 %)."
        case .negativeAmount(let amount): return "the amount \(amount) is negative."
        case .negativePrice(let price): return "the price would be \(price), below zero."
        case .wrongCurrency(let code, let expected): return "the amount is in \(code), but the price is in \(expected)."
        case .discountAbovePrice(let amount, let price): return "the discount \(amount) is larger than the price \(price)."
        case .setPriceAbove(let amount, let price):
            return "set_price \(amount) is above the current price \(price); use markup to raise a price."
        case .unfunded(let effect):
            return
                "\(effect) lowers the price, but the rule does not say who funds it: add funded_by (cooperative, marketplace or event)."
        case .stackingWithoutDiscount(let effect, let stacking):
            return "stacking \(stacking) applies to discounts, but the rule returned \(effect)."
        case .unknownLabel(let label, let declared):
            return
                "the label \(label) is not declared in the rule set's labels"
                + (declared.isEmpty ? "." : "; declared: \(declared.joined(separator: ", ")).")
        case .money(let error): return error.english
        }
    }

    public var french: String {
        switch self {
        case .notAnEffect(let got):
            return "a renvoyé \(got), pas un effet ; renvoyez une table comme {percent_off = 15}, une liste de tables, ou nil."
        case .ambiguous(let keys): return "un effet par table, mais celle-ci a \(keys.joined(separator: ", "))."
        case .unknownKey(let effect, let key, let allowed):
            return "\(effect) n'a pas de champ \(key) ; ses champs sont \(allowed.joined(separator: ", "))."
        case .wrongValue(let effect, let key, let expected, let got):
            return "\(effect) : \(key) doit être \(expected), pas \(got)."
        case .wrongPhase(let effect, let phase): return "\(effect) n'est pas un effet de la phase \(phase.rawValue)."
        case .percentOutOfRange(let percent): return "le pourcentage \(percent) est hors limites (de 0 à 100 %)."
        case .negativeAmount(let amount): return "le montant \(amount) est négatif."
        case .negativePrice(let price): return "le prix serait de \(price), sous zéro."
        case .wrongCurrency(let code, let expected): return "le montant est en \(code), mais le prix est en \(expected)."
        case .discountAbovePrice(let amount, let price): return "la remise \(amount) dépasse le prix \(price)."
        case .setPriceAbove(let amount, let price):
            return "set_price \(amount) dépasse le prix actuel \(price) ; utilisez markup pour augmenter un prix."
        case .unfunded(let effect):
            return
                "\(effect) baisse le prix, mais la règle ne dit pas qui la finance : ajoutez funded_by (cooperative, marketplace ou event)."
        case .stackingWithoutDiscount(let effect, let stacking):
            return "le cumul \(stacking) s'applique aux remises, mais la règle a renvoyé \(effect)."
        case .unknownLabel(let label, let declared):
            return
                "l'étiquette \(label) n'est pas déclarée dans les labels du jeu de règles"
                + (declared.isEmpty ? "." : " ; déclarées : \(declared.joined(separator: ", ")).")
        case .money(let error): return error.french
        }
    }
}
