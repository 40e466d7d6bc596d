import TiwiziCore

extension LocalizedText {
    /// `{fr: …, ar: …, en: …, zgh: …}` with the languages present, in a fixed order.
    package var node: DocumentNode {
        .record(languages.map { ($0.rawValue, .text(self[$0])) })
    }
}

extension Optional where Wrapped == LocalizedText {
    package var node: DocumentNode { self?.node ?? .null(line: nil) }
}
