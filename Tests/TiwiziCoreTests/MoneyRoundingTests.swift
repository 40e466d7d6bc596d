import Testing
import TiwiziTestSupport

@testable import TiwiziCore

@Suite("Money: rounding to steps and price endings")
struct MoneyRoundingTests {
    /// value, then the expected result for halfUp, halfEven, down, up, floor, ceiling (step 100).
    static let table: [(Int64, [Int64])] = [
        (250, [300, 200, 200, 300, 200, 300]),
        (-250, [-300, -200, -200, -300, -300, -200]),
        (350, [400, 400, 300, 400, 300, 400]),
        (-350, [-400, -400, -300, -400, -400, -300]),
        (251, [300, 300, 200, 300, 200, 300]),
        (-251, [-300, -300, -200, -300, -300, -200]),
        (249, [200, 200, 200, 300, 200, 300]),
        (-249, [-200, -200, -200, -300, -300, -200]),
        (1, [0, 0, 0, 100, 0, 100]),
        (-1, [0, 0, 0, -100, -100, 0]),
        (50, [100, 0, 0, 100, 0, 100]),
        (-50, [-100, 0, 0, -100, -100, 0]),
        (200, [200, 200, 200, 200, 200, 200]),
        (0, [0, 0, 0, 0, 0, 0]),
    ]

    @Test(arguments: table)
    func everyModeOnPositiveNegativeAndTies(value: Int64, expected: [Int64]) throws {
        let modes: [RoundingMode] = [.halfUp, .halfEven, .down, .up, .floor, .ceiling]
        for (mode, result) in zip(modes, expected) {
            #expect(try mad(value).rounded(toStep: 100, mode: mode) == mad(result), "\(value) \(mode)")
        }
    }

    @Test func cashAndHalfDirhamSteps() throws {
        #expect(try mad(14537).rounded(toStep: 10, mode: .halfUp) == mad(14540))
        #expect(try mad(14535).rounded(toStep: 10, mode: .halfEven) == mad(14540))
        #expect(try mad(14525).rounded(toStep: 10, mode: .halfEven) == mad(14520))
        #expect(try mad(14524).rounded(toStep: 50, mode: .halfUp) == mad(14500))
        #expect(try mad(14525).rounded(toStep: 50, mode: .halfUp) == mad(14550))
        #expect(try mad(14501).rounded(toStep: 50, mode: .up) == mad(14550))
        #expect(try mad(14599).rounded(toStep: 100, mode: .down) == mad(14500))
        #expect(try mad(14550).rounded(toStep: 1, mode: .up) == mad(14550))
        // Odd steps have no exact half: 4/3 = 1.33 → 3, −5/3 = −1.67 → −6.
        #expect(try mad(4).rounded(toStep: 3, mode: .halfUp) == mad(3))
        #expect(try mad(-5).rounded(toStep: 3, mode: .halfUp) == mad(-6))
    }

    @Test func invalidStepsThrow() {
        #expect(throws: MoneyError.invalidStep(0)) { try mad(100).rounded(toStep: 0, mode: .halfUp) }
        #expect(throws: MoneyError.invalidStep(-10)) { try mad(100).rounded(toStep: -10, mode: .halfUp) }
        #expect(throws: MoneyError.invalidStep(0)) { try mad(100).withEnding(0, step: 0, mode: .halfUp) }
    }

    @Test func roundingNearTheLimitsDetectsOverflow() throws {
        #expect(throws: MoneyError.overflow) { try mad(Int64.max).rounded(toStep: 100, mode: .up) }
        #expect(throws: MoneyError.overflow) { try mad(Int64.min).rounded(toStep: 7, mode: .floor) }
        #expect(try mad(Int64.min).rounded(toStep: 7, mode: .ceiling) == mad(-9_223_372_036_854_775_807))
        #expect(try mad(Int64.max).rounded(toStep: 100, mode: .down) == mad(9_223_372_036_854_775_800))
        #expect(try mad(Int64.min).rounded(toStep: 2, mode: .floor) == mad(Int64.min))
        #expect(try mad(Int64.max).rounded(toStep: Int64.max, mode: .halfUp) == mad(Int64.max))
    }

    @Test(arguments: RoundingMode.allCases)
    func randomValuesMatchANaiveReference(mode: RoundingMode) throws {
        var generator = SeededGenerator(seed: 42)
        let steps: [Int64] = [1, 2, 3, 5, 10, 50, 100, 1000, 7919]
        for _ in 0..<3_000 {
            let value = Int64.random(in: -10_000_000...10_000_000, using: &generator)
            let step = steps.randomElement(using: &generator)!
            let rounded = try mad(value).rounded(toStep: step, mode: mode)
            #expect(rounded.minorUnits == referenceRound(value, step: step, mode: mode), "\(value) step \(step)")
            #expect(rounded.minorUnits % step == 0)
            #expect(try rounded.rounded(toStep: step, mode: mode) == rounded)
        }
    }

    @Test func priceEndingExample() throws {
        // 143,20 DH, step 10 DH, ending 9,90 DH: candidates 139,90 and 149,90.
        let price = mad(14320)
        #expect(try price.withEnding(990, step: 1000, mode: .up) == mad(14990))
        #expect(try price.withEnding(990, step: 1000, mode: .ceiling) == mad(14990))
        #expect(try price.withEnding(990, step: 1000, mode: .down) == mad(13990))
        #expect(try price.withEnding(990, step: 1000, mode: .floor) == mad(13990))
        #expect(try price.withEnding(990, step: 1000, mode: .halfUp) == mad(13990))
    }

    @Test func priceEndingTiesAndFixedPoints() throws {
        // 144,90 is exactly between 139,90 and 149,90 (k = 13.5): halfUp and halfEven go to k = 14.
        #expect(try mad(14490).withEnding(990, step: 1000, mode: .halfUp) == mad(14990))
        #expect(try mad(14490).withEnding(990, step: 1000, mode: .halfEven) == mad(14990))
        // 154,90: k = 14.5, halfEven keeps the even k = 14.
        #expect(try mad(15490).withEnding(990, step: 1000, mode: .halfEven) == mad(14990))
        #expect(try mad(15490).withEnding(990, step: 1000, mode: .halfUp) == mad(15990))
        for mode in RoundingMode.allCases {
            #expect(try mad(14990).withEnding(990, step: 1000, mode: mode) == mad(14990))
        }
        // Below the first positive candidate: 5,00 DH goes up to 9,90 or down to −0,10.
        #expect(try mad(500).withEnding(990, step: 1000, mode: .up) == mad(990))
        #expect(try mad(500).withEnding(990, step: 1000, mode: .down) == mad(-10))
        // Negative amounts: candidates −150,10 and −140,10 around −143,20.
        #expect(try mad(-14320).withEnding(990, step: 1000, mode: .up) == mad(-15010))
        #expect(try mad(-14320).withEnding(990, step: 1000, mode: .ceiling) == mad(-14010))
        #expect(try mad(-14320).withEnding(990, step: 1000, mode: .halfUp) == mad(-14010))
        // x9 dirhams: step 10 DH, ending 9 DH.
        #expect(try mad(45120).withEnding(900, step: 1000, mode: .halfUp) == mad(44900))
    }

    @Test func priceEndingValidation() throws {
        #expect(throws: MoneyError.invalidEnding(ending: 1000, step: 1000)) {
            try mad(100).withEnding(1000, step: 1000, mode: .up)
        }
        #expect(throws: MoneyError.invalidEnding(ending: -1, step: 1000)) {
            try mad(100).withEnding(-1, step: 1000, mode: .up)
        }
        #expect(throws: MoneyError.overflow) { try mad(Int64.max).withEnding(990, step: 1000, mode: .up) }
        #expect(throws: MoneyError.overflow) { try mad(Int64.min).withEnding(990, step: 1000, mode: .up) }
        // The lower candidate does not fit, but the upper one does.
        #expect(try mad(Int64.min).withEnding(990, step: 1000, mode: .ceiling) == mad(-9_223_372_036_854_775_010))
    }

    @Test(arguments: RoundingMode.allCases)
    func randomEndingsKeepTheirForm(mode: RoundingMode) throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<2_000 {
            let value = Int64.random(in: -5_000_000...5_000_000, using: &generator)
            let step = [100, 500, 1000, 10_000].randomElement(using: &generator)! as Int64
            let ending = Int64.random(in: 0..<step, using: &generator)
            let result = try mad(value).withEnding(ending, step: step, mode: mode)
            #expect(((result.minorUnits - ending) % step + step) % step == 0)
            #expect(abs(result.minorUnits - value) < step)
            #expect(result.minorUnits == referenceRound(value, step: step, offset: ending, mode: mode))
            #expect(try result.withEnding(ending, step: step, mode: mode) == result)
        }
        #expect(try mad(12345).withEnding(0, step: 100, mode: mode) == mad(12345).rounded(toStep: 100, mode: mode))
    }

    @Test func modesAreCodableByName() {
        #expect(RoundingMode.allCases.map(\.rawValue) == ["halfUp", "halfEven", "down", "up", "floor", "ceiling"])
        #expect(RoundingMode(rawValue: "halfEven") == .halfEven)
    }
}
