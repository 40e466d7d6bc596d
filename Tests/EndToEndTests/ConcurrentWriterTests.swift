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

    /// Operations per writer: `TIWIZI_OPERATIONS` (the documented run: 200, docs/reliability.md),
    /// else 24 in the suite.
    static let operations = max(4, Int(ProcessInfo.processInfo.environment["TIWIZI_OPERATIONS"] ?? "") ?? 24) / 4 * 4

    @Test("8 writers add, update, change stock and remove at once: every operation lands, the catalog is the model")
    func eightWritersMatchTheModel() async throws {
        let workspace = try Workspace()
        try await workspace.importSeed()
        let cycles = Self.operations / 4
        // Each cycle of a writer: add a product, update its price, add one unit to a product all
        // writers share, remove the product of the cycle before.
        func writer(_ id: Int) -> String {
            """
            c=0
            while [ $c -lt \(cycles) ]; do
              "$TIWIZI" product add CW\(id)-P$c --coop tafoukt-argan --name-fr "Produit \(id) $c" \\
                --category food.oil.argan --quantity 250 --unit ml --price 100 --stock 5 >/dev/null || exit 1
              "$TIWIZI" product update CW\(id)-P$c --price $((100 + c)) >/dev/null || exit 2
              "$TIWIZI" product update TAF-ARG-250 --stock-change 1 >/dev/null || exit 3
              if [ $c -gt 0 ]; then "$TIWIZI" product remove CW\(id)-P$((c - 1)) >/dev/null || exit 4; fi
              c=$((c + 1))
            done
            """
        }
        // A reader meanwhile: the shared stock never goes down, every listing is whole JSON.
        let reader = """
            for i in $(seq \(cycles)); do
              "$TIWIZI" product show TAF-ARG-250 --json | grep '"stock"' || exit 1
              "$TIWIZI" product list --json > list.json && tail -c 2 list.json | grep -q ']' || exit 2
            done
            """
        let results = try await withThrowingTaskGroup(of: (Int, Tiwizi.Result).self) { group in
            for id in 0..<8 { group.addTask { (id, try await workspace.shell(writer(id))) } }
            group.addTask { (8, try await workspace.shell(reader)) }
            return try await group.reduce(into: [Int: Tiwizi.Result]()) { $0[$1.0] = $1.1 }
        }
        for id in 0...8 {
            let result = try #require(results[id])
            #expect(result.status == 0 && result.stderr == "", "\(id == 8 ? "reader" : "writer \(id)"): \(result)")
        }
        let stocks = (results[8]?.lines ?? []).compactMap { line in Int(line.filter(\.isNumber)) }
        #expect(stocks.count == cycles && stocks == stocks.sorted(), "\(stocks)")
        // The model: each writer's last product, at its last price; the shared stock up by every change.
        let listed = try Output.jsonRecords(try await workspace.run("product", "list", "--json").stdout)
        let written = listed.compactMap { $0["sku"] as? String }.filter { $0.hasPrefix("CW") }
        #expect(written == (0..<8).map { "CW\($0)-P\(cycles - 1)" })
        for record in listed where (record["sku"] as? String)?.hasPrefix("CW") == true {
            #expect(record["price"] as? String == "\(100 + cycles - 1).00", "\(record)")
        }
        let argan = try Output.jsonRecord(try await workspace.run("product", "show", "TAF-ARG-250", "--json").stdout)
        #expect(argan["stock"] as? Int == 120 + 8 * cycles)
    }
}
