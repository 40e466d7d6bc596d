/// Splitting an amount into parts that add up exactly (an order discount spread over lines).
extension Money {
    /// Splits this amount in proportion to `ratios` so that the parts sum exactly to it.
    ///
    /// Largest remainder method: each part first gets the truncated exact share
    /// `|amount| × ratio ÷ Σratios`; the minor units left over go one each to the parts with the
    /// largest discarded remainders, ties to the lower index. A negative amount is split like its
    /// magnitude, then negated, so the result is symmetric. A zero ratio always gets zero.
    /// - Throws: `emptyRatios`, `negativeRatio`, or `invalidRatioSum` (zero or overflowing sum).
    public func allocate(_ ratios: [Int]) throws(MoneyError) -> [Money] {
        guard !ratios.isEmpty else { throw .emptyRatios }
        var total: UInt64 = 0
        for (index, ratio) in ratios.enumerated() {
            guard ratio >= 0 else { throw .negativeRatio(index: index, value: ratio) }
            let (sum, overflow) = total.addingReportingOverflow(UInt64(ratio))
            guard !overflow else { throw .invalidRatioSum }
            total = sum
        }
        guard total > 0 else { throw .invalidRatioSum }

        let magnitude = minorUnits.magnitude
        var shares: [UInt64] = []
        var remainders: [UInt64] = []
        shares.reserveCapacity(ratios.count)
        remainders.reserveCapacity(ratios.count)
        for ratio in ratios {
            // ratio ≤ total, so the high word is < total and the quotient fits in 64 bits.
            let (share, remainder) = total.dividingFullWidth(magnitude.multipliedFullWidth(by: UInt64(ratio)))
            shares.append(share)
            remainders.append(remainder)
        }
        // Fewer than ratios.count units are left over: Σremainders / total, each remainder < total.
        let leftover = magnitude - shares.reduce(0, +)
        let order = ratios.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(Int(leftover)) { shares[index] += 1 }

        let negative = minorUnits < 0
        // Each share ≤ |amount|, so converting back cannot fail.
        return shares.map { Money(minorUnits: ExactArithmetic.signed($0, negative: negative)!, currency: currency) }
    }
}
