import Foundation
import Version

/// The versions of the Tiwizi Lua API a plugin works with: `">=2.1, <3"` (comparisons joined
/// by commas, all of which must hold), or `"2.1"` for `">=2.1, <3"` (the same major version, at
/// least this minor one).
public struct APIRequirement: Sendable, Hashable, CustomStringConvertible {
    /// One comparison with a version.
    struct Bound: Sendable, Hashable {
        enum Comparison: String, Sendable, CaseIterable {
            // Two-character operators first, so that `>=` is not read as `>`.
            case atLeast = ">="
            case atMost = "<="
            case above = ">"
            case below = "<"
            case exactly = "="
        }

        let comparison: Comparison
        let version: Version

        func holds(for provided: Version) -> Bool {
            switch comparison {
            case .atLeast: return provided >= version
            case .atMost: return provided <= version
            case .above: return provided > version
            case .below: return provided < version
            case .exactly: return provided == version
            }
        }
    }

    let bounds: [Bound]

    /// Reads a requirement; nil when `text` is not one.
    public init?(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        if parts.count == 1, let version = Self.version(parts[0]) {
            self.init(bounds: Self.compatible(with: version))
            return
        }
        var bounds: [Bound] = []
        for part in parts {
            guard let comparison = Bound.Comparison.allCases.first(where: { part.hasPrefix($0.rawValue) }),
                let version = Self.version(String(part.dropFirst(comparison.rawValue.count)).trimmingCharacters(in: .whitespaces))
            else { return nil }
            bounds.append(Bound(comparison: comparison, version: version))
        }
        self.init(bounds: bounds)
    }

    /// What a plugin written for the API `version` declares: `>=2.1, <3` for 2.1, the same major
    /// version, at least this minor one (`tiwizi new plugin` writes it).
    public init(writtenFor version: (major: Int, minor: Int)) {
        self.init(bounds: Self.compatible(with: Version(version.major, version.minor, 0)))
    }

    private init(bounds: [Bound]) {
        self.bounds = bounds
    }

    /// At least `version`, below the next major version.
    private static func compatible(with version: Version) -> [Bound] {
        [
            Bound(comparison: .atLeast, version: version),
            Bound(comparison: .below, version: Version(version.major + 1, 0, 0)),
        ]
    }

    /// `2`, `2.1` or `2.1.0`: digits only, no pre-release.
    private static func version(_ text: String) -> Version? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return Version(tolerant: text)
    }

    /// Whether the API version `provided` meets every bound.
    public func isSatisfied(by provided: (major: Int, minor: Int)) -> Bool {
        let version = Version(provided.major, provided.minor, 0)
        return bounds.allSatisfy { $0.holds(for: version) }
    }

    /// `>=2.1, <3`: each bound, with versions as short as they can be written.
    public var description: String {
        bounds.map { bound in
            let v = bound.version
            let text = v.patch != 0 ? "\(v.major).\(v.minor).\(v.patch)" : (v.minor != 0 ? "\(v.major).\(v.minor)" : "\(v.major)")
            return bound.comparison.rawValue + text
        }.joined(separator: ", ")
    }
}
