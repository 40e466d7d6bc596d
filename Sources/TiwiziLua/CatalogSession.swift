import TiwiziCore
import TiwiziStore

/// What the Lua views of one run reach: the catalog snapshot being read and the run's inputs.
/// Lives only as long as the run's read transaction.
final class CatalogSession {
    let reader: CatalogReader
    let context: RunContext
    /// Log lines written with `tiwizi.log`, in order.
    var log: [String] = []

    init(reader: CatalogReader, context: RunContext) {
        self.reader = reader
        self.context = context
    }

    /// A product's region: its origin, else its cooperative's seat.
    func region(of product: Product) -> Region? {
        product.origin?.region ?? reader.cooperativeRegion(product.cooperativeID)
    }
}
