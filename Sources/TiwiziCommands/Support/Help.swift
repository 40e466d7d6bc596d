import ArgumentParser
import TiwiziCore

/// Help comes from the help texts (`HelpText`), in the interface language. ArgumentParser asks
/// for help only when it shows it, so the environment's language applies.
extension ArgumentHelp {
    /// The help of an argument, option or flag.
    init(_ text: HelpText, valueName: String? = nil) {
        self.init(text.text, valueName: valueName)
    }
}

extension ValidationError {
    /// A usage error, in the interface language.
    init(_ problem: CommandProblem) {
        self.init(Console.say(problem))
    }
}
