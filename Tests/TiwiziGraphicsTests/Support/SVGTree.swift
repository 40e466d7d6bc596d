import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of an SVG parsed back with Foundation's XMLParser: the tests read what a graphic
/// says from its structure, not from its text.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    fileprivate(set) var children: [SVGElement] = []
    /// The text directly inside, and inside its descendants, in document order.
    fileprivate(set) var text = ""
    /// The text directly inside, not inside its children.
    fileprivate(set) var ownText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// This element and all its descendants named `name`, in document order.
    func all(_ name: String) -> [SVGElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// Every element of the tree, in document order.
    var descendants: [SVGElement] { [self] + children.flatMap(\.descendants) }

    /// The element of this tree whose id is `id`.
    func element(id: String) -> SVGElement? { descendants.first { $0["id"] == id } }

    /// A number attribute.
    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// Parses `svg`, failing when it is not well-formed XML.
    static func parse(_ svg: String) throws -> SVGElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NotXML(reason: parser.parserError.map { "\($0)" } ?? "no root element", svg: svg)
        }
        return root
    }

    struct NotXML: Error, CustomStringConvertible {
        let reason: String
        let svg: String
        var description: String { "not well-formed XML (\(reason)): \(svg.prefix(400))" }
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: SVGElement?
    private var open: [SVGElement] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let element = SVGElement(name: elementName, attributes: attributes)
        open.last?.children.append(element)
        if root == nil { root = element }
        open.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for element in open { element.text += string }
        open.last?.ownText += string
    }
}
