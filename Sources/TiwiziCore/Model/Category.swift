/// A product category as a dotted path from general to specific: `food.oil.argan`,
/// `craft.textile.carpet`.
public struct Category: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let path: String

    /// Accepts lowercase dotted paths whose segments are ASCII letters, digits and hyphens.
    public init?(_ path: String) {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false)
        let valid =
            !segments.isEmpty && path.count <= 100
            && segments.allSatisfy { segment in
                guard let first = segment.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
                return segment.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            }
        guard valid else { return nil }
        self.path = path
    }

    /// Whether this category is `prefix` or lies below it (`food.oil.argan` is within `food.oil`,
    /// not within `food.oi`).
    public func isWithin(_ prefix: Category) -> Bool {
        path == prefix.path || path.hasPrefix(prefix.path + ".")
    }

    public var description: String { path }
    public static func < (a: Category, b: Category) -> Bool { a.path < b.path }
}
