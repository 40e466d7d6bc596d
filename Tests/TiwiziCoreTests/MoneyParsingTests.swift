import Testing

@testable import TiwiziCore

@Suite("Money: parsing what people type")
struct MoneyParsingTests {
    static let accepted: [(String, Int64)] = [
        ("145", 14500), ("145.5", 14550), ("145,5", 14550), ("145,50", 14550), ("145.50", 14550),
        ("145,50 DH", 14550), ("145 DH", 14500), ("DH 145", 14500), ("145,50 MAD", 14550),
        ("145,50 د.م.", 14550), ("145,50 د.م", 14550), ("1 450,00", 145_000), ("1\u{202F}450,00", 145_000),
        ("1\u{00A0}450,00", 145_000), ("1.450,00", 145_000), ("1,450.00", 145_000), ("  145  ", 14500),
        ("\t145,50 DH\n", 14550), ("145dh", 14500), ("145 Dhs", 14500), ("mad 145", 14500),
        ("145 dirhams", 14500), ("145 درهم", 14500), ("MAD\u{00A0}1,450.00", 145_000),
        ("1\u{202F}450,00\u{00A0}DH", 145_000), ("1.450.000", 145_000_000), ("1,450,000.5", 145_000_050),
        ("1 234 567,89", 123_456_789), ("0", 0), ("0,05", 5), ("000145", 14500), ("1450.00", 145_000),
        ("1'450.00", 145_000), ("1’450,00", 145_000), ("999999999999999.99", 99_999_999_999_999_999),
        // Copied from Arabic text: Arabic-Indic digits, Arabic separators, direction marks.
        ("١٤٥٫٥٠ د.م.", 14550), ("\u{200F}145,50\u{00A0}د.م.\u{200F}", 14550), ("١٬٤٥٠", 145_000),
        ("۱۴۵", 14500),
    ]

    /// The machine form's one-pass reading gives what the full rules give, or leaves the text
    /// to them: digits and points in every arrangement, for currencies with 0, 2 and 3 decimals.
    @Test func theMachineFormReadsAsTheFullRulesDo() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.")
        var shortcuts = 0
        for length in 1...20 {
            for _ in 0..<300 {
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                for currency in [Currency.mad, Currency.xof, Currency.tnd] {
                    let full = try? Money.typed(text, currency: currency)
                    guard let quick = Money.machineForm(text, currency: currency) else { continue }
                    shortcuts += 1
                    #expect(quick == full, "\(text) \(currency.code)")
                }
            }
        }
        #expect(shortcuts > 1_000)
        #expect(Money.machineForm("9.90", currency: .mad) == Money(minorUnits: 990, currency: .mad))
        #expect(Money.machineForm("1,450.00", currency: .mad) == nil && Money.machineForm("9.", currency: .mad) == nil)
    }

    @Test(arguments: accepted)
    func acceptsCommonForms(text: String, minorUnits: Int64) throws {
        #expect(try Money.parse(text) == mad(minorUnits))
    }

    static let rejected: [(String, MoneyParseError)] = [
        ("", .empty), ("   ", .empty), ("\u{200F}", .empty),
        ("abc", .notANumber("abc")), ("DH", .notANumber("DH")), ("+5", .notANumber("+5")),
        ("-5", .negative("-5")), ("- 5 DH", .negative("- 5 DH")), ("DH -5", .negative("DH -5")),
        ("−5", .negative("−5")),
        ("145,505", .tooManyDecimals(maximum: 2, currency: "MAD")),
        ("1,450", .tooManyDecimals(maximum: 2, currency: "MAD")),
        ("1.450", .tooManyDecimals(maximum: 2, currency: "MAD")),
        ("NaN", .notFinite("NaN")), ("inf", .notFinite("inf")), ("-Infinity", .notFinite("-Infinity")),
        ("∞ DH", .notFinite("∞ DH")),
        ("1e3", .exponent("1e3")), ("1.5E-3 DH", .exponent("1.5E-3 DH")), ("2e+5", .exponent("2e+5")),
        ("1234567890123456", .tooLarge(maximumIntegerDigits: 15)),
        ("99999999999999999999999,00", .tooLarge(maximumIntegerDigits: 15)),
        ("145.50.00", .multipleDecimalSeparators("145.50.00")), ("1,2,3", .multipleDecimalSeparators("1,2,3")),
        ("1.450,00,5", .multipleDecimalSeparators("1.450,00,5")),
        ("145 abc", .unexpectedCharacters("abc")), ("145,50 DH x", .unexpectedCharacters("DH x")),
        ("145 e", .unexpectedCharacters("e")), ("DH 145 DH", .unexpectedCharacters("DH")),
        ("145-", .unexpectedCharacters("-")),
        ("1 45,00", .malformedNumber("1 45,00")), ("145,", .malformedNumber("145,")),
        (",50", .malformedNumber(",50")), ("1.45,00", .malformedNumber("1.45,00")),
        ("1450 000,00", .malformedNumber("1450 000,00")), ("145,,50", .malformedNumber("145,,50")),
        ("1,450 000", .malformedNumber("1,450 000")), ("1 450.000,00", .malformedNumber("1 450.000,00")),
        ("145 €", .currencyMismatch(found: "EUR", expected: "MAD")),
        ("EUR 145", .currencyMismatch(found: "EUR", expected: "MAD")),
        ("$145", .currencyMismatch(found: "USD", expected: "MAD")),
        ("145,50 DT", .currencyMismatch(found: "TND", expected: "MAD")),
    ]

    @Test(arguments: rejected)
    func rejectsWithASpecificError(text: String, error: MoneyParseError) {
        #expect(throws: error) { try Money.parse(text) }
    }

    @Test func otherCurrencies() throws {
        #expect(try Money.parse("145,50 €", currency: .eur) == Money(minorUnits: 14550, currency: .eur))
        #expect(try Money.parse("€145.50", currency: .eur) == Money(minorUnits: 14550, currency: .eur))
        #expect(try Money.parse("1 450 F CFA", currency: .xof) == Money(minorUnits: 1450, currency: .xof))
        // Without minor digits a lone separator before 3 digits can only group thousands…
        #expect(try Money.parse("1,450", currency: .xof) == Money(minorUnits: 1450, currency: .xof))
        #expect(try Money.parse("1.450", currency: .xof) == Money(minorUnits: 1450, currency: .xof))
        // …and with 3 minor digits it is the decimal separator.
        #expect(try Money.parse("1,450", currency: .tnd) == Money(minorUnits: 1450, currency: .tnd))
        #expect(try Money.parse("1,5 DT", currency: .tnd) == Money(minorUnits: 1500, currency: .tnd))
        #expect(throws: MoneyParseError.tooManyDecimals(maximum: 0, currency: "XOF")) {
            try Money.parse("145,50", currency: .xof)
        }
        #expect(throws: MoneyParseError.tooManyDecimals(maximum: 3, currency: "TND")) {
            try Money.parse("1,4505", currency: .tnd)
        }
        #expect(throws: MoneyParseError.currencyMismatch(found: "CAD", expected: "USD")) {
            try Money.parse("$CA 5", currency: .usd)
        }
        #expect(throws: MoneyParseError.currencyMismatch(found: "MAD", expected: "EUR")) {
            try Money.parse("5 DH", currency: .eur)
        }
        #expect(try Money.parse("5 $US", currency: .usd) == Money(minorUnits: 500, currency: .usd))
    }

    @Test func errorMessagesAndCodes() {
        let tooMany = MoneyParseError.tooManyDecimals(maximum: 2, currency: "MAD")
        #expect(tooMany.english == "at most 2 decimals for MAD.")
        #expect(tooMany.french == "au plus 2 décimales pour MAD.")
        #expect(tooMany.code == "tooManyDecimals")
        #expect(MoneyParseError.tooManyDecimals(maximum: 1, currency: "XYZ").english == "at most 1 decimal for XYZ.")
        #expect(MoneyParseError.tooManyDecimals(maximum: 0, currency: "XOF").english == "no decimals for XOF.")
        #expect(MoneyParseError.notANumber("abc").english == "no amount found; write digits such as 145 or 145,50.")
        #expect(
            MoneyParseError.currencyMismatch(found: "EUR", expected: "MAD").english
                == "the amount is in EUR, but MAD was expected.")
        let keys = Self.rejected.map(\.1.code) + [tooMany.code]
        #expect(Set(keys).count == 11)
    }

    @Test func strictDecimalStringForm() throws {
        #expect(try Money(decimalString: "1450.00") == mad(145_000))
        #expect(try Money(decimalString: "-5.00") == mad(-500))
        #expect(try Money(decimalString: "0.5") == mad(50))
        #expect(try Money(decimalString: "1450", currency: .xof) == Money(minorUnits: 1450, currency: .xof))
        #expect(try Money(decimalString: "-92233720368547758.08") == mad(Int64.min))
        #expect(try Money(decimalString: "92233720368547758.07") == mad(Int64.max))
        #expect(throws: MoneyParseError.tooLarge(maximumIntegerDigits: 16)) {
            try Money(decimalString: "92233720368547758.08")
        }
        #expect(throws: MoneyParseError.tooManyDecimals(maximum: 2, currency: "MAD")) {
            try Money(decimalString: "1.234")
        }
        #expect(throws: MoneyParseError.empty) { try Money(decimalString: "") }
        for bad in ["1,450.00", " 5", "5.", ".5", "+5", "5 DH", "1e3", "--5", "-", "1.0.0", "1450,00"] {
            #expect(throws: MoneyParseError.notANumber(bad)) { try Money(decimalString: bad) }
        }
        #expect(throws: MoneyParseError.tooManyDecimals(maximum: 0, currency: "XOF")) {
            try Money(decimalString: "1450.0", currency: .xof)
        }
    }
}
