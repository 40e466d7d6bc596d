import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange

/// Streams a JSON array to stdout one record at a time.
struct JSONList {
    private var first = true

    /// Adds a rendered record, each of its lines indented by two spaces (one pass over its
    /// bytes: splitting it into lines cost as much as pricing the product).
    mutating func add(_ record: String) {
        var bytes = Array((first ? "[\n  " : ",\n  ").utf8)
        bytes.reserveCapacity(bytes.count + record.utf8.count * 9 / 8)
        for byte in record.utf8 {
            bytes.append(byte)
            if byte == 0x0A { bytes += [0x20, 0x20] }
        }
        Console.write(Data(bytes))
        first = false
    }

    /// `node` rendered as an element of the list (its lines indented by two spaces), ready for
    /// ``add(element:)``: what a worker renders, so that the writing thread only writes.
    static func element(_ node: DocumentNode) -> String { JSONDocument.render(node, indent: 2) }

    /// Adds a record rendered by ``element(_:)``.
    mutating func add(element: String) {
        Console.write(Data(((first ? "[\n  " : ",\n  ") + element).utf8))
        first = false
    }

    func finish() { Console.out(first ? "[]" : "\n]") }
}
