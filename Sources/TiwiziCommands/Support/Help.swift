import ArgumentParser
import TiwiziCore

/// Help and usage errors come from the help catalog (`HelpKey`), in the interface language.
/// ArgumentParser asks for help only when it shows it, so the environment's language applies.
extension ArgumentHelp {
    /// The help of an argument, option or flag.
    init(_ key: HelpKey, valueName: String? = nil) {
        self.init(key.text, valueName: valueName)
    }
}

extension ValidationError {
    /// A usage error, with `{name}` placeholders filled from `arguments`.
    init(_ key: HelpKey, _ arguments: [String: String] = [:]) {
        self.init(key.text(arguments))
    }
}
