import TiwiziCore

/// A record shown as aligned `Label  value` lines under a title (the `show` commands).
struct Sheet {
    let title: String
    let subtitle: String?
    private var lines: [(String, String)] = []

    init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    /// Adds a line; absent or empty values are left out.
    mutating func add(_ label: Heading, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        lines.append((Console.say(label), value))
    }

    func print() {
        Console.out(title)
        if let subtitle { Console.out(subtitle) }
        let width = lines.map { Table.width(of: $0.0) }.max() ?? 0
        for (label, value) in lines {
            Console.out("  " + label + String(repeating: " ", count: width - Table.width(of: label)) + "  " + value)
        }
    }
}
