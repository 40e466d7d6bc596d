import Foundation
import LuaHost
import TiwiziCore
import TiwiziFormats

/// What the fuzzers feed: each target reads arbitrary bytes as one kind of input a user or a
/// script can give Tiwizi, and traps (a crash libFuzzer reports) when a promise breaks. Reading
/// may fail with an `Issue` or a `LuaError`: that is the promise kept. See docs/reliability.md.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A products or cooperatives spreadsheet, read row by row.
    case csv
    /// A YAML catalog document.
    case yaml
    /// A JSON catalog document: what parses renders, and the rendering reads back the same.
    case json
    /// An amount as a person types it: what parses shows in every language, and each shown
    /// form reads back as the same amount.
    case money
    /// A Lua script, run in one long-lived sandbox under small limits.
    case lua

    /// Feeds `input` to the target.
    public func check(_ input: [UInt8]) {
        switch self {
        case .csv: CSVTarget.check(input)
        case .yaml: _ = try? YAMLDocument.parse(String(decoding: input, as: UTF8.self), file: "fuzz.yaml")
        case .json: JSONTarget.check(input)
        case .money: MoneyTarget.check(String(decoding: input, as: UTF8.self))
        case .lua: LuaTarget.check(input)
        }
    }
}

/// Stops the fuzzer with what broke (libFuzzer keeps the input that did it).
func broken(_ promise: String, _ input: some CustomStringConvertible) -> Never {
    fatalError("fuzzing: \(promise): \(input)")
}

enum CSVTarget {
    /// One file per process, rewritten for each input: the reader streams from a file.
    static let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("tiwizi-fuzz-\(ProcessInfo.processInfo.processIdentifier).csv")

    static func check(_ input: [UInt8]) {
        guard (try? Data(input).write(to: path)) != nil else { broken("cannot write", path.path) }
        guard let stream = try? CSVRecordStream(url: path, file: "fuzz.csv") else { return }
        var rows = 0
        while rows <= input.count {
            do throws(Issue) {
                guard try stream.next() != nil else { return }
            } catch {
                if error.problem.code == "fileUnreadable" { return }
            }
            rows += 1
        }
        broken("more rows than bytes", rows)
    }
}

enum JSONTarget {
    static func check(_ input: [UInt8]) {
        guard let text = String(validating: input, as: UTF8.self),
            let node = try? JSONDocument.parse(Data(input), text: text, file: "fuzz.json")
        else { return }
        let rendered = JSONDocument.render(node)
        guard let again = try? JSONDocument.parse(Data(rendered.utf8), text: rendered, file: "again.json") else {
            broken("a rendering does not read back", rendered)
        }
        guard JSONDocument.render(again) == rendered else { broken("a rendering reads back differently", rendered) }
    }
}

enum MoneyTarget {
    static let currencies = ["MAD", "XOF", "EUR", "TND"].compactMap { try? Currency(code: $0) }

    static func check(_ text: String) {
        for currency in currencies {
            guard let amount = try? Money.parse(text, currency: currency) else { continue }
            for language in Language.allCases {
                let shown = amount.formatted(for: language)
                guard let read = try? Money.parse(shown, currency: currency), read == amount else {
                    broken("\(amount) shown in \(language) does not read back", shown)
                }
            }
            guard let machine = try? Money(decimalString: amount.decimalString, currency: currency), machine == amount
            else { broken("the machine form does not read back", amount.decimalString) }
        }
    }
}

enum LuaTarget {
    /// Small limits, so that each input runs in milliseconds whatever it does.
    static let limits = SandboxLimits(instructions: 200_000, memoryBytes: 8 << 20, timeout: .seconds(2))
    nonisolated(unsafe) static let sandbox: LuaSandbox = {
        guard let sandbox = try? LuaSandbox(configuration: .init(limits: limits)) else { broken("no sandbox", "") }
        return sandbox
    }()
    nonisolated(unsafe) static var runs = 0

    static func check(_ input: [UInt8]) {
        if let script = try? sandbox.load(bytes: input, name: "fuzz.lua") {
            _ = try? sandbox.run(script, limits: limits)
        }
        runs += 1
        // The sandbox outlives every input: it must still run, and give its memory back.
        if runs % 100 == 0 {
            guard (try? sandbox.run("return 6 * 7", name: "alive.lua").values) == [42] else {
                broken("the sandbox no longer runs scripts", runs)
            }
        }
    }
}
