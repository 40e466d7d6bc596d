import Foundation

/// One run of a program with what it cost: wall time from start to end, processor time, and peak
/// resident memory, as GNU time reads them from `wait4` when its child ends (Foundation's
/// `Process` does not report them).
struct MeasuredRun: Sendable, CustomStringConvertible {
    /// The exit status, or nil when a signal ended the process.
    let status: Int32?
    /// The signal that ended the process, if one did.
    let signal: Int32?
    let stdout: String
    let stderr: String
    /// Wall time, start to end.
    let seconds: Double
    /// Processor time, user and system: the work done, whatever else the machine was doing.
    let cpuSeconds: Double
    /// Peak resident set size, in bytes.
    let peakBytes: Int

    var description: String {
        let end = status.map { "exit status \($0)" } ?? "signal \(signal ?? 0)"
        return "\(end) after \(String(format: "%.2f", seconds)) s (\(String(format: "%.2f", cpuSeconds)) s of CPU), peak "
            + "\(peakBytes >> 20) MiB\n--- stdout:\n\(stdout.prefix(2000))--- stderr:\n\(stderr.prefix(2000))"
    }
}

extension Workspace {
    /// Runs `tiwizi` in `work/` as `run` does, under GNU time, measured.
    func measure(_ arguments: [String]) async throws -> MeasuredRun {
        let stats = scratch.appendingPathComponent("\(UUID().uuidString).time")
        defer { try? FileManager.default.removeItem(at: stats) }
        let clock = ContinuousClock()
        let started = clock.now
        let result = try await Tiwizi.execute(
            URL(fileURLWithPath: "/usr/bin/time"), ["-f", "%M %U %S", "-o", stats.path, try Tiwizi.binary.path] + arguments,
            environment: environment, in: work, scratch: scratch)
        let elapsed = clock.now - started
        // "Command terminated by signal N" when a signal ended it, then "peak-KiB user-s system-s".
        let lines = ((try? String(contentsOf: stats, encoding: .utf8)) ?? "").split(separator: "\n")
        let figures = lines.last?.split(separator: " ").compactMap { Double($0) } ?? []
        let signal = lines.first { $0.hasPrefix("Command terminated by signal ") }.flatMap {
            Int32($0.split(separator: " ").last ?? "")
        }
        return MeasuredRun(
            status: signal == nil ? result.status : nil, signal: signal, stdout: result.stdout, stderr: result.stderr,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            cpuSeconds: figures.count == 3 ? figures[1] + figures[2] : .infinity,
            peakBytes: figures.count == 3 ? Int(figures[0]) * 1024 : .max)
    }
}
