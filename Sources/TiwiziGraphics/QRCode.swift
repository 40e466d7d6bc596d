import CQRencode

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A QR code of some text, encoded by libqrencode: its modules (the dark and light squares), and
/// their drawing as a self-contained SVG.
///
/// The text is encoded as its UTF-8 bytes in 8-bit mode, without an ECI header, which is how
/// readers expect links: `https://tiwizi.ma/p/TAF-ARG-250`, or one with Arabic in its path.
///
/// Thread safety: a `QRCode` is an immutable value; the C struct libqrencode returns is copied
/// and freed in the initializer. Encoding is thread-safe: Debian builds libqrencode with pthread,
/// which guards the tables the library fills on first use with a mutex (its header warns only
/// of builds without pthread), and `errno` is per thread. Codes may be made from any task.
public struct QRCode: Sendable, Hashable {
    /// The width and height of the symbol in modules, without quiet zone: 17 + 4 × version.
    public let size: Int
    /// The symbol version, 1 (21 × 21 modules) to 40 (177 × 177), the smallest that holds the text.
    public let version: Int
    /// Row by row, from the top left: whether each module is dark.
    private let modules: [Bool]

    /// The QR code of `text`, at the smallest version that holds it.
    /// - Throws: `GraphicsProblem.textTooLongForQRCode` when its UTF-8 is longer than
    ///   `errorCorrection.byteCapacity`, `.emptyQRCodeText` for empty text.
    public init(_ text: String, errorCorrection: ErrorCorrection = .medium) throws(GraphicsProblem) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .emptyQRCodeText }
        errno = 0
        guard let code = QRcode_encodeData(Int32(clamping: bytes.count), bytes, 0, errorCorrection.level) else {
            let failure = errno
            if failure == ERANGE || bytes.count > errorCorrection.byteCapacity {
                throw .textTooLongForQRCode(byteCount: bytes.count, maximum: errorCorrection.byteCapacity)
            }
            throw .qrCodeNotEncoded(reason: String(cString: strerror(failure)))
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        version = Int(code.pointee.version)
        // Each byte describes one module; its lowest bit says dark (the others are how it was made).
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module in column `x`, row `y` (from the top left, 0-based) is dark. Outside the
    /// symbol, in its quiet zone, every module is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// The code as a self-contained `<svg>` element, to put inline in an HTML page or save as a
    /// file: black modules on white, one `<path>` of horizontal runs, `shape-rendering="crispEdges"`
    /// so that module edges stay sharp, and `role="img"` with `title` as its accessible name.
    /// - Parameters:
    ///   - moduleSize: the width of a module in CSS pixels (the `width` and `height` attributes;
    ///     the `viewBox` counts modules, so CSS may scale the code without blurring it).
    ///   - quietZone: the light margin around the symbol, in modules; the standard asks for 4.
    ///   - title: what the code is, for screen readers (and a tooltip), such as the link it holds.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String) -> String {
        precondition(moduleSize > 0 && quietZone >= 0, "a QR code needs modules of at least 1 pixel and no negative quiet zone")
        let side = size + 2 * quietZone
        let path = darkRunsPath(offset: quietZone)
        let frame = SVGFrame(kind: "qr", fingerprint: title + "\u{1F}" + path)
        let body =
            SVGMarkup.element("rect", [("width", "\(side)"), ("height", "\(side)"), ("fill", "#fff")])
            + SVGMarkup.element("path", [("fill", "#000"), ("d", path)])
        return frame.svg(
            width: Double(side * moduleSize), height: Double(side * moduleSize),
            viewBox: (Double(side), Double(side)), title: title,
            attributes: [("shape-rendering", "crispEdges")], body: body)
    }

    /// Every run of dark modules of a row as one rectangle: `M x y h length v1 h -length z`.
    private func darkRunsPath(offset: Int) -> String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size)
        func append(_ number: Int) {
            if number >= 10 { append(number / 10) }
            path.append(UInt8(ascii: "0") + UInt8(number % 10))
        }
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[y * size + x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size && modules[y * size + x] { x += 1 }
                path.append(UInt8(ascii: "M"))
                append(start + offset)
                path.append(UInt8(ascii: " "))
                append(y + offset)
                path.append(UInt8(ascii: "h"))
                append(x - start)
                path += "v1h-".utf8
                append(x - start)
                path.append(UInt8(ascii: "z"))
            }
        }
        return String(decoding: path, as: UTF8.self)
    }
}
