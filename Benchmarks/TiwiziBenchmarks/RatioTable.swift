import Benchmark
import Foundation

/// The results as a Markdown table: the median time of one iteration (one loop over all
/// items), the time per item, and the ratio to the row's baseline measured in the same run.
struct RatioTable {
    struct Row {
        /// The benchmark's name, as registered.
        var name: String
        /// The name of the benchmark it is compared with (itself for a baseline).
        var baseline: String
        /// How many items (products, operations) one iteration goes through.
        var items: Int
    }

    var title: String
    var rows: [Row]

    func render(_ results: [BenchmarkResult]) -> String {
        let medians = Dictionary(
            results.map { ($0.benchmarkName, Self.median($0.measurements)) }, uniquingKeysWith: { first, _ in first })
        var lines = [
            "### \(title)", "",
            "| benchmark | iterations | median per iteration | per item | ratio to baseline |",
            "|---|---:|---:|---:|---:|",
        ]
        for row in rows {
            guard let median = medians[row.name], let result = results.first(where: { $0.benchmarkName == row.name })
            else { continue }
            let ratio = medians[row.baseline].map { median / $0 }
            lines.append(
                "| \(row.name) | \(result.measurements.count) | \(Self.duration(median)) | "
                    + "\(Self.duration(median / Double(row.items))) | "
                    + "\(ratio.map { String(format: "%.2f", $0) } ?? "–")\(row.name == row.baseline ? " (baseline)" : "") |")
        }
        return lines.joined(separator: "\n")
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `412 ns`, `3.41 µs`, `12.3 ms`: nanoseconds in a readable unit, three significant digits.
    static func duration(_ nanoseconds: Double) -> String {
        let (value, unit): (Double, String) =
            nanoseconds >= 1e6 ? (nanoseconds / 1e6, "ms") : nanoseconds >= 1e3 ? (nanoseconds / 1e3, "µs") : (nanoseconds, "ns")
        let format = value >= 100 ? "%.0f %@" : value >= 10 ? "%.1f %@" : "%.2f %@"
        return String(format: format, value, unit)
    }
}
