import Foundation
import TiwiziCore
import TiwiziFormats

/// Writes a made-up national catalog in the CSV import layouts (`schemes.csv`, `know-how.csv`,
/// `cooperatives.csv`, `products.csv`): realistic, valid, and a function of its sizes and seed
/// only, so the same sizes and seed give byte-identical files. Records are written as they are
/// drawn, never all held in memory.
public struct CatalogGenerator: Sendable {
    /// Where bytes go: a file, or memory in tests.
    public typealias Output = (Data) throws -> Void

    /// The number of cooperatives, at least 1.
    public let cooperatives: Int
    /// The number of products, shared out among the cooperatives: most have a few, some many.
    public let products: Int
    public let seed: UInt64

    /// The sizes a generator accepts.
    public static let cooperativeRange = 1...1_000_000
    public static let productRange = 0...100_000_000

    /// - Precondition: `cooperatives` and `products` within `cooperativeRange` and `productRange`.
    public init(cooperatives: Int = 100, products: Int = 1_000, seed: UInt64 = 1) {
        precondition(Self.cooperativeRange.contains(cooperatives) && Self.productRange.contains(products))
        self.cooperatives = cooperatives
        self.products = products
        self.seed = seed
    }

    /// The files written, in the order an import reads them: `schemes.csv`, `know-how.csv`,
    /// `cooperatives.csv`, `products.csv`.
    public static let fileNames = CSVLayout.allCases.map(\.fileName)

    /// The name of the CSV file of `kind`'s records.
    public static func fileName(_ kind: RecordKind) -> String { CSVLayout.of(kind).fileName }

    /// The schemes (the seed's): the same whatever the sizes and seed.
    public func writeSchemes(to output: @escaping Output) throws {
        var table = CSVRecordWriter(layout: .schemes, output: output)
        for scheme in ReferenceData.schemes { try table.write(SchemeRecord.encode(scheme)) }
        try table.flush()
    }

    /// The know-how (the seed's and five more): the same whatever the sizes and seed.
    public func writeKnowHow(to output: @escaping Output) throws {
        var table = CSVRecordWriter(layout: .knowHow, output: output)
        for knowHow in ReferenceData.knowHow { try table.write(KnowHowRecord.encode(knowHow)) }
        try table.flush()
    }

    /// Writes the cooperatives and their products, each to its output, as they are drawn;
    /// `progress` is called now and then with the number of records (cooperatives and products)
    /// written so far, out of `cooperatives + products`.
    public func writeCooperatives(
        to cooperativeOutput: @escaping Output, products productOutput: @escaping Output,
        progress: ((Int) -> Void)? = nil
    ) throws {
        var cooperativeTable = CSVRecordWriter(layout: .cooperatives, output: cooperativeOutput)
        var productTable = CSVRecordWriter(layout: .products, output: productOutput)
        var written = 0
        var reported = 0
        func count() {
            written += 1
            if let progress, written - reported >= 4096 {
                progress(written)
                reported = written
            }
        }
        try generate(
            cooperative: {
                let cooperative = $0
                try cooperativeTable.write(cells: RecordCells.cooperatives.map { $0(cooperative) })
                count()
            },
            product: {
                let product = $0
                try productTable.write(cells: RecordCells.products.map { $0(product) })
                count()
            })
        try cooperativeTable.flush()
        try productTable.flush()
        progress?(written)
    }

    /// Draws the catalog: each cooperative, then each of its products, in file order.
    public func generate(cooperative: (Cooperative) throws -> Void, product: (Product) throws -> Void) rethrows {
        var random = Xoshiro256(seed: seed)
        let counts = Self.share(products, among: cooperatives, &random)
        let cooperativeMaker = CooperativeMaker()
        var productMaker = ProductMaker()
        for serial in 1...cooperatives {
            let owner = cooperativeMaker.make(serial: serial, &random)
            try cooperative(owner.cooperative)
            let families = cooperativeMaker.families(in: owner.cooperative.region)
            let count = Int(counts[serial - 1])
            guard count > 0 else { continue }
            for index in 1...count { try product(productMaker.make(index, of: owner, families: families, &random)) }
        }
    }

    /// How many products each cooperative has, in total exactly `products`: one each (when
    /// there are enough), then the rest in proportion to skewed weights (most cooperatives small,
    /// a few large), by cumulative rounding.
    static func share(_ products: Int, among cooperatives: Int, _ random: inout Xoshiro256) -> [Int32] {
        let tiers = WeightedTable<ClosedRange<Int>>([(1...4, 55), (4...15, 30), (15...60, 12), (60...300, 3)])
        let weights = (0..<cooperatives).map { _ in tiers.draw(&random).randomValue(&random) }
        let base = products >= cooperatives ? 1 : 0
        let rest = products - base * cooperatives
        let total = weights.reduce(0, +)
        var counts = [Int32](repeating: 0, count: cooperatives)
        var cumulative = 0
        var given = 0
        for (index, weight) in weights.enumerated() {
            cumulative += weight
            let upTo = Int((Int64(rest) * Int64(cumulative)) / Int64(total))
            counts[index] = Int32(base + upTo - given)
            given = upTo
        }
        return counts
    }
}
