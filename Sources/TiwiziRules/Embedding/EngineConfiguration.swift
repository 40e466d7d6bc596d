import Foundation
import LuaHost
import TiwiziCore

extension TiwiziEngine {
    /// How an engine runs its rules: how many workers, where its plugins are besides the rules
    /// folder, the event it prices for, what a failing rule does, the sandbox's limits for
    /// each rule's call, and the zone a moment's day is read in.
    public struct Configuration: Sendable {
        /// How many calls run at once, each on a worker of its own with its own sandbox and its
        /// own compiled copy of the rules. At least 1; the processor count by default.
        public var workers: Int
        /// Folders of plugins searched after the rules folder and the catalog's plugins folder
        /// (as `--plugins` does).
        public var plugins: [URL]
        /// The event whose configuration (plugins, parameters) the engine runs; calls at a
        /// moment outside the event fail (`ConfigurationProblem.eventNotOpen`).
        public var event: String?
        /// What a failing rule does, for every plugin: fail the call, or be skipped. Nil: what
        /// the catalog's settings of each plugin say, else fail.
        public var policy: FailurePolicy?
        /// The limits of each script run (instructions, memory, time, output).
        public var limits: SandboxLimits
        /// The zone in which a moment's day and time are read (Africa/Casablanca).
        public var timeZone: TimeZone

        public init(
            workers: Int = ProcessInfo.processInfo.activeProcessorCount, plugins: [URL] = [], event: String? = nil,
            policy: FailurePolicy? = nil, limits: SandboxLimits = .default, timeZone: TimeZone = .casablanca
        ) {
            self.workers = max(1, workers)
            self.plugins = plugins
            self.event = event
            self.policy = policy
            self.limits = limits
            self.timeZone = timeZone
        }
    }
}
