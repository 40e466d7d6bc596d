import LuaHost

/// A catalog-like product, exposed as a lazy view.
struct Product: Sendable {
    var id: Int
    var name: String
    var price: Money
    var labels: [String]
}

/// Money over integer minor units, the shape of the catalog's future Money userdata.
struct Money: Sendable, Equatable {
    var minor: Int64
    var currency: String
}

/// Counts field reads, to show fields are computed on access only.
final class ReadCounter {
    var reads = 0
}

func moneyClass() -> LuaUserdataClass<Money> {
    LuaUserdataClass<Money>("Money") { money in
        money.field("minor") { $0.minor }
        money.field("currency") { $0.currency }
        money.method("percent") { money, args in
            let rate = try args.argument(2, as: Double.self)
            return .value(LuaObject(Money(minor: Int64((Double(money.minor) * rate / 100).rounded()), currency: money.currency)))
        }
        money.tostring { money in
            let units = money.minor / 100
            let cents = abs(money.minor % 100)
            return "\(units).\(cents < 10 ? "0" : "")\(cents) \(money.currency)"
        }
        money.equals { $0 == $1 }
        money.metamethod(.add) { args in try combine(args) { $0 + $1 } }
        money.metamethod(.sub) { args in try combine(args) { $0 - $1 } }
        money.metamethod(.unm) { args in
            let money = try args.object(1, as: Money.self)
            return .value(LuaObject(Money(minor: -money.minor, currency: money.currency)))
        }
        money.metamethod(.mul) { args in
            // money * n or n * money
            let (money, factor) =
                try args.objectIfPresent(1, as: Money.self).map { ($0, try args.argument(2, as: Int64.self)) }
                ?? (try args.object(2, as: Money.self), try args.argument(1, as: Int64.self))
            return .value(LuaObject(Money(minor: money.minor * factor, currency: money.currency)))
        }
        money.metamethod(.lt) { args in try compare(args) { $0 < $1 } }
        money.metamethod(.le) { args in try compare(args) { $0 <= $1 } }
        money.metamethod(.concat) { args in
            func text(_ position: Int) throws -> String {
                if let money = args.objectIfPresent(position, as: Money.self) {
                    return "\(money.minor) \(money.currency)"
                }
                return try args.argument(position, as: String.self)
            }
            return .value(try text(1) + text(2))
        }
    }
}

private func sameCurrency(_ args: LuaArguments) throws -> (Money, Money) {
    let lhs = try args.object(1, as: Money.self)
    let rhs = try args.object(2, as: Money.self)
    guard lhs.currency == rhs.currency else {
        throw LuaScriptError("currencies differ: \(lhs.currency) and \(rhs.currency)")
    }
    return (lhs, rhs)
}

private func combine(_ args: LuaArguments, _ operation: (Int64, Int64) -> Int64) throws -> LuaReturn {
    let (lhs, rhs) = try sameCurrency(args)
    return .value(LuaObject(Money(minor: operation(lhs.minor, rhs.minor), currency: lhs.currency)))
}

private func compare(_ args: LuaArguments, _ operation: (Int64, Int64) -> Bool) throws -> LuaReturn {
    let (lhs, rhs) = try sameCurrency(args)
    return .value(operation(lhs.minor, rhs.minor))
}

func productClass(counter: ReadCounter = ReadCounter()) -> LuaUserdataClass<Product> {
    LuaUserdataClass<Product>("Product") { product in
        product.field("id") { $0.id }
        product.field("name") { product -> String in
            counter.reads += 1
            return product.name
        }
        product.field("price") { LuaObject($0.price) }
        product.field("labels") { $0.labels }
        product.method("has_label") { product, args in
            .value(product.labels.contains(try args.argument(2, as: String.self)))
        }
        product.tostring { "Product \($0.id)" }
        product.equals { $0.id == $1.id }
    }
}

let argan = Product(id: 7, name: "Argan oil", price: Money(minor: 12_050, currency: "MAD"), labels: ["bio", "fair"])
let saffron = Product(id: 9, name: "Saffron", price: Money(minor: 4_000, currency: "MAD"), labels: [])

/// A sandbox with Money, Product, `money(minor, currency)`, `product` (argan) and `products()`.
func makeCatalogSandbox(counter: ReadCounter = ReadCounter(), limits: SandboxLimits = testLimits) throws -> LuaSandbox {
    let sandbox = try makeSandbox(limits: limits)
    sandbox.register(moneyClass())
    sandbox.register(productClass(counter: counter))
    try sandbox.define("money") { args in
        .value(LuaObject(Money(minor: try args.argument(1, as: Int64.self), currency: try args.argument(2, as: String.self))))
    }
    try sandbox.define("product", LuaObject(argan))
    try sandbox.define("products") { _ in
        .value(LuaHostFunction.iterator(over: [argan, saffron].map { LuaObject($0) }))
    }
    try sandbox.define("percent") { args in
        try args.checkArity(2...2)
        return .value(try args.argument(1, as: Double.self) * (try args.argument(2, as: Double.self)) / 100)
    }
    return sandbox
}
