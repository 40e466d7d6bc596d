import Foundation
import Hummingbird
import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// The service's endpoints, answering the documents the CLI prints (`QuoteDocument`,
/// `PricingDocument`), and a JSON error (`ServiceError`) for any request they cannot answer.
struct PricingRoutes: Sendable {
    let engine: TiwiziEngine

    var router: Router<BasicRequestContext> {
        let router = Router()
        // A cart naming a product the catalog lacks is well formed but cannot be priced: 422.
        router.post("quote") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            return await respond(unknown: .unprocessableContent) { [request] in
                let cart = try Cart.parse(String(buffer: body), json: true, displayName: "cart")
                let quote = try await engine.quote(cart, at: try Self.moment(of: request))
                return quote.document(steps: Self.explains(request), language: .english)
            }
        }
        router.get("products/:sku/price") { request, context in
            await respond(unknown: .notFound) {
                let sku = try context.parameters.require("sku")
                let priced = try await engine.price(sku: sku, at: try Self.moment(of: request))
                return priced.document(steps: Self.explains(request), language: .english)
            }
        }
        // The plugins on disk, or the catalog's settings of them, that do not load are the
        // service's state, not the request's: 409, and the plugins in use stay.
        router.post("reload") { _, _ in
            await respond(unknown: .notFound, failed: .conflict) {
                let outcome = try await engine.reload() == .reloaded ? "reloaded" : "unchanged"
                return .record([("reload", .text(outcome)), ("rule_set_hash", .text(engine.ruleSetHash))])
            }
        }
        return router
    }

    /// The document `body` makes as a JSON response, or the error it throws as one; `unknown`
    /// is the status of a record the catalog does not hold, `failed` that of plugins that fail.
    private func respond(
        unknown: HTTPResponse.Status, failed: HTTPResponse.Status = .internalServerError,
        _ body: () async throws -> DocumentNode
    ) async -> Response {
        do {
            return Self.json(JSONDocument.render(try await body()), status: .ok)
        } catch {
            let failure = ServiceError(error, unknown: unknown, failed: failed)
            return Self.json(JSONDocument.render(failure.document), status: failure.status)
        }
    }

    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// The `at` query parameter, read as `--at` is; now when there is none.
    private static func moment(of request: Request) throws -> Date {
        guard let text = request.uri.queryParameters.get("at") else { return Date() }
        guard let instant = RunContext.parseInstant(text) else { throw ServiceError.invalidMoment(text) }
        return instant
    }

    /// Whether `explain=true` asks for every rule's step.
    private static func explains(_ request: Request) -> Bool {
        ["true", "1", "yes"].contains(request.uri.queryParameters.get("explain")?.lowercased() ?? "")
    }
}
