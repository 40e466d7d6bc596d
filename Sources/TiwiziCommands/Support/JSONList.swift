import TiwiziCore
import TiwiziInterchange

/// Streams a JSON array to stdout one record at a time.
struct JSONList {
    private var first = true

    mutating func add(_ record: String) {
        let indented = record.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        Console.write(.init(((first ? "[\n" : ",\n") + indented).utf8))
        first = false
    }

    func finish() { Console.out(first ? "[]" : "\n]") }
}
