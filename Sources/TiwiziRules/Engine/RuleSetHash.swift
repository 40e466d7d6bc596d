import Crypto
import Foundation
import TiwiziCore

/// The SHA-256 of what decides a price: each plugin's files (its entry within its folder, then
/// each file's path and bytes, in path order; tests excluded; the same whatever path named the
/// folder), the parameter values in use, the plugins whose
/// failing rules are skipped, and the event. A quote and an order record it, so that anyone can
/// tell whether today's rules and settings are the ones that priced them.
enum RuleSetHash {
    static func of(
        plugins: [PluginPackage], parameters: [String: [String: ParameterValue]], policies: FailurePolicies = FailurePolicies(),
        event: String? = nil
    ) throws -> String {
        var hasher = SHA256()
        for plugin in plugins.sorted(by: { ($0.identity, $0.file) < ($1.identity, $1.file) }) {
            hasher.update(data: Data(plugin.identity.utf8 + [0]))
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
        // What the defaults (fail, no event) would be adds nothing, so that the hashes of runs
        // that configure nothing stay what they were.
        for set in parameters.keys.sorted() where policies[set] == .skip {
            hasher.update(data: Data("skip \(set)\n".utf8))
        }
        if let event { hasher.update(data: Data("event \(event)\n".utf8)) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
