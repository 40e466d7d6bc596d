import Foundation
import Testing
import TiwiziTestSupport
import Yams

/// The public attack suite: `Tests/Attacks/CLASS.yaml`, one file per class of attack (escapes,
/// crashes, exhaustion, confusion, determinism), each attack a script that `tiwizi run` runs on
/// the seed catalog with the default limits unless it sets its own flags (and a deadline of two
/// minutes unless it sets one: its CPU time is what is bounded). Every attack asserts
/// how the process ended (never a signal), what it said, how long it took and how much memory
/// it held at its peak, over a trivial script's. Tests/Attacks/README.md says how to add one.
@Suite("The attack suite (Tests/Attacks)")
struct AttackSuiteTests {
    /// One attack, as written in its class's file.
    struct Attack: Decodable, Sendable {
        /// What it tries, in a few words.
        let attack: String
        /// The script, run as `attack.lua` in the workspace.
        let script: String
        /// Files written beside the script (modules for `require`, data).
        var files: [String: String]?
        /// Symbolic links made beside the script (link → target).
        var links: [String: String]?
        /// Flags after `tiwizi run attack.lua`.
        var flags: [String]?
        /// The first line of stderr; ending in `…`, its beginning. Absent: stderr is empty.
        var error: String?
        /// Stdout; ending in `…`, its beginning (absent: not checked when `error` is given or
        /// `runs` compares runs, empty otherwise).
        var output: String?
        /// The exit status: 1 by default with an error, 0 without.
        var exit: Int32?
        /// The most processor time the run may take, process start and end included (default
        /// 2 s): the work done, which the load of the machine does not change as it does wall time.
        var seconds: Double?
        /// The most memory the run may hold beyond a trivial script's peak (default 24 MiB).
        var megabytes: Int?
        /// Runs of the attack, which must all print the same bytes (default 1).
        var runs: Int?
    }

    /// The attack classes, one file each.
    static let classes = ["escapes", "crashes", "exhaustion", "confusion", "determinism"]

    static let folder = Tiwizi.repositoryRoot.appendingPathComponent("Tests/Attacks")

    /// Memory bounds grow by `TIWIZI_MEMORY_SCALE` under the sanitizers (docs/reliability.md).
    static let memoryScale = max(ProcessInfo.processInfo.environment["TIWIZI_MEMORY_SCALE"].flatMap(Double.init) ?? 1, 1)

    static func attacks(of attackClass: String) throws -> [Attack] {
        let url = folder.appendingPathComponent("\(attackClass).yaml")
        return try YAMLDecoder().decode([Attack].self, from: try String(contentsOf: url, encoding: .utf8))
    }

    @Test("every attack ends as its file says, in time and within its memory", arguments: classes)
    func attacksEndAsWritten(_ attackClass: String) async throws {
        let attacks = try Self.attacks(of: attackClass)
        #expect(attacks.count >= 5, "\(attackClass).yaml holds \(attacks.count) attacks")
        #expect(Set(attacks.map(\.attack)).count == attacks.count, "two attacks of \(attackClass) share a name")
        let workspace = try Workspace()
        try await workspace.importSeed()
        try workspace.write("trivial.lua", "return true\n")
        let baseline = try await workspace.measure(["run", "trivial.lua"])
        try #require(baseline.status == 0, "\(baseline)")

        var slowest = (0.0, "")
        var largest = (0, "")
        var overshoot = (0.0, "")
        for attack in attacks {
            let runs = try await run(attack, in: workspace)
            let first = runs[0]
            check(first, against: attack, baseline: baseline)
            for again in runs.dropFirst() {
                #expect(again.stdout == first.stdout && again.stderr == first.stderr, "\(attack.attack): runs differ")
            }
            let extra = first.peakBytes - baseline.peakBytes
            if first.cpuSeconds > slowest.0 { slowest = (first.cpuSeconds, attack.attack) }
            if extra > largest.0 { largest = (extra, attack.attack) }
            if let deadline = Self.deadline(attack), first.stderr.contains("time limit exceeded") {
                let late = first.seconds - deadline
                if late > overshoot.0 { overshoot = (late, attack.attack) }
            }
        }
        print(
            "attack suite, \(attackClass): \(attacks.count) attacks; slowest \(String(format: "%.2f", slowest.0)) s of CPU "
                + "(\(slowest.1)); largest peak \(largest.0 >> 20) MiB over a trivial script's "
                + "\(baseline.peakBytes >> 20) MiB (\(largest.1)); worst deadline overshoot "
                + "\(String(format: "%.3f", overshoot.0)) s (\(overshoot.1.isEmpty ? "no deadline reached" : overshoot.1))")
    }

    /// Writes the attack's files and runs it as many times as it asks.
    private func run(_ attack: Attack, in workspace: Workspace) async throws -> [MeasuredRun] {
        try workspace.write("attack.lua", attack.script)
        for (path, text) in attack.files ?? [:] { try workspace.write(path, text) }
        for (link, target) in attack.links ?? [:] {
            try? FileManager.default.removeItem(at: workspace.url(link))
            try FileManager.default.createSymbolicLink(atPath: workspace.url(link).path, withDestinationPath: target)
        }
        var runs: [MeasuredRun] = []
        for _ in 0..<max(attack.runs ?? 1, 1) {
            runs.append(try await workspace.measure(["run", "attack.lua"] + Self.flags(of: attack)))
        }
        return runs
    }

    private func check(_ run: MeasuredRun, against attack: Attack, baseline: MeasuredRun) {
        let name = attack.attack
        #expect(attack.error != "…" && attack.output != "…", "\(name): say what it must print, not only `…`")
        #expect(run.signal == nil, "\(name): ended by a signal\n\(run)")
        #expect(run.status == attack.exit ?? (attack.error == nil ? 0 : 1), "\(name)\n\(run)")
        let firstLine = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if let expected = attack.error {
            #expect(Self.matches(firstLine, expected), "\(name)\n\(run)")
        } else {
            #expect(run.stderr.isEmpty, "\(name)\n\(run)")
        }
        if let output = attack.output ?? (attack.error == nil && (attack.runs ?? 1) < 2 ? "" : nil) {
            #expect(Self.matches(run.stdout, output), "\(name)\n\(run)")
        }
        let seconds = (attack.seconds ?? 2) * TestTime.scale
        #expect(run.cpuSeconds <= seconds, "\(name): took \(run.cpuSeconds) s of CPU, more than \(seconds) s\n\(run)")
        let allowance = Int(Double((attack.megabytes ?? 24) << 20) * Self.memoryScale)
        #expect(
            run.peakBytes - baseline.peakBytes <= allowance,
            "\(name): peak \(run.peakBytes >> 20) MiB, a trivial script's \(baseline.peakBytes >> 20) MiB\n\(run)")
    }

    /// Whether `text` is `expected`, or begins with it when `expected` ends in `…`.
    private static func matches(_ text: String, _ expected: String) -> Bool {
        expected.hasSuffix("…") ? text.hasPrefix(String(expected.dropLast())) : text == expected
    }

    /// What follows `tiwizi run attack.lua`: the attack's flags, and a wall-clock deadline of
    /// `unhurriedTimeout` seconds unless it sets its own. Its CPU time (`seconds`) is what bounds
    /// its work: on a machine loaded by the rest of the suite, a script of 0.2 s of CPU once took
    /// 16 s of wall time, past the default 5 s.
    static func flags(of attack: Attack) -> [String] {
        let flags = attack.flags ?? []
        return flags.contains("--timeout") ? flags : flags + ["--timeout", String(unhurriedTimeout)]
    }

    static let unhurriedTimeout = 120

    /// The `--timeout` an attack sets, if it sets one.
    private static func deadline(_ attack: Attack) -> Double? {
        guard let flags = attack.flags, let index = flags.firstIndex(of: "--timeout"), index + 1 < flags.count else { return nil }
        return Double(flags[index + 1])
    }
}
