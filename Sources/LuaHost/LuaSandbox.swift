// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox
import Foundation

/// A sandboxed Lua 5.4 state: an allow-listed library, limits on every run, and Swift
/// functions and types exposed safely. It knows nothing of catalogs.
///
/// Scripts see `assert error getmetatable ipairs load next pairs pcall print rawequal rawget
/// rawlen rawset require select setmetatable tonumber tostring type xpcall collectgarbage`
/// and `string table math utf8 coroutine`, with these changes: `load` compiles text only,
/// `require` reads only `.lua` files in the scripts folder, `print` goes to
/// ``Configuration/output``, `collectgarbage` only counts, `setmetatable` refuses `__gc`,
/// `string.dump` is gone, `math.random` is seeded by the host, library tables are read-only.
/// There is no `io`, `os`, `debug`, `package`, `dofile` or `loadfile`.
///
/// Not `Sendable`: create and use a sandbox on one thread (or inside one actor). Its methods
/// are for use between runs; a Swift function called from Lua uses its ``LuaArguments``.
///
/// ```swift
/// let sandbox = try LuaSandbox(configuration: .init(output: { print($0) }))
/// try sandbox.define("percent") { args in
///     .value(try args.argument(1, as: Double.self) * (try args.argument(2, as: Double.self)) / 100)
/// }
/// let script = try sandbox.load("return percent(200, 15)", name: "rules.lua")
/// let run = try sandbox.run(script)          // run.value == .number(30)
/// print(run.usage.instructions)
/// ```
public final class LuaSandbox {
    public struct Configuration {
        /// Default limits of every run (each run may pass its own).
        public var limits: SandboxLimits
        /// Where `require` finds modules; `nil` disables `require`.
        public var scriptsFolder: URL?
        /// The seed of `math.random` (and of `math.randomseed()` without arguments).
        public var randomSeed: Int64
        /// Receives each line scripts `print`.
        public var output: (String) -> Void

        public init(
            limits: SandboxLimits = .default,
            scriptsFolder: URL? = nil,
            randomSeed: Int64 = 0,
            output: @escaping (String) -> Void = { _ in }
        ) {
            self.limits = limits
            self.scriptsFolder = scriptsFolder
            self.randomSeed = randomSeed
            self.output = output
        }
    }

    let state: LuaState
    /// `scriptName(of:)` of the functions called so far, by reference.
    private var scriptNames: [Int32: String] = [:]

    /// Default limits of runs that do not pass their own.
    public var limits: SandboxLimits

    /// Cancels the run in progress, from any thread.
    public var cancellation: LuaCancellation { state.cancellation }

    /// What the last run used, also when it failed.
    public var lastUsage: LuaUsage { state.lastUsage }

    /// Bytes the Lua state holds now.
    public var memoryInUse: Int { state.control.pointee.used }

    public init(configuration: Configuration = Configuration()) throws(LuaError) {
        state = try LuaState()
        limits = configuration.limits
        let L = state.L
        let output = configuration.output
        let resolver = ModuleResolver(folder: configuration.scriptsFolder)
        clua_push_open_sandbox(L)
        state.pushHostFunction(
            { arguments in
                output(try arguments.outputText(at: 1) { try arguments.argument($0, as: String.self) })
                return .nothing
            }, on: L)
        state.pushHostFunction(
            { arguments in
                resolver.resolve(try arguments.argument(1, as: String.self), maxBytes: arguments.state.control.pointee.max_scan)
            }, on: L)
        guard clua_pcall(L, 2, 0, 0) == LUA_OK else {
            throw LuaError(script: "", kind: .setup(message: state.string(at: -1) ?? "the sandbox library could not be opened"))
        }
        reseed(configuration.randomSeed)
    }

    /// Seeds `math.random` (the same seed gives the same sequence).
    public func reseed(_ seed: Int64) {
        betweenRuns()
        clua_reseed(state.L, lua_Integer(seed))
    }

    /// Makes `value` a global of every script (read-only: tables are frozen).
    public func define(_ name: String, _ value: any LuaPushable) throws(LuaError) {
        betweenRuns()
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let stack = LuaStack(L, state, readOnly: true)
        try stack.reserve(3, for: name)
        clua_push_library(L)
        stack.pushString(name)
        try value.push(into: stack)
        // A library table (`catalog`) names its functions in errors, as stock Lua's do.
        if lua_type(L, -1) == LUA_TTABLE { clua_publish(L, name) }
        lua_rawset(L, -3)
    }

    /// Makes a Swift function a global of every script.
    public func define(_ name: String, _ body: @escaping LuaFunctionBody) throws(LuaError) {
        try define(name, LuaHostFunction(body))
    }

    /// Registers the Lua class of a Swift type, before pushing values of it (``LuaObject``).
    /// One class per Swift type, and per name.
    public func register<Object>(_ type: LuaUserdataClass<Object>) {
        betweenRuns()
        state.install(type)
    }

    /// Gives Money its Swift methods (``LuaMoneyClass``), once per sandbox, before running.
    public func register(_ money: LuaMoneyClass) {
        betweenRuns()
        state.install(money)
    }

    /// Compiles a script (text only) under the sandbox's memory limit.
    public func load(_ source: String, name: String) throws(LuaError) -> LuaScript {
        try load(bytes: Array(source.utf8), name: name)
    }

    /// Compiles a script from its bytes (text only; a binary chunk is a syntax error).
    public func load(bytes: [UInt8], name: String) throws(LuaError) -> LuaScript {
        betweenRuns()
        let reference = try state.compile(bytes, script: name, limits: limits)
        return LuaScript(name: name, reference: reference, state: state)
    }

    /// Runs a script's main chunk and returns what it returns.
    public func run(_ script: LuaScript, arguments: [any LuaPushable] = [], limits: SandboxLimits? = nil) throws(LuaError)
        -> LuaRun
    {
        try checkOwnership(script)
        return try state.execute(script: script.name, limits: limits ?? self.limits, arguments: arguments) { stack in
            lua_rawgeti(stack.L, clua_registryindex(), lua_Integer(script.reference))
        }
    }

    /// Compiles and runs `source` once.
    public func run(_ source: String, name: String, limits: SandboxLimits? = nil) throws(LuaError) -> LuaRun {
        try run(load(source, name: name), limits: limits)
    }

    /// Calls a Lua function a script returned or defined, as one run.
    public func call(_ function: LuaFunctionReference, arguments: [any LuaPushable] = [], limits: SandboxLimits? = nil)
        throws(LuaError) -> LuaRun
    {
        try state.execute(script: scriptName(of: function), limits: limits ?? self.limits, arguments: arguments) {
            (stack: LuaStack) throws(LuaError) in
            try state.pushAnchored(function, on: stack.L)
        }
    }

    /// Calls a Lua function as one run, and lets `read` read what it returned where it is
    /// (``LuaResults``), before the run ends: no value is converted unless `read` asks.
    public func call<Results>(
        _ function: LuaFunctionReference, arguments: [any LuaPushable] = [], limits: SandboxLimits? = nil,
        reading read: (LuaResults) throws(LuaError) -> Results
    ) throws(LuaError) -> (Results, LuaUsage) {
        try state.execute(
            script: scriptName(of: function), limits: limits ?? self.limits, arguments: arguments,
            pushFunction: { (stack: LuaStack) throws(LuaError) in try state.pushAnchored(function, on: stack.L) },
            read: read)
    }

    /// A global of `script` after it ran (its own globals, not the library's).
    public func global(_ name: String, in script: LuaScript) throws(LuaError) -> LuaValue {
        try checkOwnership(script)
        betweenRuns()
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        try state.stack.reserve(3, for: name)
        lua_rawgeti(L, clua_registryindex(), lua_Integer(script.reference))
        guard lua_getupvalue(L, -1, 1) != nil, lua_type(L, -1) == LUA_TTABLE else { return .nil }
        state.stack.pushString(name)
        lua_rawget(L, -2)
        do {
            return try state.value(at: -1, on: L)
        } catch {
            throw LuaError(script: script.name, kind: .conversion(message: "global '\(name)': \(error.message)"))
        }
    }

    /// Lets the sandbox forget a function reference.
    public func release(_ function: LuaFunctionReference) {
        betweenRuns()
        scriptNames[function.reference] = nil
        state.release(function)
    }

    /// Collects garbage until memory stops shrinking. (One collection frees only half of the
    /// call records a deep recursion left behind, so a single cycle is not enough after one.)
    public func collectGarbage() {
        state.collectGarbage()
    }

    /// The sandbox's own API works on the main thread's stack and resets run state: it is
    /// for use between runs (inside a Swift function called from Lua, use ``LuaArguments``).
    private func betweenRuns(_ function: StaticString = #function) {
        precondition(state.run == nil, "LuaSandbox.\(function) cannot be called while a run is in progress")
    }

    private func checkOwnership(_ script: LuaScript) throws(LuaError) {
        guard script.owner === state.lifetime else {
            throw LuaError(script: script.name, kind: .conversion(message: "the script belongs to another sandbox"))
        }
    }

    /// The chunk a function was defined in, e.g. `rules.lua`.
    /// Where a Lua function is defined: its script's name and the line of `function`, as
    /// `debug.getinfo` reports them (`("rules.lua", 12)`); nil for a main chunk or a C function.
    public func definition(of function: LuaFunctionReference) -> (script: String, line: Int)? {
        betweenRuns()
        guard let info = source(of: function), info.line > 0 else { return nil }
        return info
    }

    /// The script a function is defined in, looked up once per function (messages name it, and
    /// a rule's function is called for every product).
    private func scriptName(of function: LuaFunctionReference) -> String {
        if let name = scriptNames[function.reference] { return name }
        let name = source(of: function)?.script ?? "?"
        scriptNames[function.reference] = name
        return name
    }

    private func source(of function: LuaFunctionReference) -> (script: String, line: Int)? {
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard (try? state.pushAnchored(function, on: L)) != nil else { return nil }
        var info = lua_Debug()
        guard lua_getinfo(L, ">S", &info) != 0 else { return nil }
        let script = withUnsafeBytes(of: &info.short_src) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        return (script, Int(info.linedefined))
    }
}
