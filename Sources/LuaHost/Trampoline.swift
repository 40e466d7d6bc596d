// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// A Swift function Lua can call. Arguments keep Lua's positions (for methods, `self` is 1).
public typealias LuaFunctionBody = (LuaArguments) throws -> LuaReturn

/// The Swift side of something the C trampoline calls: a host function or a class's fields.
class HostTarget {
    /// Pushes results and returns their count, or throws.
    func invoke(_ arguments: LuaArguments, op: Int32, arg: Int64) throws -> Int32 {
        fatalError("abstract")
    }
}

final class FunctionTarget: HostTarget {
    let body: LuaFunctionBody

    init(_ body: @escaping LuaFunctionBody) { self.body = body }

    override func invoke(_ arguments: LuaArguments, op: Int32, arg: Int64) throws -> Int32 {
        try body(arguments).push(into: arguments.stack)
    }
}

/// The Swift entry of the trampoline (`clua_invoke` in Sources/CLuaSandbox/trampoline.c). It
/// never raises a Lua error: it catches every Swift error and returns a status, and the C side
/// raises the Lua error after this frame is gone.
enum Trampoline {
    static func invoke(_ L: OpaquePointer?, _ target: UnsafeMutableRawPointer?, _ op: Int32, _ arg: lua_Integer) -> Int32 {
        guard let L, let target, let owner = clua_control(L).pointee.owner else { return Int32(CLUA_RERAISE) }
        // Both objects are kept alive by the state (the target by the Lua value being called):
        // borrow them without retaining, on the hot path of every field access.
        return Unmanaged<LuaState>.fromOpaque(owner)._withUnsafeGuaranteedRef { state in
            Unmanaged<HostTarget>.fromOpaque(target)._withUnsafeGuaranteedRef { host in
                do {
                    return try host.invoke(LuaArguments(L, state), op: op, arg: arg)
                } catch {
                    return state.raise(error, on: L)
                }
            }
        }
    }
}

/// A Swift error that is not meant for scripts, held by the host error object raised in its
/// place (released when Lua collects that object).
final class HostFailure {
    let error: any Error

    init(_ error: any Error) { self.error = error }
}

extension LuaState {
    /// Pushes what the trampoline will raise for `error` and returns the matching status.
    ///
    /// Errors written for scripts (``LuaArgumentError``, ``LuaScriptError``, LuaHost's own
    /// ``LuaError``s) are raised as their message. Any other error is raised as a host error
    /// object: scripts see a generic message, and ``failure(status:on:)`` recognises the object
    /// itself and reports the Swift error with its details to the host.
    func raise(_ error: any Error, on L: OpaquePointer) -> Int32 {
        // LUA_MINSTACK slots are guaranteed to a C function, but results may have used them.
        guard lua_checkstack(L, 2) != 0 else { return Int32(CLUA_RERAISE) }
        let stack = LuaStack(L, self)
        switch error {
        case let error as LuaArgumentError:
            stack.pushString(Self.bounded(error.message))
            control.pointee.error_arg = Int32(clamping: error.position)
            return Int32(CLUA_RAISE_ARG)
        case let error as LuaScriptError:
            stack.pushString(Self.bounded(error.message))
            return Int32(CLUA_RAISE)
        case let error as LuaError:
            if let nested = error.nested, pushNestedFailure(nested, on: L) {
                return Int32(CLUA_RERAISE)  // the original error object (a limit stays tripped)
            }
            if case .host(_, _, let underlying) = error.kind { return raiseHostError(underlying, on: L) }
            stack.pushString(Self.bounded(error.message))
            return Int32(CLUA_RAISE)
        default:
            return raiseHostError(error, on: L)
        }
    }

    /// A message as scripts receive it: at most ``LuaError/maximumMessageBytes`` of it, so that a
    /// message quoting a huge argument holds no copy of it in the state.
    private static func bounded(_ message: String) -> String {
        LuaError.bounded(message, limit: LuaError.maximumMessageBytes)
    }

    /// Pushes a host error object holding `error`: its details never reach the script.
    private func raiseHostError(_ error: any Error, on L: OpaquePointer) -> Int32 {
        clua_push_host_error(L, Unmanaged.passRetained(HostFailure(error)).toOpaque())
        return Int32(CLUA_RERAISE)
    }

    /// Calls the Lua function at `index` of `L` from inside a host function, in a protected
    /// call (it cannot yield across the host: Lua reports that as an error).
    func callNested(on L: OpaquePointer, functionAt index: Int32, _ arguments: [any LuaPushable]) throws(LuaError) -> [LuaValue] {
        let base = lua_gettop(L)
        defer { lua_settop(L, base) }
        let stack = LuaStack(L, self)
        try stack.reserve(arguments.count + 3, for: "arguments")
        clua_push_message_handler(L)
        lua_pushvalue(L, index)
        for argument in arguments { try argument.push(into: stack) }
        let status = protectedCall(L, argumentCount: Int32(arguments.count))
        guard status == LUA_OK else {
            var error = failure(status: status, on: L)
            let reference = luaL_ref(L, clua_registryindex())  // pops the error object
            nestedFailures.insert(reference)
            error.nested = NestedFailure(sandboxID: id, runID: control.pointee.run_id, reference: reference)
            throw error
        }
        var values: [LuaValue] = []
        var reader = ValueReader(L: L, state: self)
        var position = base + 2
        while position <= lua_gettop(L) {
            do {
                values.append(try reader.read(position))
            } catch {
                throw conversionError(error.message)
            }
            position += 1
        }
        return values
    }

    /// Pushes the error object a nested call of this run failed with, once; `false` if
    /// `nested` belongs to another sandbox or run, or was raised already.
    private func pushNestedFailure(_ nested: NestedFailure, on L: OpaquePointer) -> Bool {
        guard nested.sandboxID == id, nested.runID == control.pointee.run_id,
            nestedFailures.remove(nested.reference) != nil
        else { return false }
        lua_rawgeti(L, clua_registryindex(), lua_Integer(nested.reference))
        luaL_unref(L, clua_registryindex(), nested.reference)
        return true
    }

    /// Forgets the error objects of nested calls that failed in the run that ends.
    func releaseNestedFailures() {
        guard !nestedFailures.isEmpty else { return }
        for reference in nestedFailures { luaL_unref(L, clua_registryindex(), reference) }
        nestedFailures.removeAll()
    }
}
