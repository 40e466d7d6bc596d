// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// Value bridging: Lua → ``LuaValue`` (bounded, cycle-checked, raw access only, so it never
/// runs Lua code or raises) and ``LuaValue`` → Lua.
extension LuaState {
    /// Converts the values from `first` to the top of the main stack (a run's results).
    func readResults(from first: Int32) throws(LuaError) -> [LuaValue] {
        var reader = ValueReader(L: L, state: self)
        var values: [LuaValue] = []
        var index = first
        while index <= lua_gettop(L) {
            do {
                values.append(try reader.read(index))
            } catch {
                throw conversionError("cannot return value #\(index - first + 1): \(error.message)")
            }
            index += 1
        }
        return values
    }

    /// Converts one value of `L`'s stack; the stack is left as found.
    func value(at index: Int32, on L: OpaquePointer) throws(ConversionFailure) -> LuaValue {
        // Scalars, the usual arguments, fit every limit: no pre-pass, no reader.
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE:
            lastConversionWork = ConversionWork(measured: 1, built: 1)
            return .nil
        case LUA_TBOOLEAN:
            lastConversionWork = ConversionWork(measured: 1, built: 1)
            return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            lastConversionWork = ConversionWork(measured: 1, built: 1)
            var isInteger: Int32 = 0
            let integer = lua_tointegerx(L, index, &isInteger)
            return lua_isinteger(L, index) != 0 && isInteger != 0 ? .integer(integer) : .number(lua_tonumberx(L, index, nil))
        default:
            break
        }
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        var reader = ValueReader(L: L, state: self)
        return try reader.read(index)
    }

    func push(_ value: LuaValue, into stack: LuaStack, depth: Int) throws(LuaError) {
        let L = stack.L
        switch value {
        case .nil: lua_pushnil(L)
        case .boolean(let flag): lua_pushboolean(L, flag ? 1 : 0)
        case .integer(let integer): lua_pushinteger(L, integer)
        case .number(let number): lua_pushnumber(L, number)
        case .string(let bytes): stack.pushBytes(bytes)
        case .function(let function): try pushAnchored(function, on: L)
        case .userdata(let userdata): try pushObject(userdata.box, on: L)
        case .money(let money): try money.push(into: stack)
        case .table(let table):
            guard depth < LuaValue.maximumDepth else {
                throw conversionError("table nested deeper than \(LuaValue.maximumDepth) levels")
            }
            try stack.reserve(3, for: "table")
            lua_createtable(L, Int32(clamping: table.array.count), Int32(clamping: table.hash.count))
            for (offset, element) in table.array.enumerated() {
                try push(element, into: stack, depth: depth + 1)
                lua_rawseti(L, -2, lua_Integer(offset + 1))
            }
            for (key, element) in table.hash {
                if case .nil = key { continue }  // not a valid key in Lua
                if case .number(let number) = key, number.isNaN { continue }
                try push(key, into: stack, depth: depth + 1)
                try push(element, into: stack, depth: depth + 1)
                lua_rawset(L, -3)
            }
            if stack.readOnly { clua_make_readonly(L) }
        }
    }

    /// Pushes a boxed Swift value with its class's metatable (for an interned class, the
    /// userdata of its key if there is one already).
    func pushObject(_ box: AnyUserdataBox, on L: OpaquePointer) throws(LuaError) {
        guard let installed = classes[box.typeID] else {
            throw conversionError("no Lua class is registered for \(type(of: box.anyValue))")
        }
        guard lua_checkstack(L, 4) != 0 else { throw conversionError("Lua's stack is full") }
        if let interning = installed.interning {
            pushInterned(interning.key(of: box), of: installed, on: L) { box }
        } else {
            clua_push_box(L, CLUA_OBJECT_MAGIC, Unmanaged.passRetained(box).toOpaque(), installed.metatable)
        }
    }

    /// Pushes a Swift value of a registered class; makes a box only when a new userdata is needed.
    func pushObject<Object: Sendable>(_ value: Object, on L: OpaquePointer) throws(LuaError) {
        guard let installed = classes[ObjectIdentifier(Object.self)] else {
            throw conversionError("no Lua class is registered for \(Object.self)")
        }
        guard lua_checkstack(L, 4) != 0 else { throw conversionError("Lua's stack is full") }
        if let interning = installed.interning {
            // The interning of the class registered for `Object` is an `Interning<Object>`.
            let key = unsafeDowncast(interning, to: Interning<Object>.self).key(value)
            pushInterned(key, of: installed, on: L) { UserdataBox(value) }
        } else {
            clua_push_box(L, CLUA_OBJECT_MAGIC, Unmanaged.passRetained(UserdataBox(value)).toOpaque(), installed.metatable)
        }
    }

    /// Pushes the userdata interned under `key`, made with `box` and kept the first time.
    private func pushInterned(_ key: String, of installed: InstalledClass, on L: OpaquePointer, _ box: () -> AnyUserdataBox) {
        let stack = LuaStack(L, self)
        lua_rawgeti(L, clua_registryindex(), lua_Integer(installed.interned))
        stack.pushString(key)
        if lua_rawget(L, -2) == LUA_TUSERDATA {
            lua_rotate(L, -2, 1)
            clua_pop(L, 1)
            return
        }
        clua_pop(L, 1)
        clua_push_box(L, CLUA_OBJECT_MAGIC, Unmanaged.passRetained(box()).toOpaque(), installed.metatable)
        stack.pushString(key)
        lua_pushvalue(L, -2)
        lua_rawset(L, -4)
        lua_rotate(L, -2, 1)
        clua_pop(L, 1)
    }

    // MARK: Function references

    /// Anchors the function at `index` in the registry; the same function gets the same reference.
    func anchor(_ index: Int32, on L: OpaquePointer) -> LuaFunctionReference {
        let index = lua_absindex(L, index)
        lua_getfield(L, clua_registryindex(), RegistryKey.anchorIDs)
        lua_pushvalue(L, index)
        if lua_rawget(L, -2) == LUA_TNUMBER {
            let reference = Int32(truncatingIfNeeded: lua_tointegerx(L, -1, nil))
            clua_pop(L, 2)
            return LuaFunctionReference(sandboxID: id, reference: reference)
        }
        clua_pop(L, 1)
        lua_getfield(L, clua_registryindex(), RegistryKey.anchors)
        lua_pushvalue(L, index)
        let reference = luaL_ref(L, -2)
        clua_pop(L, 1)
        lua_pushvalue(L, index)
        lua_pushinteger(L, lua_Integer(reference))
        lua_rawset(L, -3)
        clua_pop(L, 1)
        return LuaFunctionReference(sandboxID: id, reference: reference)
    }

    func pushAnchored(_ function: LuaFunctionReference, on L: OpaquePointer) throws(LuaError) {
        guard function.sandboxID == id else { throw conversionError("the function belongs to another sandbox") }
        guard lua_checkstack(L, 2) != 0 else { throw conversionError("Lua's stack is full") }
        lua_getfield(L, clua_registryindex(), RegistryKey.anchors)
        let type = lua_rawgeti(L, -1, lua_Integer(function.reference))
        lua_rotate(L, -2, -1)
        clua_pop(L, 1)
        guard type == LUA_TFUNCTION else {
            clua_pop(L, 1)
            throw conversionError("the function reference was released")
        }
    }

    func release(_ function: LuaFunctionReference) {
        guard function.sandboxID == id, lua_checkstack(L, 3) != 0 else { return }
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        lua_getfield(L, clua_registryindex(), RegistryKey.anchors)
        guard lua_rawgeti(L, -1, lua_Integer(function.reference)) == LUA_TFUNCTION else { return }
        lua_getfield(L, clua_registryindex(), RegistryKey.anchorIDs)
        lua_rotate(L, -2, 1)
        lua_pushnil(L)
        lua_rawset(L, -3)
        luaL_unref(L, top + 1, function.reference)
    }
}

/// Why a Lua value could not become a ``LuaValue``.
struct ConversionFailure: Error {
    let message: String
}

/// Converts Lua values with raw access only. Bounded in depth, in total values and in total
/// string bytes (shared subtables are converted each time they appear, so a small Lua value
/// could otherwise expand exponentially), and refuses cycles.
///
/// Each value is first measured by `clua_measure` (C, builds nothing), which walks it exactly as
/// ``build(_:)`` will and checks every limit on the way: a refused value costs at most
/// ``LuaValue/maximumElements`` cheap steps and no Swift value at all, and a value that passes
/// is built knowing that it fits.
struct ValueReader {
    let L: OpaquePointer
    let state: LuaState
    /// The limits and what the pre-pass counted, carried over the values of one conversion.
    private var measure = clua_Measure()
    /// Values built, and the depth of the table being built. The pre-pass has checked the
    /// limits already; these only guarantee that building stays bounded regardless.
    private var built = 0
    private var depth = 0

    init(L: OpaquePointer, state: LuaState) {
        self.L = L
        self.state = state
        measure.max_elements = lua_Integer(LuaValue.maximumElements)
        measure.max_bytes = LuaValue.maximumBytes
        measure.max_depth = Int32(LuaValue.maximumDepth)
        assert(LuaValue.maximumDepth <= CLUA_MEASURE_MAX_DEPTH, "clua_measure's path holds fewer levels")
    }

    /// What this reader did so far: values walked by the pre-pass and values built.
    var work: ConversionWork { ConversionWork(measured: Int(measure.elements), built: built) }

    mutating func read(_ index: Int32) throws(ConversionFailure) -> LuaValue {
        defer { state.lastConversionWork = work }
        let status = clua_measure(L, index, &measure)
        guard status == CLUA_MEASURE_OK else { throw refusal(status) }
        return try build(index)
    }

    private func refusal(_ status: Int32) -> ConversionFailure {
        switch status {
        case Int32(CLUA_MEASURE_ELEMENTS):
            return ConversionFailure(message: "value has more than \(LuaValue.maximumElements) elements")
        case Int32(CLUA_MEASURE_BYTES):
            return ConversionFailure(message: "value holds more than \(LuaValue.maximumBytes) bytes of strings")
        case Int32(CLUA_MEASURE_DEPTH):
            return ConversionFailure(message: "table nested deeper than \(LuaValue.maximumDepth) levels")
        case Int32(CLUA_MEASURE_STACK):
            return ConversionFailure(message: "Lua's stack is full")
        case Int32(CLUA_MEASURE_CYCLE):
            return ConversionFailure(message: "table contains a cycle (a table that contains itself)")
        case Int32(CLUA_MEASURE_USERDATA):
            return ConversionFailure(message: "a userdata value cannot leave the sandbox")
        default:
            let type = String(cString: lua_typename(L, measure.refused_type))
            return ConversionFailure(message: "a \(type) value cannot leave the sandbox")
        }
    }

    /// Builds the value at `index`, which `clua_measure` accepted.
    private mutating func build(_ index: Int32) throws(ConversionFailure) -> LuaValue {
        let index = lua_absindex(L, index)
        built += 1
        guard built <= LuaValue.maximumElements else {
            throw ConversionFailure(message: "value has more than \(LuaValue.maximumElements) elements")
        }
        if let plain = Self.plainValue(at: index, on: L) { return plain }
        switch lua_type(L, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TTABLE:
            return try buildTable(index)
        case LUA_TFUNCTION:
            return .function(state.anchor(index, on: L))
        case LUA_TLIGHTUSERDATA:
            // Money, the only light userdata scripts hold (an amount that fits in its bits).
            guard let money = LuaMoney(at: index, on: L) else {
                throw ConversionFailure(message: "a light userdata value cannot leave the sandbox")
            }
            return .money(money)
        case LUA_TUSERDATA:
            if let raw = clua_box_object(L, index, CLUA_OBJECT_MAGIC) {
                let box = Unmanaged<AnyUserdataBox>.fromOpaque(raw).takeUnretainedValue()
                return .userdata(LuaUserdata(box: box, typeName: state.typeName(at: index, on: L)))
            }
            if let money = LuaMoney(at: index, on: L) { return .money(money) }
            throw ConversionFailure(message: "a userdata value cannot leave the sandbox")
        default:
            let type = String(cString: lua_typename(L, lua_type(L, index)))
            throw ConversionFailure(message: "a \(type) value cannot leave the sandbox")
        }
    }

    /// The boolean, number or string at `index`; nil for a value of any other type.
    static func plainValue(at index: Int32, on L: OpaquePointer) -> LuaValue? {
        switch lua_type(L, index) {
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(L, index) != 0)
        case LUA_TNUMBER:
            var isInteger: Int32 = 0
            let integer = lua_tointegerx(L, index, &isInteger)
            return lua_isinteger(L, index) != 0 && isInteger != 0 ? .integer(integer) : .number(lua_tonumberx(L, index, nil))
        case LUA_TSTRING:
            var length = 0
            let chars = lua_tolstring(L, index, &length)
            return .string(Array(UnsafeRawBufferPointer(start: chars, count: length)))
        default:
            return nil
        }
    }

    /// The pre-pass refused cycles, and nothing can add one before the build (no Lua code runs;
    /// a collection can only clear weak entries): `depth` and `built` bound the build anyway.
    private mutating func buildTable(_ given: Int32) throws(ConversionFailure) -> LuaValue {
        guard depth < LuaValue.maximumDepth else {
            throw ConversionFailure(message: "table nested deeper than \(LuaValue.maximumDepth) levels")
        }
        guard lua_checkstack(L, 4) != 0 else { throw ConversionFailure(message: "Lua's stack is full") }
        // A read-only proxy (library or host data) converts as the table behind it.
        let index = clua_push_proxied(L, given) != 0 ? lua_gettop(L) : given
        defer { if index != given { clua_pop(L, 1) } }
        depth += 1
        defer { depth -= 1 }

        var table = LuaTable()
        var next: lua_Integer = 1
        while lua_rawgeti(L, index, next) != LUA_TNIL {
            table.array.append(try build(-1))
            clua_pop(L, 1)
            next += 1
        }
        clua_pop(L, 1)
        lua_pushnil(L)
        while lua_next(L, index) != 0 {
            var isInteger: Int32 = 0
            let key = lua_tointegerx(L, -2, &isInteger)
            if lua_isinteger(L, -2) != 0, isInteger != 0, key >= 1, key < next {
                clua_pop(L, 1)  // already in the array part
                continue
            }
            let keyValue = try build(-2)
            table.hash[keyValue] = try build(-1)
            clua_pop(L, 1)
        }
        return .table(table)
    }
}

/// What converting Lua values cost: values walked by the pre-pass (`clua_measure`) and values
/// built as ``LuaValue``s (tables, keys and values each count one).
struct ConversionWork: Equatable {
    var measured = 0
    var built = 0
}
