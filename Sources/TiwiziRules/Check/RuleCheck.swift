import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua
import TiwiziStore

/// Checks the rule sets of a folder against a catalog (`tiwizi check`, docs/rules.md): which
/// files do not load, whether the rules can be ordered and whose order only names decide, then
/// the rules run on every product on each day from the check's on where the set of rules in
/// their window changes, and the cart rules on the check cart of those days — `cartQuantity`
/// units of every product with every coupon given and no cap reached — to find the rules that
/// fail, never fire or overlap an exclusive one, and each product's worst-case price.
public struct RuleCheck {
    /// Units of each product in the check cart: enough to reach the usual tiers and minimums.
    public static let cartQuantity = 10
    /// The customer of the check cart (codes capped per customer need one).
    static let customer = "tiwizi-check"

    /// Where the plugins checked are found.
    public let folders: [PluginDiscovery.Folder]
    /// Other plugins to compare prices with (`--against`), or nil.
    public let against: [PluginDiscovery.Folder]?
    public let context: RunContext

    public init(folders: [PluginDiscovery.Folder], against: [PluginDiscovery.Folder]? = nil, context: RunContext) {
        self.folders = folders
        self.against = against
        self.context = context
    }

    /// Checks the folder's rules on the products of `store`, then, when they have no error,
    /// compares the catalog's prices and recorded orders with those of `against`.
    /// - Throws: only what keeps the check from running (the catalog cannot be read); what is
    ///   wrong with the rules is in the report.
    public func run(store: some CatalogStore) throws -> RuleCheckReport {
        var (report, after) = try CatalogScripts.withSandboxes(store: store, context: context) {
            sandboxes, reader -> (RuleCheckReport, PriceSheet?) in
            let (report, plugins) = try check(sandboxes: sandboxes, reader: reader)
            guard against != nil, report.errors == 0, report.productCount > 0 else { return (report, nil) }
            let engine = try RuleEngine(plugins: plugins, context: context, policy: .skip)
            return (report, try engine.sheet(reader: reader))
        }
        guard let against, let after else { return report }
        do {
            let before = try CatalogScripts.withSandboxes(store: store, context: context) { sandboxes, reader in
                try RuleEngine(folders: against, sandboxes: sandboxes, context: context, policy: .skip).sheet(reader: reader)
            }
            report.comparison = RuleComparison(before: before, after: after)
        } catch let error as CatalogError {
            throw error
        } catch {
            let shown = against.map(\.shown).joined(separator: ", ")
            let problem = CheckProblem.againstDoesNotLoad(folder: shown, FailureText(error: error))
            report.findings.append(CheckFinding(location: nil, rules: [], problem: problem))
            report = report.sorted()
        }
        return report
    }

    /// Checks the plugins, each loaded into a sandbox of `sandboxes`, on the products of
    /// `reader`; gives the report and the plugins that loaded.
    private func check(
        sandboxes: CatalogScripts.SandboxFactory, reader: any CatalogReader
    ) throws -> (RuleCheckReport, [LoadedPlugin]) {
        let load = try PluginLoader.load(from: folders, sandboxes: sandboxes)
        let findings = load.refused.map { refused in
            CheckFinding(location: refused.package.file, rules: [], problem: .doesNotLoad(FailureText(error: refused.error)))
        }
        let sets = load.loaded.map(\.set)
        let rules = sets.flatMap(\.rules)
        var report = RuleCheckReport(sets: sets, productCount: 0, findings: findings, worstCases: [])
        let order: [Rule]
        do { order = try RuleOrder.resolve(rules) } catch {
            report.findings.append(CheckFinding(location: nil, rules: [], problem: .cannotOrder(FailureText(error: error))))
            return (report.sorted(), load.loaded)
        }
        report.findings += OrderAmbiguity.findings(in: rules, from: context.today)
        let expired = rules.filter { rule in rule.validUntil.map { $0 < context.today } ?? false }
        for rule in expired {
            guard let until = rule.validUntil, let phase = rule.phases.keys.min() else { continue }
            report.findings.append(
                CheckFinding(
                    location: rule.location(of: phase), rules: [rule.name],
                    problem: .expired(until: until, day: context.today)))
        }
        var products: [Product] = []
        try reader.forEachProduct { products.append($0) }
        report.productCount = products.count
        guard !products.isEmpty else {
            report.findings.append(CheckFinding(location: nil, rules: [], problem: .noProducts))
            return (report.sorted(), load.loaded)
        }
        var tally = RuleTally()
        var worst: [String: WorstCase] = [:]
        let pass = try Pass(products: products, reader: reader)
        // One engine, hashed and checked once, then the same rules at each day's moment.
        let checked = try RuleEngine(plugins: load.loaded, context: context, policy: .skip)
        for day in Self.days(rules, from: context.today) {
            let moment = day == context.today ? context : RunContext(at: midnight(of: day), timeZone: context.timeZone)
            let engine = RuleEngine(checked, context: moment)
            for candidate in try pass.price(with: engine, day: day, into: &tally)
            where worst[candidate.sku].map({ candidate.cartUnitPrice.minorUnits < $0.cartUnitPrice.minorUnits }) ?? true {
                worst[candidate.sku] = candidate
            }
        }
        report.worstCases = worst.values.sorted { $0.sku < $1.sku }
        report.findings += Self.findings(from: tally, rules: order, products: products.count, skipping: Set(expired.map(\.name)))
        return (report.sorted(), load.loaded)
    }

    /// The check's day, and each later day on which a rule's window opens or has just closed:
    /// between two of them, the same rules are in their window.
    static func days(_ rules: [Rule], from today: CalendarDate) -> [CalendarDate] {
        let changes = rules.flatMap { [$0.validFrom, $0.validUntil?.adding(days: 1)] }.compactMap { $0 }
        return Array(Set([today] + changes.filter { $0 > today })).sorted()
    }

    private func midnight(of day: CalendarDate) -> Date {
        RunContext.parseInstant(day.description, timeZone: context.timeZone) ?? context.at
    }

    /// The products, their floors and the check carts (one per currency), priced on one day
    /// after another.
    private struct Pass {
        let products: [Product]
        let floors: [String: ProducerFloor]
        let carts: [(currency: String, products: [String: Product])]

        init(products: [Product], reader: any CatalogReader) throws {
            self.products = products
            var lookup = FloorLookup(reader: reader)
            var floors: [String: ProducerFloor] = [:]
            for product in products { floors[product.sku] = try lookup.floor(of: product) }
            self.floors = floors
            carts = Dictionary(grouping: products, by: \.price.currency.code).sorted { $0.key < $1.key }.map { code, group in
                (code, Dictionary(uniqueKeysWithValues: group.map { ($0.sku, $0) }))
            }
        }

        /// Prices every product, then the check cart of each currency, and gives each
        /// product's case on `day`.
        func price(with engine: RuleEngine, day: CalendarDate, into tally: inout RuleTally) throws -> [WorstCase] {
            for product in products {
                let priced = try engine.price(product, floor: floors[product.sku])
                tally.add(priced.unit.steps, phase: .price, subject: product.sku)
                tally.add(priced.labelSteps, phase: .label, subject: product.sku)
            }
            let coupons = engine.cartRules.compactMap { $0.coupon?.code }
            var cases: [WorstCase] = []
            for (code, bySKU) in carts {
                let cart = Cart(
                    lines: bySKU.keys.map { ($0, RuleCheck.cartQuantity) }, coupons: coupons, customer: RuleCheck.customer)
                let quote = try engine.quote(cart, products: bySKU, floors: floors, ledger: NoRedemptions())
                tally.add(quote.steps, phase: .cart, subject: "cart \(code)")
                cases += try quote.lines.map { try WorstCase($0, cartSteps: quote.steps, day: day) }
            }
            return cases
        }
    }

    /// What the tally says of each rule: failures, rules that never fire, exclusive overlaps.
    private static func findings(
        from tally: RuleTally, rules: [Rule], products: Int, skipping expired: Set<String>
    ) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        for rule in rules {
            for phase in rule.phases.keys.sorted() {
                guard let entry = tally[rule.name, phase] else { continue }
                let subjects = phase == .cart ? tally.carts : products
                let location = rule.location(of: phase)
                let failures = entry.reasons.filter { $0.reason.failure != nil }
                if let first = failures.first, let text = first.reason.failure {
                    let count = failures.reduce(into: Set<String>()) { $0.formUnion($1.subjects) }.count
                    findings.append(
                        CheckFinding(
                            location: location, rules: [rule.name],
                            problem: .fails(phase: phase, subjects: count, of: subjects, first: first.first, text)))
                    continue
                }
                if entry.applied == 0, !expired.contains(rule.name), entry.reasons.allSatisfy(\.reason.isOwn),
                    let commonest = entry.commonest
                {
                    findings.append(
                        CheckFinding(
                            location: location, rules: [rule.name],
                            problem: .neverApplies(
                                phase: phase, of: subjects, reason: commonest.reason, count: commonest.count)))
                }
                guard phase != .label else { continue }
                findings += overlaps(of: rule, phase: phase, entry: entry)
            }
        }
        return findings
    }

    /// The exclusive rules that took the products `rule` would have discounted (on a day when
    /// both were in their window, since the rules ran day by day).
    private static func overlaps(of rule: Rule, phase: Rule.Phase, entry: RuleTally.Entry) -> [CheckFinding] {
        var found: [String: (exclusive: String, count: Int, first: String)] = [:]
        var order: [String] = []
        for (reason, subjects, first) in entry.reasons {
            let pair: (winner: String, exclusive: String)
            switch reason {
            case .excludedBy(let winner): pair = (winner, winner)
            case .exclusiveAfter(let winner): pair = (winner, rule.name)
            default: continue
            }
            if found[pair.winner] == nil { order.append(pair.winner) }
            let previous = found[pair.winner]
            found[pair.winner] = (pair.exclusive, (previous?.count ?? 0) + subjects.count, previous?.first ?? first)
        }
        return order.compactMap { winner in
            guard let overlap = found[winner] else { return nil }
            return CheckFinding(
                location: rule.location(of: phase), rules: [winner, rule.name],
                problem: .exclusiveOverlap(
                    winner: winner, other: rule.name, exclusive: overlap.exclusive, subjects: overlap.count,
                    first: overlap.first))
        }
    }
}

/// What `tiwizi check` found: the rule sets that loaded, how many products the rules ran on,
/// the findings (errors first) and each product's worst case.
public struct RuleCheckReport: Sendable {
    public let sets: [RuleSet]
    public internal(set) var productCount: Int
    public internal(set) var findings: [CheckFinding]
    public internal(set) var worstCases: [WorstCase]
    /// The prices under the rules of `--against`, compared with these rules' (nil without it).
    public internal(set) var comparison: RuleComparison? = nil

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }

    func sorted() -> RuleCheckReport {
        var copy = self
        copy.findings = CheckFinding.sorted(findings)
        return copy
    }
}
