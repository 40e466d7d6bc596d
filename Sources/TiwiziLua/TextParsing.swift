import TiwiziCore

/// Text a person wrote (a price typed in a form, a date in a parameter), read as a value, or
/// what is wrong with it in words for that person. The one place that words the parsers'
/// errors for scripts: the raising constructors (`tiwizi.money`, `tiwizi.date`) and the
/// non-raising `tiwizi.parse_money` and `tiwizi.parse_date` say the same thing.
enum TextParsing {
    /// Why text is not a value, as a sentence for the person who wrote it.
    struct Problem: Error {
        let message: String
    }

    /// `"145,50 DH"` as Money of `currency`.
    static func money(_ text: String, currency: Currency) -> Result<Money, Problem> {
        do throws(MoneyParseError) {
            return .success(try Money.parse(text, currency: currency))
        } catch {
            return .failure(Problem(message: error.message(in: .english)))
        }
    }

    /// `"2026-03-20"` as a day.
    static func day(_ text: String) -> Result<CalendarDate, Problem> {
        do throws(Issue) { return .success(try FieldParsing.date(text)) } catch {
            return .failure(Problem(message: message(error)))
        }
    }

    /// A catalog validation message (an unknown region, a malformed category…) in English.
    static func message(_ issue: Issue) -> String {
        issue.message.text(in: .english)
    }
}
