/// Whole percentages of parts of a total that add up to exactly 100: each part's share rounded
/// down, then the points left given to the largest remainders; of equal remainders, the smaller
/// part's first (199 and 1 are 99 % and 1 %, not 100 % and 0 %), then the first part's.
enum Percentages {
    /// The percentage of each count of `counts` (negative counts count as zero); nil when they add
    /// up to zero, which has no shares.
    static func of(_ counts: [Int]) -> [Int]? {
        let parts = counts.map { max($0, 0) }
        let total = parts.reduce(0, +)
        guard total > 0 else { return nil }
        var percentages = parts.map { $0 * 100 / total }
        let remainders = parts.map { $0 * 100 % total }
        let left = 100 - percentages.reduce(0, +)
        let largest = remainders.indices.sorted {
            (remainders[$1], parts[$0], $0) < (remainders[$0], parts[$1], $1)
        }
        for index in largest.prefix(left) { percentages[index] += 1 }
        return percentages
    }
}
