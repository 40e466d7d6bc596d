/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: the one source of randomness
/// of a generated catalog. Every draw is plain integer arithmetic written here, never the
/// standard library's `random(in:)` (whose algorithm may change between Swift releases) nor
/// Foundation's, so the same seed gives the same catalog on every platform and toolchain.
public struct Xoshiro256: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose whole state comes from `seed` (four SplitMix64 outputs, never all zero).
    public init(seed: UInt64) {
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        (s0, s1, s2, s3) = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A number in `0..<bound` (`bound` > 0), without bias (Lemire's multiply-and-reject).
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "an empty range")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(below(UInt64(range.upperBound - range.lowerBound) + 1))
    }

    /// A multiple of `step` in `range` (whose bounds are multiples of `step`).
    public mutating func int(_ range: ClosedRange<Int>, step: Int) -> Int {
        range.lowerBound + step * int(0...(range.upperBound - range.lowerBound) / step)
    }

    /// True `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < UInt64(max(0, percent)) }

    /// One element of a non-empty array, each as likely.
    public mutating func pick<T>(_ items: [T]) -> T { items[Int(below(UInt64(items.count)))] }
}

/// Items drawn with fixed integer weights: the cumulative weights, searched by bisection.
public struct WeightedTable<Item: Sendable>: Sendable {
    public let items: [Item]
    private let cumulative: [UInt64]

    /// `weighted` must hold at least one positive weight; items of weight 0 are never drawn.
    public init(_ weighted: [(Item, Int)]) {
        var total: UInt64 = 0
        var items: [Item] = []
        var cumulative: [UInt64] = []
        for (item, weight) in weighted where weight > 0 {
            total += UInt64(weight)
            items.append(item)
            cumulative.append(total)
        }
        precondition(!items.isEmpty, "a weighted table without weights")
        self.items = items
        self.cumulative = cumulative
    }

    /// One item, drawn in proportion to its weight.
    public func draw(_ random: inout Xoshiro256) -> Item {
        let target = random.below(cumulative[cumulative.count - 1])
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
