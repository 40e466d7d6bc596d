/// The least a cooperative receives for one unit of a product, whatever the rules take off:
/// a share of the product's list price (`85 %`) or an amount (`120.00`).
///
/// A cooperative declares a share for all its products; a product may declare its own floor,
/// share or amount, which replaces the cooperative's.
public enum ProducerFloor: Hashable, Sendable, CustomStringConvertible {
    /// A share of the list price, between 0 and 100 %.
    case share(Percentage)
    /// An amount per unit, in the product's currency.
    case amount(Money)

    /// The minimum per unit for a product listed at `listPrice`. A share is rounded up to the
    /// minor unit, in the producer's favour: 85 % of 145,55 DH is 123,7175, so 123,72 DH.
    /// - Throws: `currencyMismatch` for an amount in another currency than the price.
    public func minimum(forListPrice listPrice: Money) throws(MoneyError) -> Money {
        switch self {
        case .share(let share): return try listPrice.percent(share, rounding: .ceiling)
        case .amount(let amount):
            try amount.requireSameCurrency(listPrice)
            return amount
        }
    }

    /// Reads `85 %`, `85%`, `12.5 %` or `12,5 %` as a share (at most two decimals, 0 to 100 %),
    /// and an amount such as `120.00` as `Money` in `currency`. Nil when it is neither.
    public init?(_ text: String, currency: Currency = .mad) {
        let trimmed = text.trimmingSpaces
        if trimmed.hasSuffix("%") {
            guard let share = Self.share(String(trimmed.dropLast()).trimmingSpaces) else { return nil }
            self = .share(share)
        } else if let amount = try? Money.parse(trimmed, currency: currency), !amount.isNegative {
            self = .amount(amount)
        } else {
            return nil
        }
    }

    /// `85 %` or `120.00` (the amount's machine form), as `init` reads it back.
    public var description: String {
        switch self {
        case .share(let share): return share.description
        case .amount(let amount): return amount.decimalString
        }
    }

    /// `85`, `12.5` or `12,5` as a percentage between 0 and 100.
    private static func share(_ digits: String) -> Percentage? {
        let parts = digits.split(separator: digits.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            parts[0].count <= 3, parts.count == 1 || parts[1].count <= 2, let whole = Int64(parts[0])
        else { return nil }
        let decimals = parts.count == 2 ? Int64(parts[1]) ?? 0 : 0
        let fraction = parts.count == 2 && parts[1].count == 1 ? decimals * 10 : decimals
        let points = whole * 100 + fraction
        return points <= 10_000 ? Percentage(basisPoints: points) : nil
    }
}

extension Product {
    /// The floor that applies to the product: its own, else its cooperative's.
    public func producerFloor(cooperative: Cooperative?) -> ProducerFloor? {
        producerFloor(orCooperatives: { cooperative?.producerFloor })
    }

    /// The product's own floor, else the one `cooperatives` gives, asked only when the product
    /// has none (a pricing run reads a cooperative's floor only then).
    public func producerFloor(orCooperatives cooperatives: () throws -> ProducerFloor?) rethrows -> ProducerFloor? {
        try producerFloor ?? cooperatives()
    }

    /// The least the cooperative receives per unit at the product's price, following
    /// `producerFloor(cooperative:)`; nil when no floor applies.
    /// - Throws: `currencyMismatch` for an amount in another currency than the price.
    public func producerMinimum(cooperative: Cooperative?) throws(MoneyError) -> Money? {
        guard let floor = producerFloor(cooperative: cooperative) else { return nil }
        return try floor.minimum(forListPrice: price)
    }
}
