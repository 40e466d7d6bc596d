import Foundation

/// The time bounds tests set, scaled for slower builds: under the sanitizers, run with
/// `TIWIZI_TIME_SCALE=10` (docs/reliability.md), every bound is ten times longer.
public enum TestTime {
    public static let scale = max(ProcessInfo.processInfo.environment["TIWIZI_TIME_SCALE"].flatMap(Double.init) ?? 1, 1)

    /// `duration`, scaled.
    public static func bound(_ duration: Duration) -> Duration { duration * scale }
}
