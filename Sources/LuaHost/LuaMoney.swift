// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// An amount of money as Lua holds it: a whole number of minor units in a currency.
///
/// In Lua, a `LuaMoney` is a C value (Sources/CLuaSandbox/money.c), not a Swift object: a light
/// userdata whose bits hold the amount and its currency, or, for amounts beyond 44 bits of
/// minor units, a small full userdata; no box, no finalizer, and making one allocates nothing.
/// Two equal amounts are the same Lua value. Its operators (`+`, `-`, `*` by an integer, unary
/// `-`, `==`, `<`, `<=`, `..`, `tostring`) and its fields (`minor`, `currency`, `amount`,
/// `is_zero`) are C; its methods are Swift host functions that a ``LuaMoneyClass`` adds.
/// Scripts see the type `userdata` named `Money` (`getmetatable(m) == "Money"`,
/// `Money expected, got number`).
///
/// ```swift
/// try sandbox.define("price", LuaMoney(minorUnits: 14550, currency: LuaCurrency(code: "MAD", minorUnitDigits: 2)))
/// // print(price + price * 2)  --> 436.50 MAD
/// ```
public struct LuaMoney: Sendable, Hashable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: LuaCurrency

    public init(minorUnits: Int64, currency: LuaCurrency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    init(_ money: clua_Money) {
        minorUnits = money.minor
        currency = LuaCurrency(packed: money.code, minorUnitDigits: Int(money.digits))
    }

    /// The amount at `index` of `L`'s stack, if it is Money.
    init?(at index: Int32, on L: OpaquePointer) {
        var money = clua_Money()
        guard clua_get_money(L, index, &money) != 0 else { return nil }
        self.init(money)
    }

    /// What `tostring` gives in Lua: `145.50 MAD`.
    public var description: String {
        let magnitude = minorUnits.magnitude
        var factor: UInt64 = 1
        for _ in 0..<currency.minorUnitDigits { factor *= 10 }
        var text = (minorUnits < 0 ? "-" : "") + String(magnitude / factor)
        if currency.minorUnitDigits > 0 {
            let fraction = String(magnitude % factor)
            text += "." + String(repeating: "0", count: currency.minorUnitDigits - fraction.count) + fraction
        }
        return text + " " + currency.code
    }
}

/// The currency of a ``LuaMoney``: an ISO 4217 code and how many digits its minor unit has.
/// Two amounts combine only when their currencies are equal (code and digits).
public struct LuaCurrency: Sendable, Hashable, CustomStringConvertible {
    /// The code's three letters, the first in the lowest byte (as `clua_Money` holds them).
    let packed: UInt32
    /// How many decimal digits the minor unit has: 2 for MAD, 0 for XOF, 3 for TND.
    public let minorUnitDigits: Int

    /// The most minor-unit digits Lua's Money holds (ISO 4217 uses at most 4).
    public static let maximumMinorUnitDigits = Int(CLUA_MONEY_MAX_DIGITS)

    /// - Precondition: `code` is three uppercase ASCII letters, and `minorUnitDigits` is in
    ///   `0...maximumMinorUnitDigits` (a host's currency table, not script input).
    public init(code: String, minorUnitDigits: Int) {
        var packed: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            precondition(count < 3 && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte), "not an ISO 4217 code: \(code)")
            packed |= UInt32(byte) << (8 * count)
            count += 1
        }
        precondition(count == 3, "not an ISO 4217 code: \(code)")
        precondition(
            (0...Self.maximumMinorUnitDigits).contains(minorUnitDigits), "unsupported minor-unit digits: \(minorUnitDigits)")
        self.init(packed: packed, minorUnitDigits: minorUnitDigits)
    }

    init(packed: UInt32, minorUnitDigits: Int) {
        self.packed = packed
        self.minorUnitDigits = minorUnitDigits
    }

    /// The ISO 4217 code, `MAD`.
    public var code: String {
        String(unsafeUninitializedCapacity: 3) { buffer in
            for index in 0..<3 { buffer[index] = UInt8(truncatingIfNeeded: packed >> (8 * index)) }
            return 3
        }
    }

    public var description: String { code }
}

extension LuaMoney: LuaPushable {
    public func push(into stack: LuaStack) throws(LuaError) {
        // A large amount needs three slots more than the value itself.
        guard lua_checkstack(stack.L, 4) != 0 else { throw stack.state.conversionError("Lua's stack is full") }
        clua_push_money(stack.L, minorUnits, currency.packed, Int32(currency.minorUnitDigits))
    }
}

extension LuaMoney: LuaArgument {
    /// A Money; anything else is `Money expected, got number`.
    public static func read(from arguments: LuaArguments, at position: Int32) throws(LuaArgumentError) -> LuaMoney {
        guard let money = LuaMoney(at: position, on: arguments.L) else {
            throw arguments.typeError(at: position, expected: "Money")
        }
        return money
    }
}

extension LuaArguments {
    /// Argument `position` as Money, or `Money expected, got …`.
    public func money(_ position: Int) throws(LuaArgumentError) -> LuaMoney {
        try LuaMoney.read(from: self, at: Int32(clamping: position))
    }

    /// Argument `position` if it is Money, else `nil` (for functions that take Money or text).
    public func moneyIfPresent(_ position: Int) -> LuaMoney? {
        LuaMoney(at: Int32(clamping: position), on: L)
    }
}

/// The Swift half of Money in Lua: its methods, and what `..` does with operands that are not
/// Money, numbers or strings. The rest of Money is C and the same in every sandbox; a sandbox
/// without a `LuaMoneyClass` has amounts with fields and operators and no methods.
///
/// ```swift
/// sandbox.register(LuaMoneyClass { money in
///     money.method("double") { amount, args in
///         try args.checkArity(1...1)
///         return .value(LuaMoney(minorUnits: amount.minorUnits * 2, currency: amount.currency))
///     }
/// })
/// ```
public struct LuaMoneyClass {
    let definition: Definition

    /// The fields that C serves (Sources/CLuaSandbox/money.c), which methods cannot be named after.
    static let fields = ["minor", "currency", "amount", "is_zero"]
    /// The metamethods that C defines.
    static let metamethods: [LuaMetamethod] = [.add, .sub, .mul, .unm, .div, .idiv, .mod, .eq, .lt, .le, .concat, .tostring]

    public init(_ define: (inout Definition) -> Void) {
        var definition = Definition()
        define(&definition)
        self.definition = definition
    }

    public struct Definition {
        var methods: [(name: String, body: LuaFunctionBody)] = []
        var concat: LuaFunctionBody?

        /// A method, called as `m:name(...)`. Arguments keep Lua's positions: `self` is 1.
        public mutating func method(_ name: String, _ body: @escaping (LuaMoney, LuaArguments) throws -> LuaReturn) {
            precondition(
                !LuaMoneyClass.fields.contains(name) && !methods.contains { $0.name == name }, "\(name) is already defined")
            methods.append((name, { arguments in try body(try arguments.money(1), arguments) }))
        }

        /// What `a .. b` gives when either operand is not Money, a number or a string of valid
        /// UTF-8 (both operands are arguments, 1 and 2, one of them Money). Without it, such a
        /// `..` is `bad argument #2 to 'concat' (cannot concatenate a table)`, and strings that are
        /// not UTF-8 are concatenated as they are.
        public mutating func concat(_ body: @escaping LuaFunctionBody) {
            precondition(concat == nil, "concat is already defined")
            concat = body
        }
    }
}

extension LuaState {
    /// Adds Money's Swift methods and concatenation to the state's Money.
    func install(_ money: LuaMoneyClass) {
        precondition(!moneyInstalled, "Money's methods are already registered")
        moneyInstalled = true
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, 4) != 0 else { preconditionFailure("Lua's stack is full") }
        for method in money.definition.methods {
            pushHostFunction(method.body, on: L)
            let defined = clua_define_money_method(L, method.name)
            precondition(defined != 0, "\(method.name) is a field of Money")
        }
        if let concat = money.definition.concat {
            clua_push_target(L, Unmanaged.passRetained(FunctionTarget(concat)).toOpaque())
            clua_set_money_concat(L)
        }
    }
}
