import Crypto
import Foundation

/// The SHA-256 of what decides a price: each plugin's files (its name, then each file's path
/// and bytes, in path order; tests excluded) and the parameter values in use. A quote and an
/// order record it, so that anyone can tell whether today's rules are the ones that priced them.
enum RuleSetHash {
    static func of(plugins: [PluginPackage], parameters: [String: [String: ParameterValue]]) throws -> String {
        var hasher = SHA256()
        for plugin in plugins.sorted(by: { $0.file < $1.file }) {
            hasher.update(data: Data(plugin.file.utf8 + [0]))
            for file in plugin.sourceFiles {
                hasher.update(data: Data(file.relative.utf8 + [0]))
                hasher.update(data: try Data(contentsOf: file.url))
                hasher.update(data: Data([0]))
            }
        }
        for set in parameters.keys.sorted() {
            for (name, value) in (parameters[set] ?? [:]).sorted(by: { $0.key < $1.key }) {
                hasher.update(data: Data("\(set).\(name)=\(value)\n".utf8))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
