// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// The one place where Lua's failure statuses become ``LuaError``s.
extension LuaState {
    /// The error of a failed protected call whose error object is on top of `L`. A tripped
    /// limit wins over whatever the error object says: the script may have caught and
    /// replaced the original error before the guards raised it again.
    func failure(status: Int32, on L: OpaquePointer) -> LuaError {
        let script = run?.script ?? ""
        return LuaError(script: script, kind: failureKind(status: status, on: L))
    }

    private func failureKind(status: Int32, on L: OpaquePointer) -> LuaError.Kind {
        let limits = run?.limits ?? .default
        let c = control.pointee
        switch Int(c.tripped) {
        case CLUA_TRIP_INSTRUCTIONS:
            return .instructionLimit(used: Int(c.instructions), limit: limits.instructions)
        case CLUA_TRIP_TIMEOUT:
            let elapsed = clua_now_ns() &- (run?.startNanoseconds ?? clua_now_ns())
            return .timeout(elapsed: .nanoseconds(Int64(clamping: elapsed)), limit: limits.timeout)
        case CLUA_TRIP_CANCEL:
            return .cancelled
        case CLUA_TRIP_MEMORY:
            return .memoryLimit(used: Self.bytes(c.wanted), limit: limits.memoryBytes)
        case CLUA_TRIP_OUTPUT:
            return .outputLimit(used: c.output, limit: limits.maxOutputBytes)
        default:
            break
        }
        if status == LUA_ERRMEM {
            return .memoryLimit(used: max(Self.bytes(c.wanted), Self.bytes(c.used)), limit: limits.memoryBytes)
        }
        let traceback = take(CLUA_TRACEBACK, on: L, atMost: LuaError.maximumTracebackBytes) ?? ""
        let position = take(CLUA_WHERE, on: L, atMost: LuaError.maximumMessageBytes)
        let top = lua_gettop(L)
        // A host error is recognised by identity: only the trampoline makes these objects.
        if let raw = clua_box_object(L, top, CLUA_HOST_ERROR_MAGIC) {
            let error = Unmanaged<HostFailure>.fromOpaque(raw).takeUnretainedValue().error
            clua_push_host_error_where(L, top)
            var callSite = string(at: -1, on: L) ?? ""
            clua_pop(L, 1)
            if callSite.isEmpty, let position { callSite = position + " " }
            let message = LuaError.bounded(callSite + String(describing: error), limit: LuaError.maximumMessageBytes)
            return .host(message: message, traceback: traceback, underlying: error)
        }
        var message = describeError(at: top, on: L)
        if let position, !Self.hasPosition(message) { message = position + " " + message }
        return .runtime(message: message, traceback: traceback)
    }

    /// A C `size_t` count of bytes (imported as `Int`): one past `Int.max`, as a request that
    /// saturated at `SIZE_MAX` is, reads as `Int.max` rather than negative.
    private static func bytes(_ count: Int) -> Int { Int(clamping: UInt(bitPattern: count)) }

    /// A string the message handler left in the registry (and clears it).
    private func take(_ key: String, on L: OpaquePointer, atMost limit: Int) -> String? {
        lua_getfield(L, clua_registryindex(), key)
        let text = string(at: -1, on: L, atMost: limit)
        clua_pop(L, 1)
        lua_pushnil(L)
        lua_setfield(L, clua_registryindex(), key)
        return text
    }

    /// Whether a message starts with a position, `chunk:LINE:`.
    static func hasPosition(_ message: String) -> Bool {
        guard let separator = message.range(of: ": ") else { return false }
        let head = message[..<separator.lowerBound]
        guard let colon = head.lastIndex(of: ":") else { return false }
        let line = head[head.index(after: colon)...]
        return !line.isEmpty && line.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A message for any error object. Tables and userdata are described with their
    /// `__tostring` in a protected call; if that fails, or there is none, by their type.
    func describeError(at index: Int32, on L: OpaquePointer) -> String {
        let index = lua_absindex(L, index)
        switch lua_type(L, index) {
        case LUA_TSTRING:
            return string(at: index, on: L, atMost: LuaError.maximumMessageBytes) ?? ""
        case LUA_TNUMBER:
            lua_pushvalue(L, index)
            defer { clua_pop(L, 1) }
            var length = 0
            let chars = lua_tolstring(L, -1, &length)  // converts the copy, not the original
            return String(decoding: UnsafeRawBufferPointer(start: chars, count: length), as: UTF8.self)
        default:
            break
        }
        let type = typeName(at: index, on: L)
        guard lua_checkstack(L, 3) != 0 else { return "(error object is a \(type) value)" }
        guard luaL_getmetafield(L, index, "__tostring") != LUA_TNIL else {
            return "(error object is a \(type) value)"
        }
        clua_pop(L, 1)
        clua_push_describe(L)
        lua_pushvalue(L, index)
        let wasHost = control.pointee.host
        control.pointee.host = 0
        let status = clua_pcall(L, 1, 1, 0)
        control.pointee.host = wasHost
        defer { clua_pop(L, 1) }
        if status == LUA_OK, let text = string(at: -1, on: L, atMost: LuaError.maximumMessageBytes) { return text }
        return "(error object is a \(type) value; its __tostring failed)"
    }

    /// The type name for messages: a host class's name, or Lua's type name.
    func typeName(at index: Int32, on L: OpaquePointer) -> String {
        if LuaMoney(at: index, on: L) != nil { return "Money" }
        if let raw = clua_box_object(L, index, CLUA_OBJECT_MAGIC) {
            let box = Unmanaged<AnyUserdataBox>.fromOpaque(raw).takeUnretainedValue()
            if let name = classes[box.typeID]?.name { return name }
        }
        return String(cString: lua_typename(L, lua_type(L, index)))
    }
}
