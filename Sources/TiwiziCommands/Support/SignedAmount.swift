import TiwiziCore

extension Money {
    /// A difference as a table shows it: `+5,00 DH`, `-12,50 DH`, or empty when zero.
    func signed(for language: Language) -> String {
        isZero ? "" : (isPositive ? "+" : "") + formatted(for: language)
    }
}
