import LuaHost

/// A catalog-like product, exposed as a lazy view.
struct Product: Sendable {
    var id: Int
    var name: String
    var price: Amount
    var labels: [String]
}

/// An amount over integer minor units, exposed as a Swift class: the generic userdata machinery
/// under test (LuaHost's own Money is a C value, `LuaMoney`; see MoneyValueTests).
struct Amount: Sendable, Equatable {
    var minor: Int64
    var currency: String
}

/// Counts field reads, to show fields are computed on access only.
final class ReadCounter {
    var reads = 0
}

func amountClass() -> LuaUserdataClass<Amount> {
    LuaUserdataClass<Amount>("Amount") { amount in
        amount.field("minor") { $0.minor }
        amount.field("currency") { $0.currency }
        amount.method("percent") { amount, args in
            let rate = try args.argument(2, as: Double.self)
            return .value(
                LuaObject(Amount(minor: Int64((Double(amount.minor) * rate / 100).rounded()), currency: amount.currency)))
        }
        amount.tostring { amount in
            let units = amount.minor / 100
            let cents = abs(amount.minor % 100)
            return "\(units).\(cents < 10 ? "0" : "")\(cents) \(amount.currency)"
        }
        amount.equals { $0 == $1 }
        amount.metamethod(.add) { args in try combine(args) { $0 + $1 } }
        amount.metamethod(.sub) { args in try combine(args) { $0 - $1 } }
        amount.metamethod(.unm) { args in
            let amount = try args.object(1, as: Amount.self)
            return .value(LuaObject(Amount(minor: -amount.minor, currency: amount.currency)))
        }
        amount.metamethod(.mul) { args in
            // amount * n or n * amount
            let (amount, factor) =
                try args.objectIfPresent(1, as: Amount.self).map { ($0, try args.argument(2, as: Int64.self)) }
                ?? (try args.object(2, as: Amount.self), try args.argument(1, as: Int64.self))
            return .value(LuaObject(Amount(minor: amount.minor * factor, currency: amount.currency)))
        }
        amount.metamethod(.lt) { args in try compare(args) { $0 < $1 } }
        amount.metamethod(.le) { args in try compare(args) { $0 <= $1 } }
        amount.metamethod(.concat) { args in
            func text(_ position: Int) throws -> String {
                if let amount = args.objectIfPresent(position, as: Amount.self) {
                    return "\(amount.minor) \(amount.currency)"
                }
                return try args.argument(position, as: String.self)
            }
            return .value(try text(1) + text(2))
        }
    }
}

private func sameCurrency(_ args: LuaArguments) throws -> (Amount, Amount) {
    let lhs = try args.object(1, as: Amount.self)
    let rhs = try args.object(2, as: Amount.self)
    guard lhs.currency == rhs.currency else {
        throw LuaScriptError("currencies differ: \(lhs.currency) and \(rhs.currency)")
    }
    return (lhs, rhs)
}

private func combine(_ args: LuaArguments, _ operation: (Int64, Int64) -> Int64) throws -> LuaReturn {
    let (lhs, rhs) = try sameCurrency(args)
    return .value(LuaObject(Amount(minor: operation(lhs.minor, rhs.minor), currency: lhs.currency)))
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

let argan = Product(id: 7, name: "Argan oil", price: Amount(minor: 12_050, currency: "MAD"), labels: ["bio", "fair"])
let saffron = Product(id: 9, name: "Saffron", price: Amount(minor: 4_000, currency: "MAD"), labels: [])

/// A sandbox with Amount, Product, `amount(minor, currency)`, `product` (argan) and `products()`.
func makeCatalogSandbox(counter: ReadCounter = ReadCounter(), limits: SandboxLimits = testLimits) throws -> LuaSandbox {
    let sandbox = try makeSandbox(limits: limits)
    sandbox.register(amountClass())
    sandbox.register(productClass(counter: counter))
    try sandbox.define("amount") { args in
        .value(LuaObject(Amount(minor: try args.argument(1, as: Int64.self), currency: try args.argument(2, as: String.self))))
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
