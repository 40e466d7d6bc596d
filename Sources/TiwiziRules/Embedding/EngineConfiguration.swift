import Foundation
import LuaHost
import TiwiziCore

extension TiwiziEngine {
    /// How an engine runs its rules: how many workers, what a failing rule does, the sandbox's
    /// limits for each rule's call, and the zone a moment's day is read in.
    public struct Configuration: Sendable {
        /// How many calls run at once, each on a worker of its own with its own sandbox and its
        /// own compiled copy of the rules. At least 1; the processor count by default.
        public var workers: Int
        /// What a failing rule does: fail the call (the default), or be skipped.
        public var policy: FailurePolicy
        /// The limits of each script run (instructions, memory, time, output).
        public var limits: SandboxLimits
        /// The zone in which a moment's day and time are read (Africa/Casablanca).
        public var timeZone: TimeZone

        public init(
            workers: Int = ProcessInfo.processInfo.activeProcessorCount, policy: FailurePolicy = .fail,
            limits: SandboxLimits = .default, timeZone: TimeZone = .casablanca
        ) {
            self.workers = max(1, workers)
            self.policy = policy
            self.limits = limits
            self.timeZone = timeZone
        }
    }
}
