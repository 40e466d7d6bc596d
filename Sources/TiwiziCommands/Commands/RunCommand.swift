import ArgumentParser
import Foundation
import LuaHost
import TiwiziCore
import TiwiziLua

/// `tiwizi run`: runs a Lua script against the catalog, read-only, in the sandbox.
struct RunCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: HelpText.runAbstract.text,
        discussion: HelpText.runDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(.argumentScript)) var script: String
    @Option(name: .customLong("param"), help: ArgumentHelp(.optionRunParam)) var parameters: [String] = []
    @Option(help: ArgumentHelp(.optionRunAt)) var at: String?
    @Option(help: ArgumentHelp(.optionRunSeed)) var seed: Int64?
    @Flag(help: ArgumentHelp(.flagRunJSON)) var json = false
    @Option(name: .customLong(SandboxLimit.instructions.optionName), help: ArgumentHelp(.optionRunMaxInstructions))
    var maxInstructions: Int = SandboxLimits.default.instructions
    @Option(name: .customLong(SandboxLimit.memory.optionName), help: ArgumentHelp(.optionRunMaxMemory))
    var maxMemory: String = "64M"
    @Option(name: .customLong(SandboxLimit.time.optionName), help: ArgumentHelp(.optionRunTimeout))
    var timeout: Double = 5
    @Option(name: .customLong(SandboxLimit.output.optionName), help: ArgumentHelp(.optionRunMaxOutput))
    var maxOutput: String = "16M"

    func execute() throws {
        let request = CatalogScripts.Request(scriptPath: script, context: try context(), limits: try limits())
        var printed: [String] = []
        let outcome: CatalogScripts.Outcome
        do {
            outcome = try CatalogScripts.run(request, store: try catalog.open(readOnly: true)) { line in
                if json { printed.append(line) } else { Console.out(line) }
            }
        } catch let error as LuaError {
            Console.error(error.commandLineReport)
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
                throw ValidationError(.invalidParameter(parameter))
            }
            values[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        let moment = try Moment.current(at: at)
        return RunContext(at: moment.instant, timeZone: moment.timeZone, parameters: values, randomSeed: seed)
    }

    private func limits() throws -> SandboxLimits {
        var limits = SandboxLimits.default
        guard maxInstructions > 0 else { throw ValidationError(.invalidMaxInstructions) }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError(.invalidTimeout) }
        guard let bytes = Self.bytes(maxMemory), bytes >= 1 << 20 else {
            throw ValidationError(.invalidMaxMemory(maxMemory))
        }
        guard let output = Self.bytes(maxOutput), output >= 1 else { throw ValidationError(.invalidMaxOutput(maxOutput)) }
        limits.instructions = maxInstructions
        limits.maxOutputBytes = output
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
