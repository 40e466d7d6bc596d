import Foundation

/// Prints a showcase's HTML to PDF with Debian's `weasyprint`, which shapes Arabic correctly
/// and follows the print style sheet (A4, a page per region, no card split across pages).
enum PDFPrinter {
    /// The PDF of `files` (the HTML folder: `index.html`, its style sheet and fonts).
    /// - Throws: `ShowcaseProblem.pdfPrinterMissing` when `weasyprint` is not installed,
    ///   `.pdfPrinterFailed` when it fails.
    static func print(_ files: [(path: String, data: Data)]) throws -> Data {
        guard let weasyprint = executable("weasyprint") else { throw ShowcaseProblem.pdfPrinterMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let pdf = folder.appendingPathComponent("showcase.pdf")
        let errors = folder.appendingPathComponent("weasyprint.err")
        try Data().write(to: errors)
        let process = Process()
        process.executableURL = weasyprint
        process.arguments = ["--quiet", folder.appendingPathComponent("index.html").path, pdf.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf) else {
            let reason = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw ShowcaseProblem.pdfPrinterFailed(status: Int(process.terminationStatus), reason: String(reason.suffix(2_000)))
        }
        return data
    }

    /// The first `name` on the PATH.
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
