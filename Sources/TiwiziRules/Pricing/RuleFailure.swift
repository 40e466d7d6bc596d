import LuaHost
import TiwiziCore

/// A rule that raised an error, hit a sandbox limit or returned an invalid effect, with the
/// rule, its script and line, and the product or line it was working on.
public struct RuleFailure: Error, HumanReadable {
    public let rule: String
    /// `pricing/base.lua:12`.
    public let location: String
    public let phase: Rule.Phase
    /// The product's SKU, or the cart line.
    public let subject: String
    public let reason: Reason

    public enum Reason: Sendable, HumanReadable {
        /// The script raised an error or hit a limit.
        case lua(LuaError)
        case effect(EffectProblem)

        public func text(in language: InterfaceLanguage) -> String {
            switch self {
            case .lua(let error): return error.message
            case .effect(let problem): return problem.text(in: language)
            }
        }

        /// The sandbox limit the rule hit, if that is why it failed.
        public var exceededLimit: SandboxLimit? {
            if case .lua(let error) = self { return error.exceededLimit }
            return nil
        }
    }

    init(rule: Rule, phase: Rule.Phase, subject: String, reason: Reason) {
        self.rule = rule.name
        location = rule.location(of: phase)
        self.phase = phase
        self.subject = subject
        self.reason = reason
    }

    public func text(in language: InterfaceLanguage) -> String {
        let french = language == .french
        let what = french ? "règle \(rule) (\(phase.rawValue), \(subject))" : "rule \(rule) (\(phase.rawValue), \(subject))"
        return "\(location): \(what)\(language.colon)\(reason.text(in: language))"
    }
}
