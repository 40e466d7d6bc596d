import Foundation
import Testing

@testable import TiwiziCore

@Suite("Messages: catalog")
struct MessageCatalogTests {

    @Test func everyKeyHasEnglishAndFrench() {
        for key in MessageKey.allCases {
            #expect(!key.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no English")
            #expect(!key.french.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no French")
        }
        #expect(MessageKey.allCases.count > 100)
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        for key in MessageKey.allCases {
            #expect(placeholders(key.english) == placeholders(key.french), "\(key)")
        }
    }

    @Test func placeholderNamesAreIdentifiers() {
        for key in MessageKey.allCases {
            for name in placeholders(key.english).union(placeholders(key.french)) {
                #expect(!name.isEmpty && name.allSatisfy { $0.isLetter && $0.isASCII }, "\(key): {\(name)}")
            }
        }
    }

    @Test func bracesAreBalanced() {
        for key in MessageKey.allCases {
            for text in [key.english, key.french] {
                #expect(text.filter { $0 == "{" }.count == text.filter { $0 == "}" }.count, "\(key): \(text)")
            }
        }
    }

    @Test func placeholderHelperFindsNames() {
        #expect(placeholders(MessageKey.importSummary.english) == ["kind", "added", "updated", "unchanged"])
        #expect(placeholders(MessageKey.catalogIsDirectory.french) == ["path"])
        #expect(placeholders(MessageKey.headerSKU.english) == [])
    }

    @Test func frenchIsNotACopyOfEnglish() {
        let copies = MessageKey.allCases.filter { $0.english == $0.french && placeholders($0.english).isEmpty }
        // Words that are the same in both languages.
        #expect(Set(copies) == [.headerStock, .labelICE, .labelContact, .labelDescription, .labelTechnique, .labelArtisans])
    }
}

@Suite("Messages: text")
struct MessageTextTests {
    @Test func argumentsFillPlaceholders() {
        let message = Message(.importSummary, ["kind": "products", "added": "3 added", "updated": "1", "unchanged": "20"])
        #expect(message.text(in: .english) == "products: 3 added, 1, 20")
        #expect(message.text(in: .french) == "products : 3 added, 1, 20")
        #expect(Message(.countUpdatedOne, ["count": "1"]).text(in: .french) == "1 mise à jour")
        #expect(Message(.countUpdated, ["count": "2"]).text(in: .french) == "2 mises à jour")
    }

    @Test func placeholderUsedTwiceIsFilledTwice() {
        let message = Message(.catalogIsDirectory, ["path": "/tmp/c"])
        #expect(
            message.text(in: .english)
                == "the catalog path /tmp/c is a directory; give a file path (e.g. /tmp/c/catalog.sqlite).")
    }

    @Test func argumentsAreNotReinterpreted() {
        let message = Message(.productNotFound, ["value": "{value}"])
        #expect(message.text(in: .english) == "no product with SKU “{value}”; see `tiwizi product list`.")
    }

    @Test func issueTextShowsLocationWarningAndField() {
        let issue = Issue(
            .membersBelowMinimum, ["count": "3", "minimum": "5"], field: "cooperative.members.total", severity: .warning,
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
        let issue = Issue(.fieldRequired, ["field": "price"], field: "price")
        #expect(issue.nested(under: "products[2]").field == "products[2].price")
        #expect(Issue(.expectedMapping).nested(under: "products[2]").field == "products[2]")
        let here = SourceLocation(file: "a.yaml", line: 3)
        let located = issue.located(at: here)
        #expect(located.location == here)
        #expect(located.located(at: SourceLocation(file: "b.yaml")).location == here)
        #expect(SourceLocation(file: "a.csv").description == "a.csv")
        #expect(here.description == "a.yaml:3")
    }

    @Test func errorsFilterOutWarnings() {
        let warning = Issue(.membersBelowMinimum, severity: .warning)
        let error = Issue(.iceInvalid)
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
