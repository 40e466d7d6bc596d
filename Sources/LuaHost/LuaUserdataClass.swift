import CLua
import CLuaSandbox

/// How Lua sees a Swift type: a read-only userdata whose fields are computed on access
/// ("lazy views"), with methods and operators.
///
/// Field names are interned: the class's `__index` (C) looks the key up in a Lua table that
/// maps each name to a small integer, and Swift receives that integer, so no `String` is built
/// per access. Writing a field fails (`attempt to write read-only field 'name' of Product`),
/// reading an unknown one too (`Product has no field 'colour'`), both at the script's line.
/// The metatable is protected: `getmetatable(p)` returns the class name.
///
/// ```swift
/// let products = LuaUserdataClass<Product>("Product") { product in
///     product.field("name") { $0.name }
///     product.field("price") { $0.price }               // a LuaMoney: Money, a C value
///     product.method("has_label") { product, args in
///         .value(product.labels.contains(try args.argument(2, as: String.self)))
///     }
///     product.tostring { "Product \($0.id)" }
///     product.equals { $0.id == $1.id }
/// }
/// sandbox.register(products)
/// try sandbox.define("first", LuaObject(catalog.products[0]))
/// ```
public final class LuaUserdataClass<Object: Sendable> {
    /// The name scripts see in messages and from `getmetatable`.
    public let name: String
    let definition: Definition

    public init(_ name: String, _ define: (inout Definition) -> Void) {
        self.name = name
        var definition = Definition()
        define(&definition)
        self.definition = definition
    }

    /// The fields, methods and operators of a class, in the order they are declared.
    public struct Definition {
        var fields: [(name: String, get: FieldsTarget.Getter)] = []
        var methods: [(name: String, body: LuaFunctionBody)] = []
        var metamethods: [(event: LuaMetamethod, body: LuaFunctionBody)] = []
        var interning: Interning<Object>?

        /// A read-only field computed from the object on each access.
        public mutating func field<Value: LuaPushable>(_ name: String, _ get: @escaping (Object) throws -> Value) {
            precondition(!isDefined(name), "\(name) is already defined")
            fields.append(
                (
                    name,
                    { box, stack in
                        // The class's __index is reachable only through this class's protected
                        // metatable, set only on boxes of `UserdataBox<Object>`: the cast holds.
                        try get(unsafeDowncast(box, to: UserdataBox<Object>.self).value).push(into: stack)
                    }
                ))
        }

        /// A method, called as `object:name(...)`. Arguments keep Lua's positions: `self` is 1.
        public mutating func method(_ name: String, _ body: @escaping (Object, LuaArguments) throws -> LuaReturn) {
            precondition(!isDefined(name), "\(name) is already defined")
            methods.append((name, { arguments in try body(try arguments.object(1), arguments) }))
        }

        /// An operator or other metamethod. Both operands are arguments (1 and 2), and either
        /// may be of another type (`2 * price`): use ``LuaArguments/objectIfPresent(_:as:)``.
        public mutating func metamethod(_ event: LuaMetamethod, _ body: @escaping LuaFunctionBody) {
            precondition(!metamethods.contains { $0.event == event }, "\(event) is already defined")
            metamethods.append((event, body))
        }

        /// What `tostring` and `print` show.
        public mutating func tostring(_ describe: @escaping (Object) -> String) {
            metamethod(.tostring) { arguments in .value(describe(try arguments.object(1))) }
        }

        /// `==` between two objects of this class (Lua only asks when both are userdata).
        public mutating func equals(_ same: @escaping (Object, Object) -> Bool) {
            metamethod(.eq) { arguments in
                guard let lhs = arguments.objectIfPresent(1, as: Object.self),
                    let rhs = arguments.objectIfPresent(2, as: Object.self)
                else { return .value(false) }
                return .value(same(lhs, rhs))
            }
        }

        /// Makes one userdata per `key` and per sandbox: pushing a value whose key was pushed
        /// before gives the same userdata again, made once and kept until the sandbox closes.
        /// For a small, fixed set of values that scripts read often (the twelve regions): a
        /// field returning one then allocates nothing, and equal values are also `rawequal`
        /// and the same table key. Two values with one key must be the same value.
        public mutating func interned(by key: @escaping (Object) -> String) {
            precondition(interning == nil, "the class is already interned")
            interning = Interning(key)
        }

        private func isDefined(_ name: String) -> Bool {
            fields.contains { $0.name == name } || methods.contains { $0.name == name }
        }
    }
}

/// The metamethods a class may define.
public enum LuaMetamethod: String, Sendable, CaseIterable {
    case add = "__add"
    case sub = "__sub"
    case mul = "__mul"
    case div = "__div"
    case mod = "__mod"
    case pow = "__pow"
    case unm = "__unm"
    case idiv = "__idiv"
    case concat = "__concat"
    case len = "__len"
    case eq = "__eq"
    case lt = "__lt"
    case le = "__le"
    case call = "__call"
    case tostring = "__tostring"
}

/// A Swift value pushed as a userdata of the class registered for its type.
public struct LuaObject<Object: Sendable>: LuaPushable {
    public let value: Object

    public init(_ value: Object) { self.value = value }

    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.state.pushObject(value, on: stack.L)
    }
}

/// The key of an interned class's values (``LuaUserdataClass/Definition/interned(by:)``).
class AnyInterning {
    func key(of box: AnyUserdataBox) -> String { fatalError("abstract") }
}

final class Interning<Object: Sendable>: AnyInterning {
    let key: (Object) -> String

    init(_ key: @escaping (Object) -> String) { self.key = key }

    override func key(of box: AnyUserdataBox) -> String {
        // Called only for boxes of the class this interning belongs to.
        key(unsafeDowncast(box, to: UserdataBox<Object>.self).value)
    }
}

/// Reads field `arg` (an interned id) of the object at index 1. Not generic, so that calling a
/// getter needs no type metadata at run time.
final class FieldsTarget: HostTarget {
    typealias Getter = (AnyUserdataBox, LuaStack) throws -> Void
    let getters: [Getter]

    init(_ getters: [Getter]) { self.getters = getters }

    override func invoke(_ arguments: LuaArguments, op: Int32, arg: Int64) throws -> Int32 {
        guard let raw = clua_box_object(arguments.L, 1, CLUA_OBJECT_MAGIC), arg >= 0, arg < getters.count else {
            throw LuaScriptError("invalid field access")
        }
        try getters[Int(arg)](Unmanaged<AnyUserdataBox>.fromOpaque(raw).takeUnretainedValue(), arguments.stack)
        return 1
    }
}

extension LuaState {
    /// Builds the class's metatable: a names table mapping each field to its index and each
    /// method to its function, the fields target, then the metamethods.
    func install<Object>(_ type: LuaUserdataClass<Object>) {
        let key = ObjectIdentifier(Object.self)
        precondition(classes[key] == nil, "a Lua class for \(Object.self) is already registered")
        precondition(!classes.values.contains { $0.name == type.name }, "a Lua class named \(type.name) is already registered")
        precondition(type.name != "Money", "Money is LuaHost's own type (LuaMoney, LuaMoneyClass)")
        let definition = type.definition
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, 8) != 0 else { preconditionFailure("Lua's stack is full") }
        let stack = self.stack

        lua_createtable(L, 0, Int32(definition.fields.count + definition.methods.count))
        for (index, field) in definition.fields.enumerated() {
            stack.pushString(field.name)
            lua_pushinteger(L, lua_Integer(index))
            lua_rawset(L, -3)
        }
        for method in definition.methods {
            stack.pushString(method.name)
            pushHostFunction(method.body, on: L)
            lua_rawset(L, -3)
        }
        clua_push_target(L, Unmanaged.passRetained(FieldsTarget(definition.fields.map { $0.get })).toOpaque())
        clua_push_class_metatable(L, type.name)
        for metamethod in definition.metamethods {
            stack.pushString(metamethod.event.rawValue)
            pushHostFunction(metamethod.body, on: L)
            lua_rawset(L, -3)
        }
        let metatable = luaL_ref(L, clua_registryindex())
        var interned = LUA_NOREF
        if definition.interning != nil {
            lua_createtable(L, 0, 0)
            interned = luaL_ref(L, clua_registryindex())
        }
        classes[key] = InstalledClass(
            name: type.name, metatable: metatable, interning: definition.interning, interned: interned)
    }

    /// The Lua class name for a Swift type, for messages.
    func className<Object>(of type: Object.Type) -> String {
        classes[ObjectIdentifier(type)]?.name ?? String(describing: type)
    }
}
