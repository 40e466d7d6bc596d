// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (`L` is the Lua manual's name for a lua_State.)
import CLua
import CLuaSandbox

/// One `lua_State`, its control block, and the Swift bookkeeping around it: created with the
/// sandbox, closed (with every Swift object it holds released) when the sandbox goes away.
///
/// Not thread-safe and not `Sendable`: one state belongs to one thread or actor.
final class LuaState {
    let L: OpaquePointer
    let control: UnsafeMutablePointer<clua_Control>
    let cancellation: LuaCancellation
    /// Tells this state's function references from other sandboxes'.
    let id = UInt64.random(in: 1...UInt64.max)
    /// Lua classes, by the `ObjectIdentifier` of the Swift type they expose.
    var classes: [ObjectIdentifier: InstalledClass] = [:]
    /// Whether Money's Swift methods were added (``LuaMoneyClass``).
    var moneyInstalled = false
    /// The run in progress, if any.
    var run: RunContext?
    var lastUsage = LuaUsage()
    /// The last run's timeout and its nanoseconds (converting a `Duration` costs more than a run's setup).
    private var timeout: (duration: Duration, nanoseconds: UInt64) = (.zero, 0)
    /// What the last conversion of a Lua value did (for tests: a refusal must cost little).
    var lastConversionWork = ConversionWork()
    /// Registry references to error objects of failed nested calls in this run, waiting to be
    /// raised again by the host function that made the call (see ``NestedFailure``).
    var nestedFailures: Set<Int32> = []
    /// Tells handles that outlive the state (scripts) whether it is still open.
    let lifetime = Lifetime()

    /// Knows whether its state is open. Handles keep this instead of a `weak` reference to the
    /// state: a weak reference would move the state's reference count to a side table and make
    /// every retain on the hot path of field access slow.
    final class Lifetime {
        unowned(unsafe) var state: LuaState?
    }

    struct InstalledClass {
        let name: String
        let metatable: Int32
        /// For an interned class: its key, and the registry reference of its table of userdata by key.
        let interning: AnyInterning?
        let interned: Int32
    }

    struct RunContext {
        let script: String
        let limits: SandboxLimits
        let startNanoseconds: UInt64
    }

    /// Registry fields owned by the Swift side.
    enum RegistryKey {
        static let anchors = "luahost.anchors"  // reference -> function
        static let anchorIDs = "luahost.anchorids"  // function -> reference
    }

    init() throws(LuaError) {
        guard let control = clua_control_new() else { throw LuaError(script: "", kind: .setup(message: "out of memory")) }
        guard let L = clua_newstate(control) else {
            clua_control_free(control)
            throw LuaError(script: "", kind: .setup(message: "lua_newstate failed (out of memory)"))
        }
        self.L = L
        self.control = control
        cancellation = LuaCancellation()
        control.pointee.cancel = UnsafePointer(cancellation.flag)
        control.pointee.entry = { L, target, op, arg in Trampoline.invoke(L, target, op, arg) }
        control.pointee.release = { object in
            if let object { Unmanaged<AnyObject>.fromOpaque(object).release() }
        }
        control.pointee.owner = Unmanaged.passUnretained(self).toOpaque()
        lifetime.state = self
        // The state is in host mode here: nothing below can be refused memory, nothing raises.
        clua_open_trampoline(L)
        clua_open_money(L)
        lua_createtable(L, 0, 0)
        lua_setfield(L, clua_registryindex(), RegistryKey.anchors)
        lua_createtable(L, 0, 0)
        lua_setfield(L, clua_registryindex(), RegistryKey.anchorIDs)
    }

    deinit {
        lifetime.state = nil
        lua_close(L)  // runs every __gc: releases the Swift objects Lua still holds
        clua_control_free(control)
    }

    var stack: LuaStack { LuaStack(L, self) }

    /// Calls the function below `argumentCount` arguments on `L`'s stack, with the message
    /// handler below the function, in Lua mode (the memory cap applies). Results stay on the stack.
    func protectedCall(_ L: OpaquePointer, argumentCount: Int32) -> Int32 {
        let handler = lua_gettop(L) - argumentCount - 1
        let wasHost = control.pointee.host
        control.pointee.host = 0
        let status = clua_pcall(L, argumentCount, LUA_MULTRET, handler)
        control.pointee.host = wasHost
        return status
    }

    /// Runs a function as one top-level run under `limits` (runs do not nest): pushes the message handler, lets
    /// `pushFunction` push the function, pushes the arguments, calls, and converts results
    /// or failure. The stack is left as found.
    func execute(
        script: String,
        limits: SandboxLimits,
        arguments: [any LuaPushable],
        pushFunction: (LuaStack) throws(LuaError) -> Void
    ) throws(LuaError) -> LuaRun {
        let (values, usage) = try execute(
            script: script, limits: limits, arguments: arguments, pushFunction: pushFunction
        ) { (results: LuaResults) throws(LuaError) in try results.values() }
        return LuaRun(values: values, usage: usage)
    }

    /// The same, with `read` reading the results where they are before the stack is reset.
    func execute<Results>(
        script: String,
        limits: SandboxLimits,
        arguments: [any LuaPushable],
        pushFunction: (LuaStack) throws(LuaError) -> Void,
        read: (LuaResults) throws(LuaError) -> Results
    ) throws(LuaError) -> (Results, LuaUsage) {
        precondition(run == nil, "a sandbox cannot start a run while one is in progress; use LuaArguments.call")
        let base = lua_gettop(L)
        begin(script: script, limits: limits)
        defer {
            lua_settop(L, base)
            releaseNestedFailures()
            run = nil
            cancellation.reset()  // a request is for the run in progress (or the next one)
        }
        try stack.reserve(arguments.count + 3, for: "arguments")
        clua_push_message_handler(L)
        try pushFunction(stack)
        for argument in arguments { try argument.push(into: stack) }
        let status = protectedCall(L, argumentCount: Int32(arguments.count))
        // Checked once more as the run ends: the deadline may have passed since the last check.
        let tripped = clua_trips(control) != 0
        lastUsage = usage()
        if status == LUA_OK && !tripped {
            let results = LuaResults(state: self, first: base + 2, count: Int(lua_gettop(L) - base - 1))
            return (try read(results), lastUsage)
        }
        let error = failure(status: status, on: L)
        if case .memoryLimit = error.kind {
            lua_settop(L, base)
            collectGarbage()  // the state stays usable: give the memory back now
        }
        throw error
    }

    /// Sets the control block for a new run.
    private func begin(script: String, limits: SandboxLimits) {
        let now = clua_now_ns()
        run = RunContext(script: script, limits: limits, startNanoseconds: now)
        applyMemoryLimit(limits)
        let c = control
        c.pointee.instructions = 0
        c.pointee.instruction_limit = lua_Integer(max(limits.instructions, 0))
        c.pointee.max_scan = max(limits.maxScanBytes, 0)
        c.pointee.output = 0
        c.pointee.output_limit = max(limits.maxOutputBytes, 0)
        if limits.timeout != timeout.duration { timeout = (limits.timeout, limits.timeout.clampedNanoseconds) }
        c.pointee.deadline_ns = now.addingReportingOverflow(timeout.nanoseconds).overflow ? UInt64.max : now + timeout.nanoseconds
        c.pointee.run_id += 1
        let interval = Int32(clamping: max(limits.hookInterval, 1))
        if c.pointee.hook_interval != interval { clua_set_hook(L, interval) }
    }

    /// Sets the memory cap and clears the memory trip (also before compiling).
    func applyMemoryLimit(_ limits: SandboxLimits) {
        let c = control
        c.pointee.tripped = Int32(CLUA_TRIP_NONE)
        c.pointee.limit = max(limits.memoryBytes, 0)
        c.pointee.peak = c.pointee.used
        c.pointee.wanted = 0
        c.pointee.refused_block = nil
        c.pointee.refused_old = 0
        c.pointee.refused_new = 0
    }

    private func usage() -> LuaUsage {
        let start = run?.startNanoseconds ?? clua_now_ns()
        return LuaUsage(
            instructions: Int(control.pointee.instructions),
            peakMemoryBytes: control.pointee.peak,
            memoryInUseBytes: control.pointee.used,
            elapsed: .nanoseconds(Int64(clamping: clua_now_ns() &- start))
        )
    }

    /// Compiles text (never bytecode) under `limits` (memory; the parser's work charged to the
    /// instructions, the deadline and cancellation checked as it reads), gives the chunk its
    /// own environment, and anchors it in the registry. Returns the registry reference.
    func compile(_ source: [UInt8], script: String, limits: SandboxLimits) throws(LuaError) -> Int32 {
        begin(script: script, limits: limits)
        defer { run = nil }
        let wasHost = control.pointee.host
        control.pointee.host = 0
        let status = (source.isEmpty ? [0] : source).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                clua_load_text(L, chars.baseAddress, source.count, "@" + script)
            }
        }
        control.pointee.host = wasHost
        guard status == LUA_OK else {
            defer { clua_pop(L, 1) }
            if status == LUA_ERRMEM || control.pointee.tripped != Int32(CLUA_TRIP_NONE) {
                throw failure(status: status, on: L)
            }
            let message = string(at: -1) ?? "syntax error"
            throw LuaError(script: script, kind: .syntax(line: Self.line(in: message), message: message))
        }
        clua_push_environment(L)
        lua_setupvalue(L, -2, 1)
        return luaL_ref(L, clua_registryindex())
    }

    /// The line number in `chunk:LINE: message`.
    static func line(in message: String) -> Int? {
        var rest = Substring(message)
        while let colon = rest.firstIndex(of: ":") {
            rest = rest[rest.index(after: colon)...]
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
            if !digits.isEmpty, rest.dropFirst(digits.count).first == ":" { return Int(digits) }
        }
        return nil
    }

    /// Collects until memory stops shrinking (each cycle frees only half of the spare call
    /// records a deep recursion left behind).
    func collectGarbage() {
        var before = Int.max
        for _ in 0..<64 where control.pointee.used < before {
            before = control.pointee.used
            clua_gc_collect(L)
        }
    }

    func unreference(_ reference: Int32) {
        luaL_unref(L, clua_registryindex(), reference)
    }

    /// Pushes a Swift function as a Lua function (the closure is retained by Lua until collected),
    /// holding `heldBytes` of the script's memory while it lives (0: none).
    func pushHostFunction(_ body: @escaping LuaFunctionBody, holding heldBytes: Int = 0, on L: OpaquePointer) {
        let target = Unmanaged.passRetained(FunctionTarget(body)).toOpaque()
        if heldBytes > 0 {
            clua_push_host_function_holding(L, target, heldBytes)
        } else {
            clua_push_host_function(L, target)
        }
    }

    /// The string at `index`, if it is one (numbers are not converted: that would change the stack).
    func string(at index: Int32, on L: OpaquePointer? = nil, atMost limit: Int = .max) -> String? {
        let L = L ?? self.L
        guard lua_type(L, index) == LUA_TSTRING else { return nil }
        var length = 0
        let chars = lua_tolstring(L, index, &length)
        return LuaError.bounded(UnsafeRawBufferPointer(start: chars, count: length), limit: limit)
    }

    func conversionError(_ message: String) -> LuaError {
        LuaError(script: run?.script ?? "", kind: .conversion(message: message))
    }
}

extension Duration {
    /// Nanoseconds, 0 for negative durations, saturating at `UInt64.max`.
    var clampedNanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        if nanoseconds <= 0 { return 0 }
        return nanoseconds >= Double(UInt64.max) ? .max : UInt64(nanoseconds)
    }
}
