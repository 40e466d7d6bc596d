import Foundation
import Hummingbird
import Logging
import NIOCore
import TiwiziCore

/// `tiwizi showcase --serve`: serves a showcase on localhost, made again for every page
/// request, so that a curator who edits a curation script or a template sees the change on
/// reload. A showcase that cannot be made is shown as a page that says why, never a crash.
public struct ShowcasePreview: Sendable {
    /// The showcase's files by path (`index.html`, `style.css`, `fonts/…`), or the error that
    /// stopped it, in words.
    public typealias Generate = @Sendable () -> Result<[String: Data], PreviewFailure>

    public let host: String
    public let port: Int
    let generate: Generate

    public init(host: String = "127.0.0.1", port: Int, generate: @escaping Generate) {
        self.host = host
        self.port = port
        self.generate = generate
    }

    /// Serves until the process is stopped; `ready` receives the address once it listens.
    /// - Throws: `PreviewFailure` for a port in use, or the server's error.
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        do {
            try await serve(ready: ready)
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PreviewFailure(
                english: "port \(port) on \(host) is in use; give another with --port (0 takes any free port).",
                french: "le port \(port) de \(host) est pris ; donnez-en un autre avec --port (0 prend un port libre).")
        }
    }

    private func serve(ready: @escaping @Sendable (String) -> Void) async throws {
        let latest = LatestFiles()
        let router = Router()
        let generate = generate
        let respond: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let path = String(request.uri.path.dropFirst())
            let page = path.isEmpty || path == "index.html"
            // The page is made again; its style sheet and fonts come with the last page made.
            let files = page ? latest.replace(with: generate()) : latest.current
            switch files {
            case .failure(let failure): return Self.failurePage(failure)
            case .success(let files):
                guard let data = files[page ? "index.html" : path] else { return Response(status: .notFound) }
                return Response(
                    status: .ok,
                    headers: [.contentType: Self.contentType(of: page ? "index.html" : path), .cacheControl: "no-store"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
        // `**` matches one path component or more; the page is `/`.
        router.get("/", use: respond)
        router.get("**", use: respond)
        let host = host
        var logger = Logger(label: "tiwizi-showcase")
        logger.logLevel = .warning
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "tiwizi-showcase"),
            onServerRunning: { channel in ready("http://\(host):\(channel.localAddress?.port ?? 0)/") }, logger: logger)
        try await app.runService()
    }

    static func contentType(of path: String) -> String {
        switch URL(fileURLWithPath: path).pathExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "ttf": return "font/ttf"
        case "svg": return "image/svg+xml"
        case "json": return "application/json; charset=utf-8"
        case "md", "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// A page that says what stopped the showcase, in English and French.
    static func failurePage(_ failure: PreviewFailure) -> Response {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Showcase error · Erreur de la vitrine</title>
            <style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;color:#1d1b18}pre{white-space:pre-wrap;background:#fdf0e6;border:1px solid #7a2e0e;padding:1rem}</style>
            </head><body>
            <h1>The showcase cannot be made</h1>
            <pre>\(escaped(failure.english))</pre>
            <h1 lang="fr">La vitrine ne peut pas être faite</h1>
            <pre lang="fr">\(escaped(failure.french))</pre>
            <p>Fix it and reload this page. · Corrigez, puis rechargez cette page.</p>
            </body></html>
            """
        return Response(
            status: .internalServerError, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Why a preview could not make the showcase, or could not serve, in English and French.
public struct PreviewFailure: Error, Bilingual {
    public let english: String
    public let french: String

    public init(english: String, french: String) {
        self.english = english
        self.french = french
    }
}

/// The files of the last page made, for the style sheet and fonts it links to (guarded by `lock`).
final class LatestFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: Result<[String: Data], PreviewFailure> = .success([:])

    var current: Result<[String: Data], PreviewFailure> { lock.withLock { files } }

    func replace(with new: Result<[String: Data], PreviewFailure>) -> Result<[String: Data], PreviewFailure> {
        lock.withLock { files = new }
        return new
    }
}
