import Foundation
import Testing

/// Two `tiwizi` processes writing the same catalog at once: both succeed, no update is lost.
@Suite("Concurrent writers")
struct ConcurrentWriterTests {
    @Test("two processes each add 30 units, one at a time: the stock grows by exactly 60")
    func concurrentStockChangesAreNeverLost() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        // Each writer is a shell loop of 30 separate `tiwizi` runs, so the two interleave freely.
        let writer = """
            for i in $(seq 30); do
              "$TIWIZI" product update TAF-ARG-250 --stock-change 1 >/dev/null || exit 1
            done
            """
        async let first = workspace.shell(writer)
        async let second = workspace.shell(writer)
        let results = try await [first, second]
        for result in results {
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr == "")
        }
        let argan = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(argan["stock"] as? Int == 120 + 60)
    }

    @Test("two imports of different cooperatives at once both land")
    func concurrentImportsBothLand() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write(Fixture.tamdakhtPath, Fixture.tamdakht)
        try workspace.write(Fixture.ouarzazatePath, Fixture.ouarzazate)
        async let first = workspace.run("import", Fixture.tamdakhtPath)
        async let second = workspace.run("import", Fixture.ouarzazatePath)
        let results = try await [first, second]
        for result in results {
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("cooperatives: 1 added, 0 updated, 0 unchanged"), "\(result)")
        }
        let list = try await workspace.run("coop", "list")
        #expect(Set(Output.firstColumn(list.stdout)) == Fixture.seedCooperatives.union(["tamdakht", "tiwizi-ouarzazate"]))
        let products = try Output.jsonRecords(try await workspace.run("product", "list", "--json").stdout)
        #expect(products.count == 37 + 3)
    }
}
