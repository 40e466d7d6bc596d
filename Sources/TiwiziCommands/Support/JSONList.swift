import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange

/// Streams a JSON array to stdout one record at a time, written in pieces of about 64 KB: one
/// write per record was a system call for each of 600,000 prices. What is left is written by
/// ``finish()``, or when the list goes away, so a command that stops half-way still shows what
/// it listed before its error.
final class JSONList {
    private var first = true
    private var buffer: [UInt8] = []
    private static let piece = 1 << 16

    deinit { flush() }

    /// Adds `node`, rendered as an element of the list.
    func add(_ node: DocumentNode) { add(element: Self.element(node)) }

    /// `node` rendered as an element of the list (its lines indented by two spaces), ready for
    /// ``add(element:)``: what a worker renders, so that the writing thread only writes.
    static func element(_ node: DocumentNode) -> String { JSONDocument.render(node, indent: 2) }

    /// Adds a record rendered by ``element(_:)``.
    func add(element: String) {
        separate()
        buffer += element.utf8
        flushWhenFull()
    }

    /// Ends the list (`[]` when it is empty) and writes what is left.
    func finish() {
        buffer += (first ? "[]\n" : "\n]\n").utf8
        first = false
        flush()
    }

    private func separate() {
        buffer += (first ? "[\n  " : ",\n  ").utf8
        first = false
    }

    private func flushWhenFull() {
        if buffer.count >= Self.piece { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        Console.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
