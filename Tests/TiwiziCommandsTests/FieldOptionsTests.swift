import ArgumentParser
import Foundation
import Testing
import TiwiziCore
import TiwiziFormats
import TiwiziInterchange

@testable import TiwiziCommands

/// The options of `add` and `update` set the cells of a one-row spreadsheet: each must be a
/// column of its kind's record shape, and no two options may set the same one.
@Suite("Field options: one column each")
struct FieldOptionsTests {
    /// Every `--option` of an options group, each given a value.
    private func everyOption(_ type: any ParsableArguments.Type) throws -> [String] {
        let help = type.helpMessage(columns: 200)
        let names = try Regex("--[a-z0-9-]+").matches(in: help)
        return Array(Set(names)).filter { $0 != "--help" }.sorted().flatMap { [$0, "x"] }
    }

    @Test(arguments: [CooperativeFields.self as any RecordFields.Type, ProductFields.self, KnowHowFields.self])
    func everyOptionSetsAColumnOfItsKind(options: any RecordFields.Type) throws {
        let arguments = try everyOption(options)
        let cells = try options.parse(arguments).cells
        let columns = options.kind.columns
        #expect(cells.count == arguments.count / 2, "two options set the same cell, or one sets none")
        #expect(Set(cells.keys).isSubset(of: columns), "\(Set(cells.keys).subtracting(columns))")
    }
}

extension Regex<Substring> {
    fileprivate func matches(in text: String) -> [String] { text.matches(of: self).map { String($0.output) } }
}
