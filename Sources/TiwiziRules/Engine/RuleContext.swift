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
    /// In the label phase, the rules that changed the price: `ctx:applied("assises-15")`. A
    /// few names, searched in order (a set hashed them for every product, asked or not).
    let applied: [String]

    /// A plugin's `ctx` in its sandbox: one userdata for every call, whose context the engine
    /// sets before each call (a userdata made and collected per call cost more than the rule).
    /// A script that keeps `ctx` past its call sees the call in progress. Used on the thread
    /// that uses the sandbox.
    final class Cell: @unchecked Sendable {
        var context: RuleContext

        init(_ context: RuleContext) { self.context = context }
    }

    static func luaClass() -> LuaUserdataClass<Cell> {
        LuaUserdataClass<Cell>("RuleContext") { cell in
            cell.field("phase") { $0.context.phase.rawValue }
            cell.field("price") { c in c.context.breakdown.map { LuaMoney($0.price) } }
            cell.field("list_price") { c in c.context.breakdown.map { LuaMoney($0.listPrice) } }
            cell.field("producer") { c in c.context.breakdown.map { LuaMoney($0.cooperative) } }
            cell.field("producer_share") { c -> Double? in
                c.context.breakdown?.cooperativeShare.map { Double($0.basisPoints) / 100 }
            }
            cell.field("floor") { c in c.context.breakdown?.floor.map { LuaMoney($0) } }
            cell.field("today") { LuaObject($0.context.today) }
            cell.field("now") { LuaObject($0.context.now) }
            cell.method("param") { cell, args in
                let c = cell.context
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
            cell.method("applied") { cell, args in
                try args.checkArity(2...2)
                return .value(cell.context.applied.contains(try args.argument(2, as: String.self)))
            }
            cell.tostring { "RuleContext \($0.context.phase.rawValue)" }
        }
    }
}
