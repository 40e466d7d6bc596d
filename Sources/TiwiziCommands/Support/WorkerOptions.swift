import ArgumentParser
import Foundation

/// `--workers N`: how many workers price a selection at once (`price`, `labels`), or make the
/// cards of an HTML showcase (`showcase`).
struct WorkerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.optionWorkers, valueName: "count")) var workers: Int?

    /// The workers asked for, else one per processor.
    var count: Int { workers ?? ProcessInfo.processInfo.activeProcessorCount }

    /// How many workers `--workers` may ask for.
    static let range = 1...256

    func validate() throws {
        if let workers, !Self.range.contains(workers) {
            throw ValidationError(.optionOutOfRange(option: "--workers", range: Self.range))
        }
    }
}
