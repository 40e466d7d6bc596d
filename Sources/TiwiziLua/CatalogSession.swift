import TiwiziCore
import TiwiziStore

/// What the Lua views of one run reach: the catalog snapshot being read and the run's inputs.
/// Lives only as long as the run's read transaction.
final class CatalogSession {
    let reader: any CatalogReader
    let context: RunContext
    /// Log lines written with `tiwizi.log`, in order.
    var log: [String] = []

    init(reader: any CatalogReader, context: RunContext) {
        self.reader = reader
        self.context = context
    }

    /// Cooperatives' seats already looked up. The session reads one snapshot, so a seat cannot
    /// change during it; without this, every `p.region` was an SQL query (docs/benchmarks.md).
    private var seats: [String: Region?] = [:]

    /// A product's region: its origin, else its cooperative's seat.
    func region(of product: Product) -> Region? {
        if let origin = product.origin?.region { return origin }
        if let seat = seats[product.cooperativeID] { return seat }
        let seat = reader.cooperativeRegion(product.cooperativeID)
        seats[product.cooperativeID] = seat
        return seat
    }
}
