import Foundation
import TiwiziCore
import Yams

/// Reads and writes JSON catalog documents. Syntax is checked strictly by Foundation's JSON
/// parser; the tree is then read through libyaml (JSON is valid YAML) to keep line numbers.
package enum JSONDocument {
    package static func parse(_ data: Data, text: String, file: String) throws(Issue) -> DocumentNode? {
        // JSON has no raw control characters but tab and line breaks (Foundation stops reading at
        // a NUL and keeps what came before, where libyaml reads on: the two would disagree).
        if let offset = data.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            let code = String(format: "U+%04X", data[offset])
            throw Issue(
                .jsonMalformed(detail: "control character \(code); JSON writes it escaped inside a string (\\u0000)"),
                location: SourceLocation(file: file, line: line(at: offset - data.startIndex, in: data)))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            var detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            while detail.hasSuffix(".") { detail.removeLast() }  // the message adds its own full stop
            let location = SourceLocation(file: file, line: lineNumber(in: detail, data: data))
            throw Issue(.jsonMalformed(detail: detail), location: location)
        }
        do throws(Issue) {
            if let node = try YAMLDocument.parse(yamlReadable(text), file: file) { return node }
        } catch {
            // Foundation keeps one of two equal keys silently; a duplicate is a mistake to report.
            if case .yamlMalformed(let detail) = error.problem as? DocumentProblem, detail.hasPrefix("duplicate key") {
                throw Issue(.jsonMalformed(detail: detail), location: error.location)
            }
        }
        return convert(object)
    }

    /// Valid JSON `text` as libyaml reads the same document, line for line. A raw tab is
    /// whitespace (JSON strings never hold one), which libyaml refuses where it would indent: a
    /// space reads the same. Characters YAML does not print (DEL, C1 controls, U+FFFE, U+FFFF)
    /// can only be inside strings, where JSON allows them raw and libyaml does not: escaped.
    static func yamlReadable(_ text: String) -> String {
        func readable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
            default: return false
            }
        }
        guard text.unicodeScalars.contains(where: { !readable($0) }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                view.append(" ")
            } else if readable(scalar) {
                view.append(scalar)
            } else {
                view.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            }
        }
        return String(view)
    }

    /// Pretty-printed JSON with keys in the node's order and two-space indentation; every line
    /// after the first starts with `indent` spaces more (a record inside a list being streamed).
    package static func render(_ node: DocumentNode, indent: Int = 0) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        render(node, indent: indent, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `node` to `bytes` (one buffer for the whole document, not a string per node).
    private static func render(_ node: DocumentNode, indent: Int, into bytes: inout [UInt8]) {
        switch node {
        case .null: bytes += "null".utf8
        case .scalar(let text, .text, _): quote(text, into: &bytes)
        case .scalar(let text, _, _): bytes += text.utf8
        case .list(let items, _):
            container(UInt8(ascii: "["), UInt8(ascii: "]"), count: items.count, indent: indent, into: &bytes) {
                index, inner, bytes in
                render(items[index], indent: inner, into: &bytes)
            }
        case .map(let pairs, _):
            container(UInt8(ascii: "{"), UInt8(ascii: "}"), count: pairs.count, indent: indent, into: &bytes) {
                index, inner, bytes in
                quote(pairs[index].key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                bytes.append(0x20)
                render(pairs[index].value, indent: inner, into: &bytes)
            }
        }
    }

    /// A list or a map: `open`, each element on a line of its own indented by two more spaces
    /// (`element` appends element `index`), then `close` on a line at `indent`; `[]` or `{}` when empty.
    private static func container(
        _ open: UInt8, _ close: UInt8, count: Int, indent: Int, into bytes: inout [UInt8],
        element: (_ index: Int, _ inner: Int, _ bytes: inout [UInt8]) -> Void
    ) {
        bytes.append(open)
        guard count > 0 else { return bytes.append(close) }
        let inner = indent + 2
        for index in 0..<count {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: inner))
            element(index, inner, &bytes)
        }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        bytes.append(close)
    }

    /// `text` as a JSON string (RFC 8259): quotes, backslashes and control characters escaped,
    /// everything else as it is (UTF-8, slashes unescaped), as `JSONEncoder` writes it — without
    /// making an encoder per string, which cost more than the rest of rendering a price.
    package static func quote(_ text: String) -> String {
        var bytes: [UInt8] = []
        quote(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func quote(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        // Most strings (SKUs, amounts, names) need no escape: appended whole after one scan.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            bytes += text.utf8
            return bytes.append(0x22)
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: escape(byte, into: &bytes)
            case 0x0A: escape(0x6E, into: &bytes)
            case 0x0D: escape(0x72, into: &bytes)
            case 0x09: escape(0x74, into: &bytes)
            case 0x08: escape(0x62, into: &bytes)
            case 0x0C: escape(0x66, into: &bytes)
            case 0..<0x20:
                escape(0x75, into: &bytes)
                bytes += "00".utf8
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// A backslash, then `byte`.
    private static func escape(_ byte: UInt8, into bytes: inout [UInt8]) {
        bytes.append(0x5C)
        bytes.append(byte)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The node for a Foundation JSON object, when libyaml could not read the text (no lines):
    /// scalars as text, as libyaml gives them (`true`, not Foundation's `1`).
    private static func convert(_ object: Any) -> DocumentNode {
        switch object {
        case let dictionary as [String: Any]:
            return .map(dictionary.sorted { $0.key < $1.key }.map { (key: $0.key, value: convert($0.value)) }, line: nil)
        case let array as [Any]: return .list(array.map(convert), line: nil)
        case let string as String: return .scalar(string, .text, line: nil)
        case let number as NSNumber where String(cString: number.objCType) == "c":  // how JSON's booleans arrive
            return .scalar(number.boolValue ? "true" : "false", .text, line: nil)
        case let number as NSNumber: return .scalar(number.stringValue, .text, line: nil)
        default: return .null(line: nil)
        }
    }

    /// The line an error detail points to: `… line 3 …`, or `… around character 32.` (a byte
    /// offset, as Foundation on Linux reports it), turned into a line of `data`.
    package static func lineNumber(in detail: String, data: Data) -> Int? {
        if let range = detail.range(of: "line ") {
            return Int(detail[range.upperBound...].prefix { $0.isNumber })
        }
        guard let range = detail.range(of: "character "), let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        else { return nil }
        return line(at: offset, in: data)
    }

    /// The line (1-based) of the byte `offset` bytes into `data`.
    private static func line(at offset: Int, in data: Data) -> Int {
        1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
