extension ShareBar {
    /// One part of the whole: what it is, and how many.
    public struct Segment: Sendable, Hashable {
        /// What the part is (`Femmes`), in the chart's language.
        public var label: String
        public var count: Int

        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }
}
