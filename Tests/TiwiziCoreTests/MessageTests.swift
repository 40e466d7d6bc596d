import Foundation
import Testing

@testable import TiwiziCore

/// One value of every case of `ValueProblem`.
let valueProblems: [ValueProblem] = [
    .required(field: "price"), .frenchNameRequired, .wrongScript(language: .arabic, text: "argan"),
    .slugInvalid("A B"), .skuInvalid("x"), .iceInvalid("12"), .phoneInvalid("0600"), .emailInvalid("a"),
    .integerInvalid("x"), .booleanInvalid("peut-être"), .dateInvalid("2024-13-01"),
    .foundedInFuture(founded: CalendarDate("2030-01-01")!, today: CalendarDate("2026-01-01")!), .regionUnknown("MA-13"),
    .categoryInvalid("Food"), .valueNotAllowed("x", allowed: ["a", "b"]), .quantityInvalid("x"), .quantityNotPositive,
    .quantityPieceFractional("1.5"), .stockNegative(-1), .stockAndMadeToOrder, .leadDaysInvalid(0), .dimensionsInvalid,
    .membersOutOfRange(group: "women", count: 13, total: 12), .membersBelowMinimum(count: 3, minimum: 5),
    .priceInvalid("x", reason: .notANumber("x")), .priceNegative("-1.00"), .currencyUnknown("XYZ"),
    .producerFloorInvalid("abc"), .producerFloorShareOutOfRange("101 %"), .producerFloorNegative("-1.00"),
    .producerFloorCurrency(floor: "1.00 EUR", currency: "MAD"), .producerFloorAbovePrice(floor: "200.00", price: "185.00"),
    .producerFloorAmountForCooperative("120.00"),
    .certificateDates(from: CalendarDate("2024-01-02")!, until: CalendarDate("2024-01-01")!),
    .certificateNotCovered(scheme: "igp-argane", category: "food.honey", region: "MA-09"), .certificateInvalid("x"),
    .certificateNumberInvalid("a:b"), .listedTwice("x"), .originSchemeNeedsArea(kind: "igp"),
    .numberOutOfRange("-1", range: 0...10), .textTooLong(count: 300, maximum: 200), .textControlCharacter(code: "U+0007"),
    .artisanNameInvalid("a|b"), .unknownCooperative("x"), .unknownScheme("x"), .unknownKnowHow("x"),
    .alreadyExists(.products, key: "TAF-ARG-250", cooperative: "tafoukt-argan"), .alreadyExists(.cooperatives, key: "x"),
    .alreadyExists(.knowHow, key: "x"), .alreadyExists(.schemes, key: "x"),
    .skuOfAnotherCooperative(sku: "TAF-ARG-250", owner: "x"), .duplicateICE(ice: "002345678000091", owner: "x"),
]

/// One value of every kind of domain problem, to check what they all promise.
let sampleProblems: [any Problem] =
    valueProblems + [
        FileProblem.missing(path: "a.yaml"), FileProblem.empty(path: "a.yaml"),
        FileProblem.unreadable(path: "a.yaml", reason: "denied"), FileProblem.notUTF8(path: "a.csv", line: 3),
        MoneyError.overflow, MoneyError.currencyMismatch(.mad, .eur), MoneyError.unknownCurrency("XYZ"),
        MoneyParseError.empty, MoneyParseError.tooManyDecimals(maximum: 2, currency: "MAD"),
    ]

@Suite("Messages: domain problems")
struct ProblemMessageTests {
    @Test func everyProblemReadsInEnglishAndInFrench() {
        for problem in sampleProblems {
            let english = problem.text(in: .english)
            let french = problem.text(in: .french)
            #expect(!english.isEmpty && !french.isEmpty, "\(problem)")
            #expect(english != french, "\(problem)")
            // French quotes are « », English ones “ ”.
            #expect(!french.contains("“") && !english.contains("«"), "\(problem)")
        }
    }

    /// The domain says what is wrong; how to fix it with a command belongs to the command line.
    @Test func domainProblemsNameNoCommandOrOption() {
        for problem in sampleProblems {
            for language in [InterfaceLanguage.english, .french] {
                let text = problem.text(in: language)
                #expect(!text.contains("tiwizi ") && !text.contains(" --"), "\(problem): \(text)")
            }
        }
    }

    @Test func codesAreCaseNames() {
        #expect(ValueProblem.iceInvalid("12").code == "iceInvalid")
        #expect(ValueProblem.quantityNotPositive.code == "quantityNotPositive")
        #expect(FileProblem.missing(path: "a").code == "missing")
        #expect(Set(sampleProblems.map(\.code)).count > 50)
    }

    @Test func countsAgreeWithTheirNoun() {
        #expect(ValueProblem.iceInvalid("1").text(in: .english).hasSuffix("“1” has 1 character."))
        #expect(ValueProblem.iceInvalid("12").text(in: .english).hasSuffix("“12” has 2 characters."))
        #expect(ValueProblem.iceInvalid("").text(in: .french).hasSuffix("compte 0 caractère."))
        #expect(ValueProblem.membersBelowMinimum(count: 1, minimum: 5).text(in: .english).hasPrefix("1 member is"))
        #expect(ValueProblem.membersBelowMinimum(count: 1, minimum: 5).text(in: .french).hasPrefix("1 membre,"))
        #expect(MoneyParseError.tooManyDecimals(maximum: 1, currency: "X").text(in: .french) == "au plus 1 décimale pour X.")
    }

    @Test func userTextIsNeverReadAsAPlaceholder() {
        #expect(ValueProblem.skuInvalid("{value}").text(in: .english).hasPrefix("“{value}” is not a valid SKU"))
        #expect(
            ValueProblem.regionUnknown("{min}").text(in: .french)
                == "région « {min} » inconnue ; utilisez un code de MA-01 à MA-12.")
    }

    @Test func aPriceProblemSaysWhyInTheSameLanguage() {
        let problem = ValueProblem.priceInvalid("1,2,3", reason: .multipleDecimalSeparators("1,2,3"))
        #expect(problem.text(in: .english) == "“1,2,3” is not a price: “1,2,3” has more than one decimal separator.")
        #expect(problem.text(in: .french) == "« 1,2,3 » n'est pas un prix : « 1,2,3 » a plus d'un séparateur décimal.")
    }

    @Test func scriptsAreNamedInTheMessageLanguage() {
        let problem = ValueProblem.wrongScript(language: .arabic, text: "Huile")
        #expect(problem.text(in: .english) == "the Arabic text “Huile” must be written in Arabic script.")
        #expect(problem.text(in: .french) == "le texte en arabe « Huile » doit être écrit en alphabet arabe.")
    }
}

@Suite("Messages: issues")
struct MessageTextTests {
    @Test func issueTextShowsLocationWarningAndField() {
        let issue = Issue(
            .membersBelowMinimum(count: 3, minimum: 5), field: "cooperative.members.total", severity: .warning,
            location: SourceLocation(file: "catalog/cooperatives/x.yaml", line: 12))
        #expect(
            issue.text(in: .english)
                == "catalog/cooperatives/x.yaml:12: warning: cooperative.members.total: 3 members is below the legal minimum of 5 for a cooperative."
        )
        #expect(
            issue.text(in: .french)
                == "catalog/cooperatives/x.yaml:12: avertissement : cooperative.members.total : 3 membres, c'est moins que le minimum légal de 5 pour une coopérative."
        )
    }

    @Test func issuePlacement() {
        let issue = Issue(.required(field: "price"), field: "price")
        #expect(issue.nested(under: "products[2]").field == "products[2].price")
        #expect(Issue(.quantityNotPositive).nested(under: "products[2]").field == "products[2]")
        let here = SourceLocation(file: "a.yaml", line: 3)
        let located = issue.located(at: here)
        #expect(located.location == here)
        #expect(located.located(at: SourceLocation(file: "b.yaml")).location == here)
        #expect(SourceLocation(file: "a.csv").description == "a.csv")
        #expect(here.description == "a.yaml:3")
    }

    @Test func errorsFilterOutWarnings() {
        let warning = Issue(.membersBelowMinimum(count: 3, minimum: 5), severity: .warning)
        let error = Issue(.iceInvalid("12"))
        #expect([warning, error, warning].errors == [error])
    }
}

@Suite("Messages: interface language")
struct InterfaceLanguageTests {
    @Test(
        arguments: [
            ([:], InterfaceLanguage.english),
            (["LANG": "fr_FR.UTF-8"], .french),
            (["LANG": "fr_MA.UTF-8"], .french),
            (["LANG": "FR"], .french),
            (["LANG": "en_US.UTF-8"], .english),
            (["LANG": "ar_MA.UTF-8"], .english),
            (["LANG": "C.UTF-8"], .english),
            (["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"], .french),
            (["LC_MESSAGES": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"], .english),
            (["LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"], .french),
            (["LC_ALL": "C", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"], .english),
            (["LC_ALL": "", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"], .french),
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"], .french),
            (["LC_CTYPE": "fr_FR.UTF-8"], .english),
            (["LANGUAGE": "fr"], .english),
        ] as [([String: String], InterfaceLanguage)])
    func precedence(environment: [String: String], expected: InterfaceLanguage) {
        #expect(InterfaceLanguage.from(environment: environment) == expected)
    }

    @Test func interfaceLanguagesUseISOCodes() {
        #expect(InterfaceLanguage.english.rawValue == "en")
        #expect(InterfaceLanguage.french.rawValue == "fr")
    }
}
