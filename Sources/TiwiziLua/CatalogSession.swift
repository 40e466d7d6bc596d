import LuaHost
import TiwiziCore
import TiwiziStore

/// What the Lua views of one run reach: the catalog snapshot being read and the run's inputs.
/// Bound to one read transaction: for one run, or, in a sandbox that outlives snapshots
/// (`CatalogSandbox`), to each request's snapshot in turn (`rebind`).
final class CatalogSession {
    private var snapshot: (any CatalogReader)?
    private(set) var context: RunContext
    /// Log lines written with `tiwizi.log`, in order.
    var log: [String] = []

    init(reader: (any CatalogReader)?, context: RunContext) {
        snapshot = reader
        self.context = context
    }

    /// The snapshot being read. Views only run inside a read transaction: reading the catalog
    /// with no snapshot bound is a host's mistake, not a script's.
    var reader: any CatalogReader {
        guard let snapshot else { preconditionFailure("the catalog was read outside a read snapshot") }
        return snapshot
    }

    /// Runs `body` with `reader`'s queries stopped midway once the script whose host call made
    /// them is out of time or instructions, or cancelled (`LuaHostCall.mustStop`).
    static func stoppingQueries<T>(of reader: any CatalogReader, _ body: () throws -> T) rethrows -> T {
        try reader.interruptible(when: { LuaHostCall.mustStop }, body)
    }

    /// Reads `reader` (nil: none) at `context` from now on, forgetting what was looked up in the
    /// snapshot before: another snapshot may hold other records.
    func rebind(to reader: (any CatalogReader)?, context: RunContext) {
        snapshot = reader
        self.context = context
        seats = [:]
        schemes = [:]
        knowHows = [:]
        cooperatives = [:]
        log = []
    }

    /// Cooperatives' seats already looked up. The session reads one snapshot, so a seat cannot
    /// change during it; without this, every `p.region` was an SQL query (docs/performance.md).
    private var seats: [String: Region?] = [:]
    /// Schemes and know-how already looked up, found or not (`p:certificate(id)` checks its id
    /// on every call, `p.know_how` reads the same few records again and again).
    private var schemes: [String: CertificationScheme?] = [:]
    private var knowHows: [String: KnowHow?] = [:]
    /// Cooperatives already read: `p.floor` reads the cooperative of every product without a
    /// floor of its own, and a catalog has far fewer cooperatives than products.
    private var cooperatives: [String: Cooperative] = [:]

    /// A product's region: its origin, else its cooperative's seat.
    func region(of product: Product) -> Region? {
        if let origin = product.origin?.region { return origin }
        if let seat = seats[product.cooperativeID] { return seat }
        let seat = reader.cooperativeRegion(product.cooperativeID)
        seats[product.cooperativeID] = seat
        return seat
    }

    /// The least `product`'s cooperative receives per unit: from the product's own floor, else
    /// from its cooperative's (read only then); nil when neither has one.
    func producerMinimum(of product: Product) throws -> Money? {
        try product.producerMinimum(cooperative: product.producerFloor == nil ? try cooperative(of: product) : nil)
    }

    /// The certification scheme `id`, or nil when the catalog has none.
    func scheme(_ id: String) throws -> CertificationScheme? {
        if let known = schemes[id] { return known }
        let scheme = try reader.certificationScheme(id)
        schemes[id] = scheme
        return scheme
    }

    // Linked records. The catalog's foreign keys guarantee that they exist, so a missing one is
    // damage, a host error: never a silent `nil`, nor a list shorter than its ids.

    /// The cooperative that makes `product`.
    func cooperative(of product: Product) throws -> Cooperative {
        if let known = cooperatives[product.cooperativeID] { return known }
        let cooperative = try Self.linked(
            try reader.cooperative(product.cooperativeID), product.cooperativeID, table: "products", row: product.sku,
            column: "cooperative_id")
        cooperatives[product.cooperativeID] = cooperative
        return cooperative
    }

    /// The scheme that issued `certificate`.
    func scheme(of certificate: Certificate) throws -> CertificationScheme {
        let id = certificate.schemeID
        return try Self.linked(try scheme(id), id, table: "certificates", row: certificate.number, column: "scheme_id")
    }

    /// The know-how `ids` of `row` in `table` (a product's or a cooperative's), in their order.
    func knowHow(_ ids: [String], of table: String, row: String) throws -> [KnowHow] {
        try ids.map { id in
            if knowHows[id] == nil { knowHows[id] = try reader.knowHow(id) }
            return try Self.linked(knowHows[id] ?? nil, id, table: table, row: row, column: "know_how")
        }
    }

    private static func linked<Record>(_ record: Record?, _ id: String, table: String, row: String, column: String) throws
        -> Record
    {
        guard let record else {
            throw CatalogError.danglingReference(table: table, row: row, column: column, id: id)
        }
        return record
    }
}
