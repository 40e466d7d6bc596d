import CLua
import CLuaSandbox

/// A Swift closure pushed as a Lua function. Each push makes a new Lua function; Lua keeps
/// the closure alive until the function is collected.
public struct LuaHostFunction: LuaPushable {
    let body: LuaFunctionBody
    let heldBytes: Int

    /// - Parameter heldBytes: memory the host keeps for this function while it lives (an open
    ///   cursor's), counted against the script's memory cap.
    public init(holding heldBytes: Int = 0, _ body: @escaping LuaFunctionBody) {
        self.body = body
        self.heldBytes = heldBytes
    }

    public func push(into stack: LuaStack) {
        stack.state.pushHostFunction(body, holding: heldBytes, on: stack.L)
    }

    /// An iterator for Lua's generic `for`: each call returns `next()`; `nil` ends the loop.
    ///
    /// ```swift
    /// try sandbox.define("numbers") { _ in
    ///     var counter = 0
    ///     return .value(LuaHostFunction.iterator { counter += 1; return counter <= 3 ? counter : nil })
    /// }
    /// // for n in numbers() do print(n) end  --> 1 2 3
    /// ```
    public static func iterator(holding heldBytes: Int = 0, _ next: @escaping () throws -> (any LuaPushable)?)
        -> LuaHostFunction
    {
        LuaHostFunction(holding: heldBytes) { _ in
            guard let value = try next() else { return .nothing }
            return .value(value)
        }
    }

    /// An iterator over a Swift sequence, read lazily as the `for` loop advances.
    public static func iterator<S: Sequence>(over sequence: S) -> LuaHostFunction where S.Element: LuaPushable {
        var iterator = sequence.makeIterator()
        return .iterator { iterator.next() }
    }
}

/// A read-only table of named values (functions, constants, nested libraries), shared by
/// all scripts: `catalog.products`, `tiwizi.api`.
public struct LuaLibrary: LuaPushable {
    let members: [(String, any LuaPushable)]

    public init(_ members: KeyValuePairs<String, any LuaPushable>) {
        self.members = members.map { ($0.key, $0.value) }
    }

    /// A table of members built at run time (a record a host hands to a script).
    public init(members: [(String, any LuaPushable)]) {
        self.members = members
    }

    public func push(into stack: LuaStack) throws(LuaError) {
        try stack.reserve(3, for: "library")
        lua_createtable(stack.L, 0, Int32(clamping: members.count))
        for (name, value) in members {
            stack.pushString(name)
            try value.push(into: stack)
            lua_rawset(stack.L, -3)
        }
        clua_make_readonly(stack.L)
    }
}
