import Testing
import TiwiziCore
import TiwiziTestSupport

@testable import TiwiziRules

/// Random rule sets, each priced with its rules declared in many orders: the result never
/// depends on declaration order, the shares always sum to the price, and the cooperative never
/// receives less than its floor.
@Suite("Rules: properties of composition")
struct PricePropertyTests {
    private static let stackings: [Rule.Stacking] = [.stack, .stack, .exclusive, .stopAfter, .bestOf(group: "g")]
    private static let funders: [Rule.Funder?] = [.cooperative, .marketplace, .event, .cooperative]

    private static func randomEffect(_ generator: inout SeededGenerator) -> PriceEffect {
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: return .percentOff(Percentage(basisPoints: Int64.random(in: 0...10_000, using: &generator)))
        case 1: return .amountOff(.mad(Int64.random(in: 0...3_000, using: &generator)))
        case 2: return .markupPercent(Percentage(basisPoints: Int64.random(in: 0...5_000, using: &generator)))
        case 3: return .markup(.mad(Int64.random(in: 0...2_000, using: &generator)))
        case 4: return .round(step: [10, 50, 100].randomElement(using: &generator)!, mode: .halfUp)
        case 5: return .ending(ending: 990, step: 1_000, mode: .up)
        case 6: return .commissionPercent(Percentage(basisPoints: Int64.random(in: 0...3_000, using: &generator)))
        default: return .setPrice(.mad(Int64.random(in: 0...100, using: &generator)))
        }
    }

    /// A random scenario whose discounts never exceed the price (amounts are capped by the
    /// closures), so that every run succeeds.
    private static func scenario(_ generator: inout SeededGenerator) -> Scenario {
        var scenario = Scenario()
        for index in 0..<Int.random(in: 1...8, using: &generator) {
            let effect = randomEffect(&generator)
            let stacking = effect.kind == .discount ? stackings.randomElement(using: &generator)! : .stack
            let funder = funders.randomElement(using: &generator)!
            scenario.add(
                "r\(index)", priority: Int.random(in: -2...2, using: &generator), stacking: stacking, fundedBy: funder
            ) { state in
                switch effect {
                case .amountOff(let amount): return [.amountOff(.mad(min(amount.minorUnits, state.price.minorUnits)))]
                case .setPrice(let amount): return [.setPrice(.mad(min(amount.minorUnits, state.price.minorUnits)))]
                default: return [effect]
                }
            }
        }
        return scenario
    }

    @Test func compositionIsOrderIndependentExactAndFair() throws {
        var generator = SeededGenerator(seed: 20_260_320)
        for _ in 0..<300 {
            let scenario = Self.scenario(&generator)
            let list = Int64.random(in: 1_000...500_000, using: &generator)
            let floor = Bool.random(using: &generator) ? list * Int64.random(in: 50...100, using: &generator) / 100 : nil
            let expected = try scenario.price(list, floor: floor)
            let breakdown = expected.breakdown
            let sum = breakdown.cooperative.minorUnits + breakdown.marketplace.minorUnits + breakdown.event.minorUnits
            #expect(sum == breakdown.price.minorUnits)
            #expect(!breakdown.price.isNegative)
            if let floor { #expect(breakdown.cooperative.minorUnits >= floor) }
            for _ in 0..<5 {
                #expect(try scenario.price(list, floor: floor, order: scenario.rules.shuffled(using: &generator)) == expected)
            }
        }
    }
}
