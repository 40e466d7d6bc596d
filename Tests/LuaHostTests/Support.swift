import Dispatch
import Foundation
import LuaHost
import Testing
import TiwiziTestSupport

/// All LuaHost suites, run one test at a time: the leak test measures the whole process's
/// resident memory, which the memory bombs of other tests would disturb.
@Suite("LuaHost", .serialized)
enum LuaHostSuite {}

/// Runs `body`, aborting the whole test process if it has not returned after `seconds`.
/// A script that escapes the limits spins in C code that no test time limit can interrupt;
/// a crash with a message is a clearer failure than a test run that never ends.
func withWatchdog<T>(_ what: String, seconds: Int = 20, _ body: () throws -> T) rethrows -> T {
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        if done.wait(timeout: .now() + .seconds(Int(Double(seconds) * TestTime.scale))) == .timedOut {
            fatalError("\(what) still running after \(seconds) s: the script escaped the sandbox's limits")
        }
    }
    defer { done.signal() }
    return try body()
}

/// Small limits so that runaway scripts stop quickly. The deadline is a backstop under the
/// watchdog: tests that expect the time limit set their own; others must not meet it on a
/// machine loaded by the end-to-end tests running beside them.
let testLimits = SandboxLimits(instructions: 2_000_000, memoryBytes: 16 << 20, timeout: TestTime.bound(.seconds(15)))

func makeSandbox(
    limits: SandboxLimits = testLimits,
    scriptsFolder: URL? = nil,
    output: @escaping (String) -> Void = { _ in }
) throws -> LuaSandbox {
    try LuaSandbox(configuration: .init(limits: limits, scriptsFolder: scriptsFolder, output: output))
}

/// The LuaError `body` throws, or nil (any other error is a test failure).
func failure(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> LuaError? {
    do {
        try body()
        return nil
    } catch let error as LuaError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Memory of a fresh sandbox after a first run and a full collection.
func baseline(_ sandbox: LuaSandbox) throws -> Int {
    _ = try sandbox.run("return 1", name: "warmup.lua")
    sandbox.collectGarbage()
    return sandbox.memoryInUse
}

/// After an attack: the sandbox still runs scripts, and its memory is back near `baseline`.
func expectRecovered(_ sandbox: LuaSandbox, baseline: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let run = try sandbox.run("local t = {} for i = 1, 100 do t[i] = i * 2 end return #t, t[100]", name: "alive.lua")
    #expect(run.values == [100, 200], sourceLocation: sourceLocation)
    sandbox.collectGarbage()
    #expect(
        sandbox.memoryInUse < baseline + 96 * 1024,
        "memory \(sandbox.memoryInUse) not back near baseline \(baseline)",
        sourceLocation: sourceLocation
    )
}

/// Resident memory of this process, from /proc/self/statm.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// The message of a runtime error, recording an issue for any other outcome.
func runtimeMessage(_ error: LuaError?, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    guard case .runtime(let message, _)? = error?.kind else {
        Issue.record("expected a runtime error, got \(String(describing: error))", sourceLocation: sourceLocation)
        return nil
    }
    return message
}

/// The message of a conversion error, recording an issue for any other outcome.
func conversionMessage(_ error: LuaError?, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    guard case .conversion(let message)? = error?.kind else {
        Issue.record("expected a conversion error, got \(String(describing: error))", sourceLocation: sourceLocation)
        return nil
    }
    return message
}

/// A temporary folder with `files` (path → text) and a `scripts` folder, removed by `cleanup`.
struct ScriptsFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("luahost-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
    }

    var scripts: URL { url.appendingPathComponent("scripts") }

    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

/// Runs `source`, returns its error, then checks the sandbox recovered.
func attack(
    _ source: String, limits: SandboxLimits = testLimits, sandbox: LuaSandbox? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> LuaError? {
    try withWatchdog("attack \"\(source)\"") {
        let sandbox = try sandbox ?? makeSandbox(limits: limits)
        let base = try baseline(sandbox)
        let error = failure(
            { _ = try sandbox.run(source, name: "attack.lua", limits: limits) }, sourceLocation: sourceLocation)
        try expectRecovered(sandbox, baseline: base, sourceLocation: sourceLocation)
        return error
    }
}

func expectInstructionLimit(_ error: LuaError?, sourceLocation: SourceLocation = #_sourceLocation) {
    guard error?.script == "attack.lua", case .instructionLimit(let used, let limit)? = error?.kind else {
        Issue.record("expected the instruction limit, got \(String(describing: error))", sourceLocation: sourceLocation)
        return
    }
    #expect(limit == testLimits.instructions && used > limit, sourceLocation: sourceLocation)
    #expect(error?.exceededLimit == .instructions, sourceLocation: sourceLocation)
    #expect(error?.message.contains("--max-") == false, sourceLocation: sourceLocation)
}

func expectMemoryLimit(_ error: LuaError?, atLeast: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    guard error?.script == "attack.lua", case .memoryLimit(let used, let limit)? = error?.kind else {
        Issue.record("expected the memory limit, got \(String(describing: error))", sourceLocation: sourceLocation)
        return
    }
    #expect(limit == testLimits.memoryBytes && used > limit && used >= atLeast, sourceLocation: sourceLocation)
    #expect(error?.exceededLimit == .memory, sourceLocation: sourceLocation)
    #expect(error?.message.contains("--max-") == false, sourceLocation: sourceLocation)
}
