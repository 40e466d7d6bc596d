import ArgumentParser
import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// `tiwizi run`: runs a Lua script against the catalog, read-only, in the sandbox.
struct RunCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a Lua script against the catalog (read-only, sandboxed).",
        discussion: """
            The script sees the `catalog` and `tiwizi` libraries (docs/lua-api.md). It prints with
            print(); what it returns is shown after its output. Time comes from --at (default: now,
            Africa/Casablanca), never from the machine; math.random is seeded by --seed.
            Examples:
              tiwizi run scripts/examples/argan-report.lua
              tiwizi run scripts/examples/campaign.lua --param discount=15 --at 2026-03-20T09:00
              tiwizi run report.lua --json --max-instructions 50000000
            """)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: "The Lua script to run.") var script: String
    @Option(name: .customLong("param"), help: "A parameter key=value for the script (repeatable).") var parameters: [String] = []
    @Option(help: "The run's date-time, e.g. 2026-03-20T09:00 (zone Africa/Casablanca).") var at: String?
    @Option(help: "Seed of math.random (default: derived from --at).") var seed: Int64?
    @Flag(help: "Print one JSON object: output, returned values, log and usage.") var json = false
    @Option(help: "Instruction budget of the run.") var maxInstructions: Int = SandboxLimits.default.instructions
    @Option(help: "Memory the script may use, in bytes (suffixes K, M, G accepted).") var maxMemory: String = "64M"
    @Option(help: "Wall-clock limit of the run, in seconds.") var timeout: Double = 5

    func execute() throws {
        let request = CatalogScripts.Request(scriptPath: script, context: try context(), limits: try limits())
        var printed: [String] = []
        let outcome: CatalogScripts.Outcome
        do {
            outcome = try CatalogScripts.run(request, store: try catalog.open(readOnly: true)) { line in
                if json { printed.append(line) } else { Console.out(line) }
            }
        } catch let error as LuaError {
            Console.error(error.description)
            throw ExitCode.failure
        }
        if json { return Console.out(try report(outcome, printed)) }
        for line in outcome.log { Console.error("log: \(line)") }
        for value in outcome.values { Console.out(ScriptValueRendering.text(value)) }
    }

    private func context() throws -> RunContext {
        var values: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("--param expects key=value, got '\(parameter)'")
            }
            values[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        let instant =
            try at.map { text in
                guard let date = RunContext.parseInstant(text) else {
                    throw ValidationError("--at expects a date-time such as 2026-03-20T09:00, got '\(text)'")
                }
                return date
            } ?? Date()
        return RunContext(at: instant, parameters: values, randomSeed: seed)
    }

    private func limits() throws -> SandboxLimits {
        var limits = SandboxLimits.default
        guard maxInstructions > 0 else { throw ValidationError("--max-instructions must be positive") }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
        guard let bytes = Self.bytes(maxMemory), bytes >= 1 << 20 else {
            throw ValidationError("--max-memory expects bytes ≥ 1M, e.g. 64M or 268435456, got '\(maxMemory)'")
        }
        limits.instructions = maxInstructions
        limits.memoryBytes = bytes
        limits.timeout = .milliseconds(Int64(timeout * 1000))
        return limits
    }

    /// `64M`, `1G`, `512K` or plain bytes.
    static func bytes(_ text: String) -> Int? {
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let upper = text.uppercased().replacingOccurrences(of: "IB", with: "").replacingOccurrences(of: "B", with: "")
        if let last = upper.last, let multiplier = multipliers[last] {
            return Int(upper.dropLast()).flatMap { $0 <= Int.max / multiplier ? $0 * multiplier : nil }
        }
        return Int(upper)
    }

    private func report(_ outcome: CatalogScripts.Outcome, _ printed: [String]) throws -> String {
        let object: [String: Any] = [
            "output": printed,
            "values": outcome.values.map(ScriptValueRendering.json),
            "log": outcome.log,
            "usage": [
                "instructions": outcome.usage.instructions, "peak_memory_bytes": outcome.usage.peakMemoryBytes,
                "elapsed_ms": Double(outcome.usage.elapsed.components.attoseconds) / 1e15
                    + Double(outcome.usage.elapsed.components.seconds) * 1000,
            ],
        ]
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
