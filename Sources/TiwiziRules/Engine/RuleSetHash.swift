import Crypto
import Foundation

/// The SHA-256 of what decides a price: every rule-set and library file of a rules folder (its
/// path and bytes, in path order; tests excluded) and the parameter values in use. A quote and
/// an order record it, so that anyone can tell whether today's rules are the ones that priced
/// them.
enum RuleSetHash {
    static func of(folder: URL, parameters: [String: [String: ParameterValue]]) throws -> String {
        var hasher = SHA256()
        for file in files(in: folder) {
            hasher.update(data: Data(file.relative.utf8 + [0]))
            hasher.update(data: try Data(contentsOf: file.url))
            hasher.update(data: Data([0]))
        }
        for set in parameters.keys.sorted() {
            for (name, value) in (parameters[set] ?? [:]).sorted(by: { $0.key < $1.key }) {
                hasher.update(data: Data("\(set).\(name)=\(value)\n".utf8))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The rule sets and the library modules they `require`, by path relative to `folder`.
    private static func files(in folder: URL) -> [(relative: String, url: URL)] {
        let manager = FileManager.default
        return (RuleLoader.ruleFolders + ["lib"]).flatMap { name -> [(String, URL)] in
            let sub = folder.appendingPathComponent(name)
            guard let walker = manager.enumerator(atPath: sub.path) else { return [] }
            return walker.compactMap { $0 as? String }
                .filter { $0.hasSuffix(".lua") && !$0.hasSuffix("_test.lua") }
                .map { ("\(name)/\($0)", sub.appendingPathComponent($0)) }
        }.sorted { $0.0 < $1.0 }
    }
}
