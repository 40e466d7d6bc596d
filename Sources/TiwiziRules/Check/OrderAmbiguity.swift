import TiwiziCore

/// Rules whose order only their names decide: rules of one phase with one priority, whose
/// windows overlap, where no `before`/`after` path leads from one to the other, and whose order
/// changes a result — not two members of one best-of group pricing (the lowest wins), nor two
/// label rules that both stack (their labels are only listed in that order).
enum OrderAmbiguity {
    /// The ambiguities among `rules` that can still apply on `today` or later.
    static func findings(in rules: [Rule], from today: CalendarDate) -> [CheckFinding] {
        let later = successors(of: rules)
        var findings: [CheckFinding] = []
        for phase in Rule.Phase.allCases {
            let inPhase = rules.filter { $0.phases[phase] != nil && ($0.validUntil.map { $0 >= today } ?? true) }
            for priority in Set(inPhase.map(\.priority)).sorted() {
                let peers = inPhase.filter { $0.priority == priority }.sorted { $0.name < $1.name }
                let unordered = peers.filter { rule in
                    peers.contains { other in
                        other.name != rule.name && overlap(rule, other) && orderMatters(rule, other, in: phase)
                            && !reaches(rule.name, other.name, later) && !reaches(other.name, rule.name, later)
                    }
                }
                guard unordered.count > 1 else { continue }
                findings.append(
                    CheckFinding(
                        location: unordered[0].location(of: phase), rules: unordered.map(\.name),
                        problem: .orderedByName(phase: phase, priority: priority)))
            }
        }
        return findings
    }

    private static func orderMatters(_ left: Rule, _ right: Rule, in phase: Rule.Phase) -> Bool {
        if phase == .label { return left.stacking != .stack || right.stacking != .stack }
        guard let group = left.stacking.group else { return true }
        return right.stacking.group != group
    }

    /// Whether two rules' validity windows share a day.
    static func overlap(_ left: Rule, _ right: Rule) -> Bool {
        let from = [left.validFrom, right.validFrom].compactMap { $0 }.max()
        let until = [left.validUntil, right.validUntil].compactMap { $0 }.min()
        guard let from, let until else { return true }
        return from <= until
    }

    /// For each rule, the rules its `before`/`after` constraints make apply after it.
    private static func successors(of rules: [Rule]) -> [String: Set<String>] {
        var next: [String: Set<String>] = [:]
        for rule in rules {
            for name in rule.before { next[rule.name, default: []].insert(name) }
            for name in rule.after { next[name, default: []].insert(rule.name) }
        }
        return next
    }

    private static func reaches(_ start: String, _ goal: String, _ next: [String: Set<String>]) -> Bool {
        var seen: Set<String> = [start]
        var pending = [start]
        while let name = pending.popLast() {
            for following in next[name] ?? [] where seen.insert(following).inserted {
                if following == goal { return true }
                pending.append(following)
            }
        }
        return false
    }
}
