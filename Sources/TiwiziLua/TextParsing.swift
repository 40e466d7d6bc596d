import TiwiziCore

/// Text a person wrote (a price typed in a form, a date in a parameter), read as a value, or
/// what is wrong with it in words for that person. The one place that words the parsers'
/// errors for scripts: the raising constructors (`tiwizi.money`, `tiwizi.date`) and the
/// non-raising `tiwizi.parse_money` and `tiwizi.parse_date` say the same thing.
enum TextParsing {
    /// Why text is not a value, as a sentence for the person who wrote it.
    struct Unreadable: Error {
        let message: String
    }

    /// `"145,50 DH"` as Money of `currency`.
    static func money(_ text: String, currency: Currency) -> Result<Money, Unreadable> {
        do throws(MoneyParseError) {
            return .success(try Money.parse(text, currency: currency))
        } catch {
            return .failure(Unreadable(message: message(error)))
        }
    }

    /// `"2026-03-20"` as a day.
    static func day(_ text: String) -> Result<CalendarDate, Unreadable> {
        do throws(Issue) { return .success(try FieldParsing.date(text)) } catch {
            return .failure(Unreadable(message: message(error.problem)))
        }
    }

    /// A domain message (an unknown region, a malformed category…) as scripts read it: in
    /// English, the language of the API, and without the command line's hints.
    static func message(_ message: some HumanReadable) -> String {
        message.text(in: .english)
    }
}
