import LuaHost
import TiwiziCore
import TiwiziLua

/// What a rule's function receives besides the product (`ctx`): the price so far, the
/// producer's share and floor, the run's moment and the rule set's parameters. Read-only.
struct RuleContext: Sendable {
    let phase: Rule.Phase
    /// The unit's price so far (nil in the cart phase: the cart carries its amounts).
    let breakdown: PriceBreakdown?
    let today: CalendarDate
    let now: LocalDateTime
    let set: String
    let parameters: [String: ParameterValue]
    /// In the label phase, the rules that changed the price: `ctx:applied("assises-15")`.
    let applied: Set<String>

    static func luaClass() -> LuaUserdataClass<RuleContext> {
        LuaUserdataClass<RuleContext>("RuleContext") { context in
            context.field("phase") { $0.phase.rawValue }
            context.field("price") { c in c.breakdown.map { LuaMoney($0.price) } }
            context.field("list_price") { c in c.breakdown.map { LuaMoney($0.listPrice) } }
            context.field("producer") { c in c.breakdown.map { LuaMoney($0.cooperative) } }
            context.field("producer_share") { c -> Double? in
                c.breakdown?.cooperativeShare.map { Double($0.basisPoints) / 100 }
            }
            context.field("floor") { c in c.breakdown?.floor.map { LuaMoney($0) } }
            context.field("today") { LuaObject($0.today) }
            context.field("now") { LuaObject($0.now) }
            context.method("param") { c, args in
                try args.checkArity(2...2)
                let name = try args.argument(2, as: String.self)
                guard let value = c.parameters[name] else {
                    let known = c.parameters.keys.sorted()
                    throw LuaArgumentError(
                        position: 2,
                        "rule set \(c.set) has no parameter '\(name)'"
                            + (known.isEmpty ? "" : "; its parameters are \(known.joined(separator: ", "))"))
                }
                return .value(value.pushable)
            }
            context.method("applied") { c, args in
                try args.checkArity(2...2)
                return .value(c.applied.contains(try args.argument(2, as: String.self)))
            }
            context.tostring { "RuleContext \($0.phase.rawValue)" }
        }
    }
}
