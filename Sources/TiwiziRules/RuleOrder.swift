/// The order in which rules apply, resolved from what they declare — never from file or
/// declaration order: `before`/`after` constraints first, then higher priority, then name.
public enum RuleOrder {
    /// The rules in the order they apply. Throws when two rules share a name, when `before` or
    /// `after` names an unknown rule, or when the constraints form a cycle (naming its rules).
    public static func resolve(_ rules: [Rule]) throws(RuleProblem) -> [Rule] {
        var byName: [String: Rule] = [:]
        for rule in rules {
            if let other = byName[rule.name] {
                throw .duplicateName(rule.name, files: [other.file, rule.file].sorted())
            }
            byName[rule.name] = rule
        }
        // An edge a → b: a applies before b.
        var successors: [String: Set<String>] = [:]
        var pending: [String: Int] = byName.mapValues { _ in 0 }
        for rule in rules {
            for (field, names) in [("before", rule.before), ("after", rule.after)] {
                for name in names where byName[name] == nil {
                    throw .unknownRule(rule: rule.name, field: field, names: name)
                }
            }
            let edges = rule.before.map { (rule.name, $0) } + rule.after.map { ($0, rule.name) }
            for (first, second) in edges where successors[first, default: []].insert(second).inserted {
                pending[second, default: 0] += 1
            }
        }
        var ready = byName.values.filter { pending[$0.name] == 0 }
        var order: [Rule] = []
        while !ready.isEmpty {
            ready.sort(by: appliesFirst)
            let next = ready.removeFirst()
            order.append(next)
            for name in (successors[next.name] ?? []).sorted() {
                pending[name, default: 0] -= 1
                if pending[name] == 0, let rule = byName[name] { ready.append(rule) }
            }
        }
        guard order.count == byName.count else { throw .cycle(cycle(among: pending, successors)) }
        return order
    }

    /// Among rules free to apply, the one that applies first: higher priority, then name.
    private static func appliesFirst(_ left: Rule, _ right: Rule) -> Bool {
        left.priority != right.priority ? left.priority > right.priority : left.name < right.name
    }

    /// One cycle among the rules still waiting, in the order the constraints ask for, from its
    /// first rule by name, which is repeated at the end. Each waiting rule waits for a waiting rule, so walking back
    /// from any of them meets a cycle.
    private static func cycle(among pending: [String: Int], _ successors: [String: Set<String>]) -> [String] {
        let waiting = Set(pending.filter { $0.value > 0 }.map(\.key))
        guard var current = waiting.min() else { return [] }
        var path: [String] = []
        while !path.contains(current) {
            path.append(current)
            let before = waiting.filter { successors[$0]?.contains(current) == true }
            guard let previous = before.min() else { break }
            current = previous
        }
        let cycle = Array(path[(path.firstIndex(of: current) ?? 0)...].reversed())
        let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
        let rotated = Array(cycle[first...] + cycle[..<first])
        return rotated + [rotated[0]]
    }
}
