import Foundation
import Testing

/// The built service, over HTTP, answers what the built `tiwizi` prints for the same catalog,
/// rules, cart and moment.
@Suite("The pricing service over HTTP")
struct PricingServiceTests {
    static let carts = [
        #"{"customer": "amina", "coupons": ["ess2026"], "lines": [{"sku": "TAM-THY-500", "quantity": 2}, {"sku": "TAF-ARG-250", "quantity": 1}]}"#,
        #"{"lines": [{"sku": "AGH-MJH-500", "quantity": 3}, {"sku": "CHB-ARG-500", "quantity": 1}, {"sku": "AGH-MJH-500", "quantity": 1}]}"#,
    ]
    /// During the Assises of the ESS (its promotions apply), and after.
    static let moments = ["2026-03-20T09:00", "2026-11-29T10:30"]

    @Test func aQuoteIsWhatTiwiziQuotePrints() async throws {
        let workspace = try await ServiceWorkspace.open()
        defer { workspace.close() }
        for (index, cart) in Self.carts.enumerated() {
            let file = try workspace.write("cart-\(index).json", cart)
            for moment in Self.moments {
                let printed = try await workspace.tiwizi(["quote", file, "--at", moment, "--json"])
                try #require(printed.status == 0, "tiwizi quote failed: \(printed.stderr)")
                let answered = try await workspace.request("POST", "/quote?at=\(moment)", body: cart)
                #expect(answered.status == 200)
                #expect(try JSON.canonical(answered.json) == JSON.canonical(try JSON.parse(printed.stdout)))
                // With every rule's step, as `--explain` gives them (but for what each cost).
                let explained = try await workspace.tiwizi(["quote", file, "--at", moment, "--json", "--explain"])
                let traced = try await workspace.request("POST", "/quote?at=\(moment)&explain=true", body: cart)
                #expect(
                    try JSON.canonical(traced.json, withoutCosts: true)
                        == JSON.canonical(try JSON.parse(explained.stdout), withoutCosts: true))
            }
        }
    }

    @Test func aPriceIsTheRecordTiwiziPricePrints() async throws {
        let workspace = try await ServiceWorkspace.open()
        defer { workspace.close() }
        for sku in ["TAF-ARG-250", "ASF-SAF-1G"] {
            for moment in Self.moments {
                let printed = try await workspace.tiwizi(["price", sku, "--at", moment, "--json"])
                try #require(printed.status == 0, "tiwizi price failed: \(printed.stderr)")
                let records = try #require(try JSON.parse(printed.stdout) as? [Any])
                let answered = try await workspace.request("GET", "/products/\(sku)/price?at=\(moment)")
                #expect(answered.status == 200)
                #expect(records.count == 1)
                #expect(try JSON.canonical(answered.json) == JSON.canonical(records[0]))
            }
        }
    }

    @Test func badInputIsA4xxWithAJSONError() async throws {
        let workspace = try await ServiceWorkspace.open()
        defer { workspace.close() }
        let cases: [(method: String, path: String, body: String?, status: Int, code: String)] = [
            ("POST", "/quote", #"{"lines": [{"sku": "TAF-ARG-250", "quantity": 1}"#, 400, "jsonMalformed"),
            ("POST", "/quote", "", 400, "jsonMalformed"),
            ("POST", "/quote", "null", 400, "expectedMapping"),
            ("POST", "/quote", #"{"lines": "TAF-ARG-250"}"#, 400, "expectedList"),
            ("POST", "/quote", #"{"lines": [{"sku": "NOPE-1", "quantity": 1}]}"#, 422, "notFound"),
            ("POST", "/quote", #"{"lines": [{"sku": "TAF-ARG-250", "quantity": -2}]}"#, 400, "numberOutOfRange"),
            ("POST", "/quote", #"{"lines": [{"sku": "TAF-ARG-250", "quantity": 1}], "discount": 50}"#, 400, "fieldUnknown"),
            ("POST", "/quote", #"{"lines": [{"sku": "TAF-ARG-250", "qty": 1}]}"#, 400, "fieldUnknown"),
            ("POST", "/quote?at=someday", #"{"lines": [{"sku": "TAF-ARG-250", "quantity": 1}]}"#, 400, "invalidMoment"),
            ("GET", "/products/NOPE-1/price", nil, 404, "notFound"),
            ("GET", "/products/TAF-ARG-250/price?at=2026-13-40", nil, 400, "invalidMoment"),
        ]
        for item in cases {
            let answered = try await workspace.request(item.method, item.path, body: item.body)
            #expect(answered.status == item.status, "\(item.method) \(item.path) \(item.body ?? "")")
            let error = (answered.json as? [String: Any])?["error"] as? [String: Any]
            #expect(error?["code"] as? String == item.code, "\(item.path): \(answered.json)")
            #expect((error?["message"] as? String)?.isEmpty == false)
        }
        // The service still answers after them.
        #expect(try await workspace.request("GET", "/products/TAF-ARG-250/price").status == 200)
    }
}

/// JSON as parsed by JSONSerialization, compared in one canonical text.
enum JSON {
    static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The value written with sorted keys; `withoutCosts` leaves out what each rule's call cost
    /// (a long-lived sandbox holds more memory than a new process's).
    static func canonical(_ value: Any, withoutCosts: Bool = false) throws -> String {
        let value = withoutCosts ? stripped(value) : value
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    private static func stripped(_ value: Any) -> Any {
        if let record = value as? [String: Any] {
            return record.filter { !["instructions", "peak_memory_bytes"].contains($0.key) }.mapValues(stripped)
        }
        if let list = value as? [Any] { return list.map(stripped) }
        return value
    }
}
