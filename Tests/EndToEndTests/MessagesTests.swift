import Foundation
import Testing

/// Messages in French and English, `--help` everywhere, `--version`.
@Suite("Messages, help and version")
struct MessagesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let environment: [String: String?]
        let arguments: [String]
        let stderr: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "LANG=fr_FR.UTF-8, missing file", environment: ["LANG": "fr_FR.UTF-8"], arguments: ["import", "absent.csv"],
            stderr: """
                absent.csv : fichier ou dossier introuvable.
                Échec de l'import : 1 problème ; le catalogue n'a pas été modifié.

                """),
        Case(
            name: "LANG=fr_FR.UTF-8, unknown product", environment: ["LANG": "fr_FR.UTF-8"],
            arguments: ["product", "show", "NOPE-1"],
            stderr: "erreur : aucun produit de référence « NOPE-1 ». Voir `tiwizi product list`.\n"),
        Case(
            name: "LANG=fr_FR.UTF-8, bad price", environment: ["LANG": "fr_FR.UTF-8"],
            arguments: ["product", "update", "TAF-ARG-250", "--price", "abc"],
            stderr: "erreur : price : « abc » n'est pas un prix : "),
        Case(
            name: "LC_MESSAGES=fr overrides LANG=C", environment: ["LANG": "C", "LC_MESSAGES": "fr_FR.UTF-8"],
            arguments: ["product", "show", "NOPE-1"],
            stderr: "erreur : aucun produit de référence « NOPE-1 ». Voir `tiwizi product list`.\n"),
        Case(
            name: "LC_ALL=C overrides LANG=fr", environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C"],
            arguments: ["product", "show", "NOPE-1"],
            stderr: "error: no product with SKU “NOPE-1”. See `tiwizi product list`.\n"),
        Case(
            name: "LANG=en_US.UTF-8", environment: ["LANG": "en_US.UTF-8"], arguments: ["import", "absent.csv"],
            stderr: """
                absent.csv: no such file or folder.
                Import failed with 1 problem; the catalog was not changed.

                """),
    ]

    @Test("error messages follow LANG, LC_MESSAGES and LC_ALL", arguments: cases)
    func errorMessagesFollowTheLocale(_ test: Case) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let result = try await workspace.run(test.arguments, environment: test.environment)
        #expect(result.status == 1, "\(result)")
        // A case's text is the whole message, or (ending in ": ") its beginning.
        if test.stderr.hasSuffix(": ") {
            #expect(result.stderr.hasPrefix(test.stderr) && result.errorLines.count == 1, "\(result.stderr)")
        } else {
            #expect(result.stderr == test.stderr)
        }
    }

    @Test("a refused import explains itself in French, with file, row and field")
    func frenchImport() async throws {
        let workspace = try Workspace(language: "fr_FR.UTF-8")
        try await workspace.importSeed()
        let before = try await workspace.snapshot()
        try workspace.write("cooperatives.csv", Fixture.tamdakhtCSV.edited(",MA-08,", to: ",MA-13,"))
        let result = try await workspace.run("import", "cooperatives.csv")
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr == """
                cooperatives.csv:2: region : région « MA-13 » inconnue ; utilisez un code de MA-01 à MA-12. Voir `tiwizi regions`.
                Échec de l'import : 1 problème ; le catalogue n'a pas été modifié.

                """)
        #expect(try await workspace.snapshot() == before)

        let summary = try await workspace.run("import", Tiwizi.seedCatalog.path)
        #expect(summary.stdout.contains("produits : 0 ajout, 0 mise à jour, 37 sans changement"), "\(summary)")
        let table = try await workspace.run("product", "list", "--coop", "tafoukt-argan")
        #expect(table.lines.first?.hasPrefix("Référence") == true, "\(table)")
        #expect(table.lines.contains { $0.hasPrefix("TAF-ARG-250 ") && Output.plain($0).contains("145,00 DH") })
    }

    static let commands: [String] = [
        "", "coop", "coop add", "coop list", "coop show", "coop update", "coop remove", "product", "product add",
        "product list", "product show", "product update", "product remove", "know-how", "know-how add", "know-how list",
        "know-how show", "know-how update", "know-how link", "scheme", "scheme list", "regions", "import", "export",
        "run", "rules",
    ]

    @Test("--help works on every command and shows an example", arguments: commands)
    func helpWorksOnEveryCommandWithAnExample(_ command: String) async throws {
        let workspace = try Workspace()
        let words = command.split(separator: " ").map(String.init)
        let result = try await workspace.run(words + ["--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Example"), "\(result.stdout)")
        #expect(result.stdout.contains("USAGE: tiwizi \(command)"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: workspace.catalog.path), "help never opens the catalog")
    }

    @Test("every command listed under SUBCOMMANDS, including ones added later, has help with an example")
    func helpOfDiscoveredCommands() async throws {
        let workspace = try Workspace()
        var found: [String] = []
        var pending = [""]
        while let command = pending.popLast() {
            let words = command.split(separator: " ").map(String.init)
            let help = try await workspace.run(words + ["--help"])
            #expect(help.status == 0, "\(command): \(help)")
            #expect(help.stdout.contains("Example"), "tiwizi \(command) --help has no example")
            found.append(command)
            let lines = help.lines.drop { $0 != "SUBCOMMANDS:" }.dropFirst().prefix { !$0.isEmpty }
            for line in lines where line.hasPrefix("  ") && !line.hasPrefix("   ") {
                guard let name = line.split(separator: " ").first, name != "help" else { continue }
                pending.append(words.isEmpty ? String(name) : "\(command) \(name)")
            }
        }
        #expect(Set(found).isSuperset(of: Self.commands), "not found: \(Set(Self.commands).subtracting(found))")
    }

    @Test("--version names the SQLite linked in")
    func versionNamesTheLinkedSQLite() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("--version")
        #expect(result.status == 0, "\(result)")
        #expect(Output.matches(result.stdout, #"^tiwizi \d+\.\d+\.\d+ \(.*SQLite 3\.\d+\.\d+.*\)\n$"#), "\(result.stdout)")
    }

    @Test("an unknown command or option is a usage error, not a crash")
    func usageErrors() async throws {
        let workspace = try Workspace()
        let command = try await workspace.run("cooperative", "list")
        #expect(command.status == 64, "\(command)")
        #expect(command.stderr.contains("unexpected arguments: 'cooperative', 'list'"), "\(command)")
        let option = try await workspace.run("product", "list", "--colour", "red")
        #expect(option.status == 64, "\(option)")
        #expect(option.stderr.contains("--colour"), "\(option)")
    }
}
