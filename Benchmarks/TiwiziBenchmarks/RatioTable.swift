import Benchmark
import Foundation

/// The results as a Markdown table. Times per item are the median of the rounds' medians, and
/// the mean over every iteration (which includes the rare iterations where Lua's collector
/// finishes a cycle and runs the finalizers of the views and amounts made since the last one).
/// The suites run several times in turn ("rounds"), so that a
/// change in the machine's speed during the run touches every row alike; each row's ratio is
/// taken within a round (its median over the baseline's median, both measured minutes apart at
/// most), and the table shows the median of those ratios and their range over the rounds.
struct RatioTable {
    struct Row {
        /// The benchmark's name, as registered.
        var name: String
        /// The name of the benchmark it is compared with (itself for a baseline), in the same suite.
        var baseline: String
        /// How many items (products, operations) one iteration goes through.
        var items: Int
    }

    var title: String
    var rows: [Row]

    func render(_ results: [BenchmarkResult]) -> String {
        // Each suite run (one per round): every benchmark's median time of one iteration.
        var rounds: [String: [String: Double]] = [:]
        for result in results {
            rounds[result.suiteName, default: [:]][result.benchmarkName] = Self.median(result.measurements)
        }
        var lines = [
            "### \(title)", "",
            "| benchmark | iterations | per item (median) | per item (mean) | ratio to baseline | ratio range over rounds |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let times = rounds.values.compactMap { $0[row.name] }
            let ratios = rounds.values.compactMap { medians in
                medians[row.name].flatMap { time in medians[row.baseline].map { time / $0 } }
            }
            guard !times.isEmpty, !ratios.isEmpty else { continue }
            let measurements = results.filter { $0.benchmarkName == row.name }.flatMap(\.measurements)
            let mean = measurements.reduce(0, +) / Double(measurements.count)
            let isBaseline = row.name == row.baseline
            lines.append(
                "| \(row.name) | \(measurements.count) | \(Self.duration(Self.median(times) / Double(row.items))) | "
                    + "\(Self.duration(mean / Double(row.items))) | "
                    + (isBaseline ? "1 (baseline)" : Self.ratio(Self.median(ratios))) + " | "
                    + (isBaseline ? "" : "\(Self.ratio(ratios.min()!))–\(Self.ratio(ratios.max()!))") + " |")
        }
        return lines.count > 4 ? lines.joined(separator: "\n") : ""
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Three significant digits: `0.85`, `14.8`, `165`.
    static func ratio(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value)
    }

    /// `412 ns`, `3.41 µs`, `12.3 ms`: nanoseconds in a readable unit, three significant digits.
    static func duration(_ nanoseconds: Double) -> String {
        let (value, unit): (Double, String) =
            nanoseconds >= 1e6 ? (nanoseconds / 1e6, "ms") : nanoseconds >= 1e3 ? (nanoseconds / 1e3, "µs") : (nanoseconds, "ns")
        let format = value >= 100 ? "%.0f %@" : value >= 10 ? "%.1f %@" : "%.2f %@"
        return String(format: format, value, unit)
    }
}
