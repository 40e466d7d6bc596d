import TiwiziCore
import TiwiziRules

/// Why a test failed, saying exactly what differs: `expected price 169.90, got 159.90`, with
/// the reason `--explain` gives for a rule that did not apply.
public enum RuleTestFailure: Error, Bilingual {
    /// An amount of `expect` (`price`, `list_price`, `producer`, `floor`, `vat`); nil: none.
    /// `applied` lists the rules that applied, for the amounts they change.
    case amount(key: String, expected: Money?, got: Money?, applied: [String]?)
    case producerShare(expected: Percentage?, got: Percentage?)
    /// An amount of a cart's line (`expect.lines`): `key` is `total`, `unit_price`…; `discounts`
    /// are what each cart rule took off the line.
    case line(sku: String, key: String, expected: Money, got: Money, discounts: [(rule: String, amount: Money)])
    /// A list of `expect` (`applied`, `labels`, `clamped`, `redeemed`), and why each expected
    /// rule that did not apply did not.
    case list(key: String, expected: [String], got: [String], because: [NotApplied])
    /// A rule expected to be skipped for `expected` (a `SkipReason` code).
    case skipped(rule: String, expected: String, got: Outcome)
    /// A rule failed: the test fails, not the run.
    case ruleFailed(RuleFailure)
    /// The test's `params` do not fit the rule sets.
    case parameters(RuleProblem)
    /// The test's `check` raised an error (or an assertion failed), at its file and line.
    case check(message: String)
    /// The test could not run at all.
    case run(any HumanReadable)

    /// A rule that did not apply, and why.
    public struct NotApplied: Sendable {
        public let rule: String
        public let reason: SkipReason
    }

    /// What became of a rule expected to be skipped.
    public enum Outcome: Sendable {
        case applied
        case skipped(SkipReason)
        /// No loaded rule has the name.
        case unknown
        /// No loaded cart rule has the name (a cart test's `skipped`).
        case noCartRule
    }

    /// The `expect` key the failure concerns, or `rule`, `params`, `check`, `run`: its code in JSON.
    public var code: String {
        switch self {
        case .amount(let key, _, _, _), .list(let key, _, _, _): return key
        case .line: return "lines"
        case .producerShare: return "producer_share"
        case .skipped: return "skipped"
        case .ruleFailed: return "rule"
        case .parameters: return "params"
        case .check: return "check"
        case .run: return "run"
        }
    }

    public var english: String { text(.english) }
    public var french: String { text(.french) }

    private func text(_ language: InterfaceLanguage) -> String {
        let en = language == .english
        let colon = language.colon
        let none = en ? "none" : "aucun"
        func expected(_ key: String, _ wanted: String, _ got: String) -> String {
            en ? "expected \(key) \(wanted), got \(got)" : "attendu \(key) \(wanted), obtenu \(got)"
        }
        func names(_ list: [String]) -> String { list.isEmpty ? none : list.joined(separator: ", ") }
        switch self {
        case .amount(let key, let wanted, let got, let applied):
            let codes = wanted != nil && got != nil && wanted?.currency != got?.currency
            func amount(_ money: Money?) -> String {
                money.map { codes ? "\($0.decimalString) \($0.currency.code)" : $0.decimalString } ?? none
            }
            let rules = applied.map { " (" + (en ? "rules applied: " : "règles appliquées : ") + names($0) + ")" } ?? ""
            return expected(key, amount(wanted), amount(got)) + rules
        case .line(let sku, let key, let wanted, let got, let discounts):
            let taken = discounts.map { "\($0.rule) \($0.amount.decimalString)" }
            let line = en ? "line \(sku) \(key)" : "ligne \(sku) \(key)"
            return expected(line, wanted.decimalString, got.decimalString) + " ("
                + (en ? "discounts: " : "remises : ") + names(taken) + ")"
        case .producerShare(let wanted, let got):
            func share(_ percent: Percentage?) -> String { percent.map(ProductPricing.percentText) ?? none }
            return expected("producer_share", share(wanted), share(got))
        case .list(let key, let wanted, let got, let because):
            let reasons = because.map {
                "; \($0.rule) " + (en ? "not applied" : "non appliquée") + colon + $0.reason.text(in: language)
            }
            return expected(key, names(wanted), names(got)) + reasons.joined()
        case .skipped(let rule, let code, let outcome):
            let head = en ? "expected \(rule) skipped (\(code))" : "attendu \(rule) non appliquée (\(code))"
            switch outcome {
            case .applied: return head + (en ? ", but it applied" : ", mais elle s'est appliquée")
            case .unknown:
                return head + (en ? ", but no loaded rule is named \(rule)" : ", mais aucune règle chargée ne s'appelle \(rule)")
            case .noCartRule:
                return head
                    + (en
                        ? ", but no loaded cart rule is named \(rule)"
                        : ", mais aucune règle de panier chargée ne s'appelle \(rule)")
            case .skipped(let reason):
                return head + (en ? ", got " : ", obtenu ") + reason.code + colon + reason.text(in: language)
            }
        case .ruleFailed(let failure): return (en ? "a rule failed: " : "une règle a échoué : ") + failure.text(in: language)
        case .parameters(let problem): return "params" + colon + problem.text(in: language)
        case .check(let message): return (en ? "check failed: " : "check a échoué : ") + message
        case .run(let problem): return problem.text(in: language)
        }
    }
}
