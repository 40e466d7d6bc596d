import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGenerator

@Suite("Generator: seeds and sizes")
struct DeterminismTests {
    @Test("The same seed and sizes give the same bytes")
    func sameSeedSameBytes() throws {
        let first = try GeneratedFiles(CatalogGenerator(cooperatives: 60, products: 700, seed: 42))
        let second = try GeneratedFiles(CatalogGenerator(cooperatives: 60, products: 700, seed: 42))
        #expect(first == second)
        #expect(first.products.count > 50_000)
    }

    @Test("Another seed gives other cooperatives and products, the same schemes and know-how")
    func otherSeedOtherBytes() throws {
        let first = try GeneratedFiles(CatalogGenerator(cooperatives: 60, products: 700, seed: 1))
        let second = try GeneratedFiles(CatalogGenerator(cooperatives: 60, products: 700, seed: 2))
        #expect(first.cooperatives != second.cooperatives)
        #expect(first.products != second.products)
        #expect(first.schemes == second.schemes && first.knowHow == second.knowHow)
    }

    @Test(
        "The files hold exactly the cooperatives and products asked for",
        arguments: [
            (1, 0), (1, 25), (5, 3), (50, 20), (30, 1_000), (100, 100), (7, 7_001),
        ])
    func exactCounts(cooperatives: Int, products: Int) throws {
        let files = try GeneratedFiles(CatalogGenerator(cooperatives: cooperatives, products: products, seed: 3))
        #expect(GeneratedFiles.rows(files.cooperatives).count == cooperatives)
        #expect(GeneratedFiles.rows(files.products).count == products)
        #expect(GeneratedFiles.rows(files.schemes).count == 16)
        #expect(GeneratedFiles.rows(files.knowHow).count == 17)
    }

    @Test("Products are shared out exactly: at least one each, most cooperatives few, some many")
    func share() {
        var random = Xoshiro256(seed: 9)
        let counts = CatalogGenerator.share(600_000, among: 61_000, &random).map(Int.init)
        #expect(counts.reduce(0, +) == 600_000)
        #expect(counts.allSatisfy { $0 >= 1 })
        let sorted = counts.sorted()
        #expect(sorted[sorted.count / 2] <= 5, "the median cooperative has a few products")
        #expect(sorted.last! >= 100, "some have many")
        let fewer = CatalogGenerator.share(20, among: 50, &random).map(Int.init)
        #expect(fewer.reduce(0, +) == 20 && fewer.allSatisfy { $0 >= 0 })
    }

    @Test("Progress counts every record, and reaches the total")
    func progress() throws {
        var reports: [Int] = []
        let generator = CatalogGenerator(cooperatives: 300, products: 9_000, seed: 1)
        try generator.writeCooperatives(to: { _ in }, products: { _ in }, progress: { reports.append($0) })
        #expect(reports.last == 9_300)
        #expect(reports == reports.sorted() && reports.count > 2)
    }

    @Test("xoshiro256** draws the reference sequence, and bounded draws stay in range")
    func generator() {
        // The first outputs for seed 0, from an independent implementation of the reference algorithms.
        var random = Xoshiro256(seed: 0)
        let first = (0..<3).map { _ in random.next() }
        #expect(first == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
        for bound: UInt64 in [1, 2, 3, 7, 100, 1 << 40, .max] {
            for _ in 0..<200 { #expect(random.below(bound) < bound) }
        }
        var counts = [Int](repeating: 0, count: 3)
        let table = WeightedTable([(0, 1), (1, 0), (2, 3)])
        for _ in 0..<4_000 { counts[table.draw(&random)] += 1 }
        #expect(counts[1] == 0)
        #expect((2_700...3_300).contains(counts[2]))
    }
}
