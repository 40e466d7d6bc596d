import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// The plugins' rule sets, ordered, ready to price products: the price phase first, then the
/// label phase on the final price, so that a label can never disagree with a price. Each
/// plugin's functions run in its own sandbox; the engine is valid only as long as they are.
public final class RuleEngine {
    public let sets: [RuleSet]
    /// Every rule, in the order rules apply.
    public let order: [Rule]
    /// Each plugin's sandbox, `ctx` and parameter values, by rule-set name.
    private let runtimes: [String: PluginRuntime]
    private var lastRuntime: PluginRuntime?
    private let prices: PriceComposer
    private let labelling: LabelComposer
    /// The rules with a cart function, in order.
    let cartRules: [Rule]
    /// What each plugin's failing rules do.
    let policy: FailurePolicies
    /// The event whose configuration the engine runs, if any: an order records it.
    public let event: String?
    /// The moment it prices at, in its zone.
    public let now: LocalDateTime
    /// The hash of the plugins' files and parameters: a quote records it (`RuleSetHash`).
    public let hash: String
    let parameters: [String: [String: ParameterValue]]
    private let declaredLabels: [String: [String: LocalizedText]]
    /// The plugins it runs.
    let plugins: [LoadedPlugin]
    /// The run's seed of `math.random`, which each product's seed mixes with its SKU.
    private let seed: Int64

    /// Loads the plugins of `folders` (see `PluginDiscovery`), each into a sandbox of its own
    /// made by `sandboxes`, and resolves the order of their rules (see `init(plugins:…)`).
    /// - Throws: the first plugin's refusal (`RuleProblem` for an invalid rule set, `LuaError`
    ///   for a script that fails to load), or what `init(plugins:…)` throws.
    public convenience init(
        folders: [PluginDiscovery.Folder], sandboxes: CatalogScripts.SandboxFactory, context: RunContext,
        policy: FailurePolicy? = nil, configuration: PluginConfiguration = PluginConfiguration(),
        parameters overrides: [String: [String: LuaValue]] = [:]
    ) throws {
        let plugins = try PluginLoader.load(from: folders, sandboxes: sandboxes).all()
        try self.init(
            plugins: plugins, context: context, policy: policy, configuration: configuration, parameters: overrides)
    }

    /// An engine over the rule sets of one rules folder (`scripts/`).
    public convenience init(
        folder: URL, sandboxes: CatalogScripts.SandboxFactory, context: RunContext, policy: FailurePolicy? = nil,
        parameters overrides: [String: [String: LuaValue]] = [:]
    ) throws {
        try self.init(
            folders: [PluginDiscovery.Folder(folder.path, origin: .rules)], sandboxes: sandboxes, context: context,
            policy: policy, parameters: overrides)
    }

    /// Seeds `math.random` of every plugin's sandbox (the same seed gives the same run).
    public func reseed(_ seed: Int64) {
        for runtime in runtimes.values { runtime.sandbox.reseed(seed) }
    }

    /// Collects the garbage of every plugin's sandbox.
    public func collectGarbage() {
        for runtime in runtimes.values { runtime.sandbox.collectGarbage() }
    }

    /// Installs the classes of the views rules receive, once per sandbox, before its plugin loads.
    static func prepare(_ sandbox: LuaSandbox) {
        sandbox.register(RuleContext.luaClass())
        let (cart, line) = CartView.luaClasses()
        sandbox.register(cart)
        sandbox.register(line)
    }

    /// An engine over the plugins of `plugins` that `configuration` enables, at `context`'s
    /// moment. A failing rule fails the run, or is skipped: `policy` for every plugin when
    /// given, else what the plugin's settings say, else fail. Parameter values are the
    /// defaults, then the configured values, then `parameters` (by rule set then parameter,
    /// each written as a manifest writes a default), each checked against its parameter.
    /// - Throws: `ConfigurationProblem` for a plugin the configuration enables that is not
    ///   among `plugins`, or a configured value its manifest refuses; `RuleProblem` for rules
    ///   that no order satisfies, or a value of `parameters`.
    public init(
        plugins: [LoadedPlugin], context: RunContext, policy: FailurePolicy? = nil,
        configuration: PluginConfiguration = PluginConfiguration(), parameters overrides: [String: [String: LuaValue]] = [:]
    ) throws {
        if let missing = configuration.missing(among: Set(plugins.map(\.set.name))).first {
            throw ConfigurationProblem.pluginNotFound(missing.plugin, event: missing.event)
        }
        let plugins = plugins.filter { configuration.isEnabled($0.set.name) }
        self.plugins = plugins
        sets = plugins.map(\.set)
        order = try RuleOrder.resolve(sets.flatMap(\.rules))
        let start = RuleContext(
            phase: .price, breakdown: nil, today: context.now.date, now: context.now, set: "", parameters: [:], applied: [])
        let values = try ParameterOverride.values(of: sets, configured: configuration, overriddenBy: overrides)
        runtimes = Dictionary(
            uniqueKeysWithValues: plugins.map {
                ($0.set.name, PluginRuntime(set: $0.set.name, $0.sandbox, context: start, parameters: values[$0.set.name] ?? [:]))
            })
        now = context.now
        seed = context.randomSeed
        let configured = sets.compactMap { set in configuration.policy(of: set.name).map { (set.name, $0) } }
        self.policy =
            policy.map(FailurePolicies.uniform) ?? FailurePolicies(byPlugin: Dictionary(uniqueKeysWithValues: configured))
        (prices, labelling) = Self.composers(order, policy: self.policy, day: context.today)
        cartRules = order.filter { $0.phases[.cart] != nil }
        parameters = values
        declaredLabels = Dictionary(uniqueKeysWithValues: sets.map { ($0.name, $0.labels) })
        event = configuration.event?.name
        hash = try RuleSetHash.of(
            plugins: plugins.map(\.package), parameters: parameters, policies: self.policy, event: event)
    }

    /// The same rule sets, already loaded into the same sandbox, at another moment: what a
    /// long-running host (`TiwiziEngine`) makes for each call. Loads nothing and reads no file.
    init(_ engine: RuleEngine, context: RunContext) {
        sets = engine.sets
        order = engine.order
        runtimes = engine.runtimes
        plugins = engine.plugins
        now = context.now
        seed = context.randomSeed
        (prices, labelling) = Self.composers(order, policy: engine.policy, day: context.today)
        cartRules = engine.cartRules
        policy = engine.policy
        event = engine.event
        parameters = engine.parameters
        declaredLabels = engine.declaredLabels
        hash = engine.hash
    }

    /// The price and label phases of `order` on `day`.
    private static func composers(
        _ order: [Rule], policy: FailurePolicies, day: CalendarDate
    ) -> (PriceComposer, LabelComposer) {
        (
            PriceComposer(rules: order.filter { $0.phases[.price] != nil }, policy: policy, day: day),
            LabelComposer(rules: order.filter { $0.phases[.label] != nil }, policy: policy, day: day)
        )
    }

    /// Prices one unit of `product` and gives it its labels. `floor` is the producer's floor
    /// that applies to it (its own, else its cooperative's).
    /// - Throws: `RuleFailure` for a rule that fails, unless the policy skips failing rules.
    public func price(_ product: Product, floor: ProducerFloor?) throws -> ProductPricing {
        let sku = product.sku
        reseed(Self.seed(seed, sku: sku))
        let start = PriceBreakdown(listPrice: product.price, floor: try floor?.minimum(forListPrice: product.price))
        // One view per plugin's sandbox for all the rules of this product.
        let view = LuaSharedArgument(object: product)
        defer { view.release() }
        let currency = product.price.currency
        let unit = try prices.price(start, subject: sku) { rule, state throws(RuleFailure) in
            try evaluate(rule, .price, view, state, subject: sku) { table throws(EffectProblem) in
                try EffectDecoding.priceEffect(table, currency: currency)
            }
        }
        guard !labelling.rules.isEmpty else {
            return try ProductPricing(product: product, unit: unit, labels: [], labelSteps: [])
        }
        let applied = unit.steps.filter(\.isApplied).map(\.rule)
        let breakdown = unit.breakdown
        let (labelled, labelSteps) = try labelling.compose(LabelState(), subject: sku) { rule, _ throws(RuleFailure) in
            let declared = declaredLabels[rule.set] ?? [:]
            return try evaluate(rule, .label, view, breakdown, applied: applied, subject: sku) { table throws(EffectProblem) in
                Noted(try EffectDecoding.label(table, declared: declared, rule: rule.name))
            }
        }
        return try ProductPricing(product: product, unit: unit, labels: labelled.labels, labelSteps: labelSteps)
    }

    /// The seed of `math.random` while pricing product `sku`: the run's seed mixed with the SKU
    /// (FNV-1a, then SplitMix64's finaliser), so that a product's random numbers depend neither
    /// on the products priced before it nor on the worker that prices it (`CatalogPricing`).
    static func seed(_ run: Int64, sku: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sku.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var mixed = (hash ^ UInt64(bitPattern: run)) &+ 0x9e37_79b9_7f4a_7c15
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return Int64(bitPattern: mixed ^ (mixed >> 31))
    }

    /// Runs the function of `phase` of `rule` and decodes each effect table it returned with
    /// `decode`; a Lua error or an invalid effect is the rule's failure. The usual answers (`nil,
    /// "why"`, or one small effect table) are read where the function left them; anything else
    /// is converted in full first.
    ///
    /// `ctx` is the phase, the price so far (`breakdown`, nil for a cart) and, for labels, the
    /// rules that changed the price.
    func evaluate<Effect>(
        _ rule: Rule, _ phase: Rule.Phase, _ subject: any LuaPushable, _ breakdown: PriceBreakdown?,
        applied: [String] = [], subject name: String, decode: (any EffectTable) throws(EffectProblem) -> Noted<Effect>
    ) throws(RuleFailure) -> Evaluation<Effect> {
        guard let function = rule.phases[phase], let runtime = runtime(of: rule.set) else {
            preconditionFailure("rule \(rule.name) has no \(phase) phase, or its plugin is not loaded")
        }
        runtime.context.context = RuleContext(
            phase: phase, breakdown: breakdown, today: now.date, now: now, set: rule.set, parameters: runtime.parameters,
            applied: applied)
        let (answer, usage): (Answer, LuaUsage)
        do {
            (answer, usage) = try runtime.sandbox.call(function, arguments: [subject, runtime.argument]) {
                results throws(LuaError) in try Answer(results)
            }
        } catch {
            throw RuleFailure(rule: rule, phase: phase, subject: name, reason: .lua(error))
        }
        do throws(EffectProblem) {
            switch answer {
            case .declined(let because): return .declined(because: because, usage: usage)
            case .effect(let table): return .effects([try decode(table)], usage: usage)
            case .values(let values):
                switch try EffectDecoding.tables(values, phase: phase) {
                case .failure(let declined): return .declined(because: declined.because, usage: usage)
                case .success(let tables):
                    return .effects(try tables.map { table throws(EffectProblem) in try decode(table) }, usage: usage)
                }
            }
        } catch {
            throw RuleFailure(rule: rule, phase: phase, subject: name, reason: .effect(error))
        }
    }

    /// The runtime of rule set `set`: the last one asked for, else looked up (a plugin's rules
    /// usually follow one another).
    private func runtime(of set: String) -> PluginRuntime? {
        if let last = lastRuntime, last.set == set { return last }
        lastRuntime = runtimes[set]
        return lastRuntime
    }

    /// What a rule's function returned, read off the stack.
    private enum Answer {
        /// `nil` or `false`, perhaps with its reason.
        case declined(because: String?)
        /// One small table of named scalar fields (`{markup_percent = 15}`).
        case effect(LuaFlatTable)
        /// Anything else, converted (a list of effects, a nested table, a value to refuse).
        case values([LuaValue])

        init(_ results: LuaResults) throws(LuaError) {
            if results.count <= 2, results.isFalsy(0), results.count < 2 || results.string(1) != nil {
                self = .declined(because: results.string(1))
            } else if results.count == 1, let table = results.flatTable(0) {
                self = .effect(table)
            } else {
                self = .values(try results.values())
            }
        }
    }
}

/// A plugin's sandbox, and the one `ctx` userdata its functions receive there (`RuleContext.Cell`).
private struct PluginRuntime {
    let set: String
    let sandbox: LuaSandbox
    let context: RuleContext.Cell
    let argument: LuaSharedArgument
    /// The rule set's parameter values (`ctx:param`).
    let parameters: [String: ParameterValue]

    init(set: String, _ sandbox: LuaSandbox, context: RuleContext, parameters: [String: ParameterValue]) {
        self.set = set
        self.sandbox = sandbox
        self.context = RuleContext.Cell(context)
        argument = LuaSharedArgument(LuaObject(self.context))
        self.parameters = parameters
    }
}

/// A product priced and labelled by the rules.
public struct ProductPricing: Hashable, Sendable {
    public let sku: String
    public let name: LocalizedText
    public let unit: PricedUnit
    public let labels: [Label]
    public let labelSteps: [RuleStep]
    /// The product's VAT rate, and the VAT included in its final price (rounded half-up).
    public let vatRate: Int
    public let vat: Money

    init(product: Product, unit: PricedUnit, labels: [Label], labelSteps: [RuleStep]) throws(MoneyError) {
        sku = product.sku
        name = product.name
        self.unit = unit
        self.labels = labels
        self.labelSteps = labelSteps
        vatRate = product.vat.ratePercent
        vat = try unit.breakdown.price.includedVAT(ratePercent: vatRate)
    }

    public var breakdown: PriceBreakdown { unit.breakdown }
    /// The price rules that changed the price, in the order they applied.
    public var rulesApplied: [String] { unit.steps.filter(\.isApplied).map(\.rule) }
    /// The price steps then the label steps: everything `--explain` shows.
    public var steps: [RuleStep] { unit.steps + labelSteps }
}
