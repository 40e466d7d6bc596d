import TiwiziCore

/// The outer `<svg>` element every graphic of this module shares: its size, `role="img"` named
/// by its `<title>` and described by its `<desc>` (`aria-labelledby` both), and the language and
/// direction of its text.
///
/// The ids of a graphic (its title, description and patterns) start with a prefix derived from
/// what it shows, so that several graphics inline in one HTML page do not share ids by accident,
/// and the same graphic is drawn the same every time.
struct SVGFrame {
    /// The prefix of this graphic's ids, such as `tiwizi-bar-5f0e3c1a`.
    let prefix: String

    /// A frame for a graphic of `kind` (`bar`, `qr`…); `fingerprint` is text that tells its
    /// content apart (its title and description, its path).
    init(kind: String, fingerprint: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a, 64 bits
        for byte in fingerprint.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        prefix = "tiwizi-\(kind)-" + String(hash >> 32, radix: 16)
    }

    /// The id `name` of this graphic: `prefix-name`.
    func id(_ name: String) -> String { prefix + "-" + name }

    /// The `<svg>` element around `body`. Without a `language`, the text's language and direction
    /// are those of the page around it.
    func svg(
        width: Double, height: Double, viewBox: (width: Double, height: Double)? = nil, title: String,
        description: String? = nil, language: Language? = nil, attributes: [(String, String)] = [], body: String
    ) -> String {
        let box = viewBox ?? (width, height)
        var root: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", SVGMarkup.number(width)), ("height", SVGMarkup.number(height)),
            ("viewBox", "0 0 \(SVGMarkup.number(box.width)) \(SVGMarkup.number(box.height))"),
            ("role", "img"),
            ("aria-labelledby", ([id("title")] + (description == nil ? [] : [id("desc")])).joined(separator: " ")),
        ]
        if let language {
            // `direction` is explicit either way: an SVG inline in a right-to-left page would inherit it.
            root += [
                ("lang", language.rawValue), ("xml:lang", language.rawValue),
                ("direction", language.direction),
            ]
        }
        var head = SVGMarkup.element("title", [("id", id("title"))], content: SVGMarkup.escaped(title))
        if let description {
            head += SVGMarkup.element("desc", [("id", id("desc"))], content: SVGMarkup.escaped(description))
        }
        return SVGMarkup.element("svg", root + attributes, content: head + body)
    }
}
