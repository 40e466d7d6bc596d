import TiwiziCore

/// What a reader has already looked up for validation (each cooperative's seat, each scheme,
/// whether each know-how exists), so that importing 600,000 products asks SQLite once per
/// cooperative, scheme and know-how instead of once per product. Inside a write transaction the
/// writer forgets an answer when it saves or removes the record it is about.
final class ReferenceMemo {
    var seats = Answers<Region?>()
    var schemes = Answers<CertificationScheme?>()
    var knowHow = Answers<Bool>()

    /// Answers by key, found absent included.
    struct Answers<Value> {
        private var answers: [String: Value] = [:]

        /// The answer for `key`, looked up once.
        mutating func value(for key: String, _ lookup: () throws -> Value) rethrows -> Value {
            if let known = answers[key] { return known }
            let value = try lookup()
            answers[key] = value
            return value
        }

        mutating func forget(_ key: String) { answers[key] = nil }
    }
}
