import Foundation
import Testing

/// `add` never silently overwrites: adding a record whose key exists is refused, names the
/// `update` command, and leaves the stored record as it was, for every kind `add` writes.
@Suite("add never overwrites")
struct AddNeverOverwritesTests {
    struct AddCase: Sendable, CustomTestStringConvertible {
        let kind: String
        let key: String
        let message: String
        var testDescription: String { "\(kind) add \(key)" }
    }

    @Test(
        "adding an existing key is refused and changes nothing",
        arguments: [
            AddCase(
                kind: "coop", key: "tafoukt-argan",
                message: "error: cooperative tafoukt-argan already exists. Change it with `tiwizi coop update`.\n"),
            AddCase(
                kind: "product", key: "TAF-ARG-250",
                message: "error: a product with SKU TAF-ARG-250 already exists (cooperative tafoukt-argan). "
                    + "Change it with `tiwizi product update`.\n"),
            AddCase(
                kind: "know-how", key: "argan-oil-extraction",
                message: "error: know-how argan-oil-extraction already exists. Change it with `tiwizi know-how update`.\n"),
        ])
    func existingKeyIsRefused(_ add: AddCase) async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let before = try await workspace.run(add.kind, "show", add.key, "--json")
        #expect(before.status == 0, "\(before)")

        let refused = try await workspace.run(add.kind, "add", add.key, "--name-fr", "Écrasé")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr == add.message, "\(refused)")

        let after = try await workspace.run(add.kind, "show", add.key, "--json")
        #expect(after.stdout == before.stdout, "\(after)")
    }
}
