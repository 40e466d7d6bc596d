import LuaHost
import TiwiziCore
import TiwiziLua

/// The cart as a cart rule sees it (`cart`): its lines, priced by the product rules and by the
/// cart rules before this one, the coupons given and the customer. Read-only.
struct CartView: Sendable {
    let cart: Cart
    let state: CartState
    let products: [String: Product]

    /// One line as a cart rule sees it.
    struct Line: Sendable {
        let state: CartLineState
        let product: Product
    }

    static func luaClasses() -> (LuaUserdataClass<CartView>, LuaUserdataClass<Line>) {
        let cart = LuaUserdataClass<CartView>("Cart") { cart in
            cart.field("lines") { view in
                view.state.lines.compactMap { line in view.products[line.sku].map { LuaObject(Line(state: line, product: $0)) } }
            }
            cart.field("subtotal") { LuaMoney($0.state.total) }
            cart.field("customer") { $0.cart.customer }
            cart.field("coupons") { $0.cart.coupons.sorted() }
            cart.method("quantity") { view, args in
                try args.checkArity(2...2)
                let selector = try args.argument(2, as: LuaValue.self)
                let matches: (CartLineState) -> Bool
                switch selector {
                case .string:
                    guard let category = selector.stringValue.flatMap(Category.init) else {
                        throw LuaArgumentError(position: 2, "category expected such as food.honey, or a list of SKUs")
                    }
                    matches = { $0.category.isWithin(category) }
                case .table(let list):
                    let skus = Set(list.array.compactMap(\.stringValue))
                    matches = { skus.contains($0.sku) }
                default: throw LuaArgumentError(position: 2, "category or list of SKUs expected, got \(selector.typeName)")
                }
                return .value(view.state.lines.filter(matches).reduce(0) { $0 + $1.quantity })
            }
            cart.method("has_coupon") { view, args in
                try args.checkArity(2...2)
                return .value(view.cart.coupons.contains(try args.argument(2, as: String.self).uppercased()))
            }
            cart.tostring { "Cart \($0.state.lines.count) lines \($0.state.total)" }
        }
        let line = LuaUserdataClass<Line>("CartLine") { line in
            line.field("sku") { $0.state.sku }
            line.field("quantity") { $0.state.quantity }
            line.field("product") { LuaObject($0.product) }
            line.field("unit_price") { LuaMoney($0.state.unitPrice) }
            line.field("total") { LuaMoney($0.state.total) }
            line.tostring { "CartLine \($0.state.sku) × \($0.state.quantity)" }
        }
        return (cart, line)
    }
}
