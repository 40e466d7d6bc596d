import TiwiziCore

/// A message worded by one function of the language, for lines that mix sentences with amounts
/// formatted the language's way (`145,00 DH`, `MAD 145.00`).
protocol Worded: Bilingual {
    func words(_ language: InterfaceLanguage) -> String
}

extension Worded {
    public var english: String { words(.english) }
    public var french: String { words(.french) }
}

extension Money {
    /// The amount as people read it in an interface language.
    func formatted(in language: InterfaceLanguage) -> String { formatted(for: language == .english ? .english : .french) }
}
