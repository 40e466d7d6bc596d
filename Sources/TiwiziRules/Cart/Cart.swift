import Foundation
import TiwiziCore
import TiwiziFormats

/// What a buyer asks to pay for: SKUs and quantities, the coupon codes given, and who buys
/// (for per-customer coupon caps). Lines of one SKU are merged and kept in SKU order, so that
/// nothing depends on the order in which a cart lists them.
public struct Cart: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let sku: String
        public let quantity: Int
    }

    public let lines: [Line]
    /// Codes as given, in upper case (codes are not case-sensitive).
    public let coupons: Set<String>
    public let customer: String?

    public init(lines: [(sku: String, quantity: Int)], coupons: [String] = [], customer: String? = nil) {
        var quantities: [String: Int] = [:]
        for line in lines { quantities[line.sku, default: 0] += line.quantity }
        self.lines = quantities.keys.sorted().map { Line(sku: $0, quantity: quantities[$0] ?? 0) }
        self.coupons = Set(coupons.map { $0.uppercased() })
        self.customer = customer
    }

    /// The most units a line may hold.
    public static let maximumQuantity = 100_000

    /// Reads a cart file (YAML or JSON): `customer`, `coupons` and `lines` of `sku` and
    /// `quantity`. Every problem names the file, the line and the field.
    /// - Throws: `ValidationFailure` with every problem, or `Issue` for an unreadable file.
    public static func read(_ url: URL, displayName: String) throws -> Cart {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Issue(.unreadable(path: displayName, reason: "not UTF-8 text, or not readable"))
        }
        return try parse(text, json: url.pathExtension.lowercased() == "json", displayName: displayName)
    }

    /// Reads a cart document's text, JSON when `json`, else YAML (a cart file's contents, or a
    /// request's body); `displayName` names it in problems.
    /// - Throws: `ValidationFailure` with every problem, or `Issue` for text that is not JSON
    ///   (YAML).
    public static func parse(_ text: String, json: Bool, displayName: String) throws -> Cart {
        let node =
            json
            ? try JSONDocument.parse(Data(text.utf8), text: text, file: displayName)
            : try YAMLDocument.parse(text, file: displayName)
        guard let node else {
            throw ValidationFailure([Issue(.required(field: "lines"), location: SourceLocation(file: displayName))])
        }
        return try decode(node, file: displayName)
    }

    /// Reads a cart document: the mapping of a cart file, or the cart of a rule-set test.
    /// Every problem names `file`, the line and the field (`lines[0].quantity`).
    /// - Throws: `ValidationFailure` with every problem.
    public static func decode(_ node: DocumentNode, file: String) throws(ValidationFailure) -> Cart {
        let log = IssueLog()
        guard let reader = RecordReader(node, file: file, path: "", allowed: ["customer", "coupons", "lines"], log: log)
        else { throw ValidationFailure(log.issues) }
        let lines = reader.children("lines", allowed: ["sku", "quantity"]).compactMap { line -> (String, Int)? in
            let sku = line.value("sku", required: true) { text throws(Issue) in try FieldParsing.sku(text) }
            let quantity = line.value("quantity", required: true) { text throws(Issue) -> Int in
                let count = try FieldParsing.integer(text)
                guard (1...maximumQuantity).contains(count) else {
                    throw Issue(.numberOutOfRange(text, range: 1...maximumQuantity))
                }
                return count
            }
            guard let sku, let quantity else { return nil }
            return (sku, quantity)
        }
        if reader.node("lines") == nil { reader.report(Issue(.required(field: "lines")), key: "lines") }
        // A control character (a NUL above all, which SQLite would cut the text at) would make a
        // customer or a code another one when the order is recorded.
        let customer = reader.text("customer")
        if let issue = Issue.invisibleControls(customer, field: "customer") { reader.report(issue, key: "customer") }
        let coupons = reader.values("coupons") { $0 }
        for code in coupons {
            if let issue = Issue.invisibleControls(code, field: "coupons") { reader.report(issue, key: "coupons") }
        }
        let cart = Cart(lines: lines.map { (sku: $0.0, quantity: $0.1) }, coupons: coupons, customer: customer)
        guard log.issues.isEmpty else { throw ValidationFailure(log.issues) }
        return cart
    }
}
