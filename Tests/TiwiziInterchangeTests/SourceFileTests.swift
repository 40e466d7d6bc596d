import Foundation
import Testing
import TiwiziCore
import TiwiziTestSupport

@testable import TiwiziFormats
@testable import TiwiziInterchange

@Suite("Interchange: source files")
struct SourceFileTests {
    @Test(
        arguments: [
            ([UInt8](), 0),
            (Array("abc".utf8), 3),
            ([0x61, 0xC3, 0xA9], 3),  // aé
            ([0x61, 0xC3], 1),  // a + first byte of é
            ([0xC3], 0),
            ([0xE2, 0x82, 0xAC], 3),  // €
            ([0x61, 0xE2], 1),
            ([0x61, 0xE2, 0x82], 1),
            ([0xF0, 0x9F, 0x98, 0x80], 4),  // 😀
            ([0x61, 0xF0], 1),
            ([0x61, 0xF0, 0x9F], 1),
            ([0x61, 0xF0, 0x9F, 0x98], 1),
            ([0x61, 0xF0, 0x9F, 0x98, 0x80, 0x0A], 6),
            ([0xD8, 0xB2, 0xD9], 2),  // ز + first byte of ي
            ([0x80, 0x80, 0x80, 0x80, 0x80], 5),  // invalid: left for the UTF-8 check
        ] as [([UInt8], Int)])
    func completePrefixLength(bytes: [UInt8], expected: Int) {
        #expect(SourceFile.completePrefixLength(Data(bytes)) == expected)
    }

    @Test func completePrefixLengthOfASlice() {
        let data = Data([0x41, 0x42, 0x61, 0xE2, 0x82])
        let slice = data[2...]
        #expect(slice.startIndex == 2)
        #expect(SourceFile.completePrefixLength(slice) == 1)
    }

    private func streamedIssue(_ workspace: Workspace, _ bytes: Data) -> Issue? {
        let path = workspace.write("big.csv", bytes)
        let file = SourceFile(path: path)!
        do throws(Issue) {
            try file.checkStreamedText()
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [1, 2, 3])
    func multiByteCharacterAcrossTheChunkBoundary(offset: Int) throws {
        try withWorkspace { (workspace) throws in
            // The chunk is 1 MiB: put a 4-byte character across its end.
            var bytes = Data("sku,name_fr\n".utf8)
            bytes.append(Data(repeating: 0x61, count: (1 << 20) - bytes.count - offset))
            bytes.append(Data("😀 زيت ⵜⴰⴼⵓⴽⵜ\n".utf8))
            #expect(streamedIssue(workspace, bytes) == nil)
        }
    }

    @Test func invalidByteAfterTheFirstChunkNamesItsLine() throws {
        try withWorkspace { (workspace) throws in
            var bytes = Data(String(repeating: "abcdefg\n", count: 131_072).utf8)  // exactly 1 MiB, 131,072 lines
            #expect(bytes.count == 1 << 20)
            bytes.append(Data("ok\nbad ".utf8))
            bytes.append(0xFF)
            bytes.append(Data(" here\n".utf8))
            #expect(
                streamedIssue(workspace, bytes) == Issue(.notUTF8(path: workspace.path("big.csv"), line: 131074)))
        }
    }

    @Test func truncatedSequenceAtTheEndNamesItsLine() throws {
        try withWorkspace { (workspace) throws in
            var bytes = Data("sku\nTAF-1\nTAF-".utf8)
            bytes.append(contentsOf: [0xE2, 0x82])
            #expect(streamedIssue(workspace, bytes) == Issue(.notUTF8(path: workspace.path("big.csv"), line: 3)))
        }
    }

    @Test(arguments: [("a\nb\n\u{FF}", 3), ("\u{C0}\u{80}", 1), ("ok\r\nok\r\n\u{ED}\u{A0}\u{80}", 3)] as [(String, Int)])
    func invalidUTF8LineInAWholeFile(latin: String, line: Int) throws {
        try withWorkspace { (workspace) throws in
            // Each character of `latin` is one byte (Latin-1).
            let path = workspace.write("x.yaml", Data(latin.unicodeScalars.map { UInt8($0.value) }))
            let file = try #require(SourceFile(path: path))
            do throws(Issue) {
                _ = try file.text()
                Testing.Issue.record("invalid UTF-8 was accepted")
            } catch {
                #expect(error == Issue(.notUTF8(path: path, line: line)))
                #expect(error.text(in: .english).contains("first bad byte on line \(line)"))
            }
        }
    }

    /// YAML and JSON files are read whole, so one larger than 64 MiB is refused from its size,
    /// at once and without reading it.
    @Test func documentsOverSixtyFourMegabytesAreRefusedUnread() throws {
        try withWorkspace { (workspace) throws in
            let path = workspace.write("national.yaml", "products:\n")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.truncate(atOffset: 300 << 20)  // a sparse 300 MB file
            try handle.close()
            let file = try #require(SourceFile(path: path))
            let started = ContinuousClock.now
            do throws(Issue) {
                _ = try file.text()
                Testing.Issue.record("a 300 MB document was read")
            } catch {
                #expect(
                    error == Issue(.documentTooLarge(bytes: 300 << 20, limit: 64 << 20), location: SourceLocation(file: path)))
                #expect(error.text(in: .english).contains("this file is 300 MB; a YAML or JSON catalog file holds at most 64 MB"))
            }
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(1)))
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        try withWorkspace { (workspace) throws in
            let path = workspace.write("bom.yaml", "\u{FEFF}schemes: []\n")
            let text = try #require(SourceFile(path: path)).text().text
            #expect(text == "schemes: []\n")
        }
    }

    @Test func formatsByExtension() {
        #expect(SourceFile(path: "a/b.YAML")?.format == .yaml)
        #expect(SourceFile(path: "b.yml")?.format == .yaml)
        #expect(SourceFile(path: "b.Json")?.format == .json)
        #expect(SourceFile(path: "b.csv")?.format == .csv)
        #expect(SourceFile(path: "b.xlsx") == nil)
        #expect(SourceFile(path: "csv") == nil)
    }

    @Test func foldersAreExpandedInPathOrder() throws {
        try withWorkspace { (workspace) throws in
            workspace.write("c/z.yaml", "a: 1")
            workspace.write("c/b/a.csv", "sku\n")
            workspace.write("c/a.json", "{}")
            workspace.write("c/notes.md", "")
            let log = IssueLog()
            let found = SourceFile.discover([workspace.path("c")], log: log)
            #expect(
                found.map { String($0.name.dropFirst(workspace.url.path.count)) } == ["/c/a.json", "/c/b/a.csv", "/c/z.yaml"])
            #expect(log.issues == [])
        }
    }
}
