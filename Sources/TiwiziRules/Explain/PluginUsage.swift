/// What one plugin's rule calls used in a run, all together: how many calls, the instructions
/// of all of them, and the most memory its Lua state held during any one.
public struct PluginUsage: Hashable, Sendable {
    public let plugin: String
    public let calls: Int
    public let total: RuleStep.Usage

    /// The usage of each plugin whose rules ran in `steps`, in the order they first ran.
    public static func of(_ steps: [RuleStep]) -> [PluginUsage] {
        var order: [String] = []
        var calls: [String: (count: Int, instructions: Int, peak: Int)] = [:]
        for step in steps {
            guard let usage = step.usage else { continue }
            if calls[step.set] == nil { order.append(step.set) }
            let sum = calls[step.set] ?? (0, 0, 0)
            calls[step.set] = (sum.count + 1, sum.instructions + usage.instructions, max(sum.peak, usage.peakMemoryBytes))
        }
        return order.compactMap { plugin in
            calls[plugin].map {
                PluginUsage(
                    plugin: plugin, calls: $0.count, total: .init(instructions: $0.instructions, peakMemoryBytes: $0.peak))
            }
        }
    }
}
