extension BarChart {
    /// One bar of a chart: what it counts, and how many.
    public struct Bar: Sendable, Hashable {
        /// What the bar counts (`Souss-Massa`), in the chart's language.
        public var label: String
        public var value: Int

        public init(label: String, value: Int) {
            self.label = label
            self.value = value
        }
    }
}
