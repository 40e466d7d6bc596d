import TiwiziCore

/// The few words and signs charts write themselves, in the chart's language. Numbers are always
/// Western digits, grouped by a narrow no-break space (`1 250`), whatever the language.
enum ChartWords {
    /// What an empty chart says. Tamazight falls back to French, as catalog names do.
    static let noData = LocalizedText([.french: "Aucune donnée", .arabic: "لا توجد بيانات", .english: "No data"])

    /// The language `text` is actually in, when the chart is in `language`: `language`, or French
    /// when `text` has no version in it.
    static func language(of text: LocalizedText, in language: Language) -> Language {
        text[language] == nil ? .french : language
    }

    /// What separates a label from its value: `" : "` in French typography (a no-break space
    /// before the colon), `": "` otherwise.
    static func colon(in language: Language) -> String { language == .french ? "\u{00A0}: " : ": " }

    /// What separates the items of a list in a chart's description.
    static func listSeparator(in language: Language) -> String {
        switch language {
        case .french: return "\u{202F}; "
        case .arabic: return "؛ "
        case .english, .tamazight: return "; "
        }
    }

    /// `value` in Western digits, thousands grouped by a narrow no-break space: `1 250`, `-3`.
    static func integer(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "\u{202F}" + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (value < 0 ? "-" : "") + digits + grouped
    }

    /// `value` percent: `62 %` in French (a narrow no-break space before the sign), `62%` otherwise.
    static func percent(_ value: Int, in language: Language) -> String {
        integer(value) + (language == .french ? "\u{202F}%" : "%")
    }

    /// `label: value` for each item, separated as lists are in `language`, and a full stop.
    static func list(_ items: [(label: String, value: String)], in language: Language) -> String {
        items.map { $0.label + colon(in: language) + $0.value }.joined(separator: listSeparator(in: language)) + "."
    }
}
