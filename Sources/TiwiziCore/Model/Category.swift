/// A product category as a dotted path from general to specific: `food.oil.argan`,
/// `craft.textile.carpet`.
public struct Category: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let path: String

    /// Accepts lowercase dotted paths whose segments are ASCII letters, digits and hyphens, each
    /// starting with a letter, at most 100 characters in all. One pass over the bytes: every
    /// product read or imported goes through it.
    public init?(_ path: String) {
        guard path.utf8.count <= 100 else { return nil }
        var segmentStart = true
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): segmentStart = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): if segmentStart { return nil }
            case UInt8(ascii: "."): if segmentStart { return nil } else { segmentStart = true }
            default: return nil
            }
        }
        guard !segmentStart else { return nil }
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
