import Foundation
import NaiveLuaHost
import TiwiziCore
import TiwiziLua

/// The host-overhead suite: one pricing rule over every product, through Tiwizi's engine (each
/// product a lazy view, sandbox limits on) and through `NaiveLuaHost`, a minimal C embedding
/// of the same liblua5.4 that builds a table of the product's plain fields for every call.
/// Both call the same function of the same rule set source and must come to the same prices.
enum HostOverhead {
    static let engineRow = "engine, 1 rule reading two fields (the host-overhead rule)"
    static let naiveRow = "naive C host, a table per product, no sandbox"

    /// The rule: a product's category and whether it is made to order decide its margin or discount.
    static let ruleSet = """
        return {
          name = "bench-host", version = "1.0.0", api = "2.0", description = {fr = "Banc d'essai", ar = "اختبار الأداء"},
          rules = {
            {
              name = "by-category", priority = 100, funded_by = "marketplace",
              price = function(p)
                if p.made_to_order then return {markup_percent = 20} end
                if p.category:sub(1, 5) == "food." then return {percent_off = 10} end
                return {markup_percent = 15}
              end,
            },
          },
        }
        """
    static let folder: BenchmarkRules.Folder = ["pricing/host.lua": ruleSet]

    /// The C host with its own copy of the products, as C structs.
    final class NaiveHost {
        private let host: OpaquePointer
        private let products: UnsafeMutableBufferPointer<naive_product>
        private var strings: [UnsafeMutablePointer<CChar>] = []

        init(products source: [Product], regions: (Product) -> Region?) {
            var error = [CChar](repeating: 0, count: 512)
            let bytes = Array(HostOverhead.ruleSet.utf8)
            guard
                let host = bytes.withUnsafeBufferPointer({ buffer in
                    buffer.withMemoryRebound(to: CChar.self) { naive_host_open($0.baseAddress, $0.count, &error, error.count) }
                })
            else { fatalError("NaiveLuaHost: \(Self.message(error))") }
            self.host = host
            products = .allocate(capacity: source.count)
            for (index, product) in source.enumerated() {
                let (stock, leadDays): (Int64, Int64) =
                    switch product.availability {
                    case .inStock(let units): (Int64(units), -1)
                    case .madeToOrder(let days): (-1, Int64(days))
                    }
                products[index] = naive_product(
                    sku: copy(product.sku), name: copy(product.name.french), category: copy(product.category.path),
                    unit: copy(product.quantity.unit.rawValue), vat: copy(product.vat.rawValue),
                    cooperative_id: copy(product.cooperativeID), origin_place: copy(product.origin?.place),
                    region: copy(regions(product)?.code), quantity: Double(product.quantity.thousandths) / 1000,
                    price: product.price.minorUnits, vat_rate: Int64(product.vat.ratePercent), stock: stock,
                    made_to_order: leadDays >= 0 ? 1 : 0, lead_days: leadDays)
            }
        }

        deinit {
            naive_host_close(host)
            for string in strings { free(string) }
            products.deallocate()
        }

        /// Prices every product once; the sum of their final prices, in centimes.
        func priceAll() -> Int64 {
            var total: Int64 = 0
            var error = [CChar](repeating: 0, count: 512)
            guard naive_host_price(host, products.baseAddress, products.count, &total, &error, error.count) == 0 else {
                fatalError("NaiveLuaHost: \(Self.message(error))")
            }
            return total
        }

        private static func message(_ buffer: [CChar]) -> String {
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }

        private func copy(_ text: String?) -> UnsafePointer<CChar>? {
            guard let text, let copied = strdup(text) else { return nil }
            strings.append(copied)
            return UnsafePointer(copied)
        }
    }
}
