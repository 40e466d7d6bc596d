import Hummingbird
import TiwiziCore
import TiwiziFormats
import TiwiziRules
import TiwiziStore

/// Why the service cannot answer a request: an HTTP status, and the body
/// `{"error": {"code": …, "message": …}}`, `code` being the problem's case name (`jsonMalformed`,
/// `numberOutOfRange`, `notFound`…). What is wrong with the request is a 4xx; only a failure of
/// the service or of its rules is a 5xx.
struct ServiceError: Error {
    let status: HTTPResponse.Status
    let code: String
    let message: String

    /// `at` that `RunContext.parseInstant` does not read.
    static func invalidMoment(_ text: String) -> ServiceError {
        ServiceError(
            status: .badRequest, code: "invalidMoment",
            message: "at: “\(text)” is not a moment; write 2026-03-20T09:00, 2026-03-20 09:00 or 2026-03-20.")
    }

    init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// The response to `error`; `unknown` is the status of a record the catalog does not hold,
    /// `failed` that of plugins (or their settings) that do not load or fail.
    init(_ error: any Error, unknown: HTTPResponse.Status, failed: HTTPResponse.Status = .internalServerError) {
        switch error {
        case let error as ServiceError:
            self = error
        case let problem as ConfigurationProblem:
            // A moment outside the service's event is the request's; any other, the plugins'.
            if case .eventNotOpen = problem {
                self.init(status: .unprocessableContent, code: problem.code, message: problem.text(in: .english))
            } else {
                self.init(status: failed, code: problem.code, message: problem.text(in: .english))
            }
        case let problem as RuleProblem:
            self.init(status: failed, code: problem.code, message: problem.text(in: .english))
        case let failure as ValidationFailure:
            // A cart's problems, each naming its field: `lines[0].quantity: …`.
            self.init(
                status: .badRequest, code: failure.issues.first.map { $0.problem.code } ?? "invalid",
                message: failure.issues.map { $0.text(in: .english) }.joined(separator: "\n"))
        case let issue as Issue:
            self.init(status: .badRequest, code: issue.problem.code, message: issue.text(in: .english))
        case let error as CatalogError:
            if case .notFound = error {
                self.init(status: unknown, code: error.code, message: error.text(in: .english))
            } else {
                self.init(status: .internalServerError, code: error.code, message: error.text(in: .english))
            }
        case let error as MoneyError:
            // A cart mixing currencies, or amounts beyond what money holds.
            self.init(status: .unprocessableContent, code: error.code, message: error.text(in: .english))
        case let error as any HTTPResponseError:
            self.init(status: error.status, code: "http", message: "\(error.status.code) \(error.status.reasonPhrase)")
        case let error as any HumanReadable:
            self.init(status: failed, code: "internal", message: error.text(in: .english))
        default:
            self.init(status: failed, code: "internal", message: String(describing: error))
        }
    }

    /// The error's JSON body.
    var document: DocumentNode {
        .record([("error", .record([("code", .text(code)), ("message", .text(message))]))])
    }
}
