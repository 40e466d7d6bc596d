import LuaHost
import TiwiziCore
import TiwiziStore

/// `Product` in Lua: a read-only view whose fields are read from the Swift record on access.
/// A field named after a linked record (`cooperative`, `know_how`) gives its view, `…_id` or
/// `…_ids` its id (docs/lua-api.md, "Classes").
enum ProductClass {
    static func make(_ session: CatalogSession) -> LuaUserdataClass<Product> {
        LuaUserdataClass<Product>("Product") { product in
            product.field("sku") { $0.sku }
            product.field("name") { $0.name.french }
            product.field("names") { LuaObject($0.name) }
            product.field("description") { $0.description?.french }
            product.field("category") { $0.category.path }
            product.field("quantity") { Double($0.quantity.thousandths) / 1000 }
            product.field("unit") { $0.quantity.unit.rawValue }
            product.field("price") { LuaMoney($0.price) }
            product.field("vat") { $0.vat.rawValue }
            product.field("vat_rate") { $0.vat.ratePercent }
            product.field("stock") { p -> Int? in if case .inStock(let units) = p.availability { units } else { nil } }
            product.field("made_to_order") { p -> Bool in if case .madeToOrder = p.availability { true } else { false } }
            product.field("lead_days") { p -> Int? in if case .madeToOrder(let days) = p.availability { days } else { nil } }
            product.field("region") { session.region(of: $0).map { LuaObject($0) } }
            product.field("origin_place") { $0.origin?.place }
            product.field("cooperative_id") { $0.cooperativeID }
            product.field("cooperative") { LuaObject(try session.cooperative(of: $0)) }
            product.field("allergens") { $0.allergens }
            product.field("certificates") { $0.certificates.map { LuaObject($0) } }
            product.field("know_how") { p in
                try session.knowHow(p.knowHowIDs, of: "products", row: p.sku).map { LuaObject($0) }
            }
            product.field("know_how_ids") { $0.knowHowIDs }
            product.field("producer_floor") { $0.producerFloor?.description }
            product.field("floor") { p in try session.producerMinimum(of: p).map { LuaMoney($0) } }
            product.method("in_category") { p, args in
                try args.checkArity(2...2)
                let text = try args.argument(2, as: String.self)
                // A misspelt category would otherwise make a rule silently never apply.
                guard let prefix = Category(text) else {
                    throw LuaArgumentError(position: 2, "category expected such as food.oil, got '\(text)'")
                }
                return .value(p.category.isWithin(prefix))
            }
            product.method("certificate") { p, args in
                try args.checkArity(2...3)
                let scheme = try args.argument(2, as: String.self)
                // A misspelt scheme would otherwise never find a certificate, silently.
                guard try session.scheme(scheme) != nil else {
                    throw LuaArgumentError(position: 2, TextParsing.message(CatalogError.notFound(.schemes, key: scheme)))
                }
                let day = try LuaConversions.day(args, at: 3, default: session.context.today)
                return .value(p.certificates.first { $0.schemeID == scheme && $0.isValid(on: day) }.map { LuaObject($0) })
            }
            product.equals { $0.sku == $1.sku }
            product.tostring { "Product \($0.sku)" }
        }
    }
}
