import Foundation

/// What the numbers were measured on, printed with them.
enum Machine {
    /// Cores and CPU model, e.g. `2 cores (nproc), Intel(R) Xeon(R) Processor`.
    static var summary: String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(cpu)"
    }

    /// The 1, 5 and 15 minute load averages: other work on the machine slows every row alike
    /// only if it stays steady, so the ratios are worth more when these are low.
    static var loadAverage: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    }
}
