import Foundation
import Testing
import TiwiziCore
import TiwiziTestSupport

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// Every row of a CSV file (as record nodes) and the issues met on the way.
private func readRows(_ workspace: Workspace, _ name: String, _ text: String) throws -> (
    layout: CSVLayout?, rows: [(node: DocumentNode, line: Int)], issues: [Issue]
) {
    let path = workspace.write(name, text)
    let stream: CSVRecordStream
    do throws(Issue) {
        stream = try CSVRecordStream(url: URL(fileURLWithPath: path), file: name)
    } catch {
        return (nil, [], [error])
    }
    var rows: [(node: DocumentNode, line: Int)] = []
    var issues: [Issue] = []
    while true {
        do throws(Issue) {
            guard let row = try stream.next() else { break }
            rows.append(row)
        } catch {
            issues.append(error)
            if error.problem.code == "fileUnreadable" { break }
        }
    }
    return (stream.layout, rows, issues)
}

/// The text of the scalar at `path` in a record node.
private func cell(_ node: DocumentNode, _ path: String...) -> String? {
    var current: DocumentNode? = node
    for key in path {
        guard case .map(let pairs, _)? = current else { return nil }
        current = pairs.first { $0.key == key }?.value
    }
    if case .scalar(let text, _, _)? = current { return text }
    return nil
}

private let productHeader =
    "cooperative,sku,name_fr,name_ar,category,quantity,unit,price,currency,vat,stock,lead_days,allergens,certificates"

@Suite("Interchange: CSV reading")
struct CSVReadingTests {
    @Test(arguments: [(",", Unicode.Scalar(",")), (";", ";"), ("\t", "\t")])
    func delimiterIsDetectedFromTheHeader(separator: String, expected: Unicode.Scalar) throws {
        try withWorkspace { (workspace) throws in
            let header = productHeader.replacingOccurrences(of: ",", with: separator)
            let row = [
                "tafoukt-argan", "TAF-ARG-250", "Huile, extra", "زيت", "food.oil.argan", "0,5", "l", "145,50", "MAD",
                "reduced-10", "12", "", "argan|nuts", "",
            ]
            let line = row.map { $0.contains(separator) ? "\"\($0)\"" : $0 }.joined(separator: separator)
            #expect(CSVRecordStream.delimiter(in: header) == expected)
            let (layout, rows, issues) = try readRows(workspace, "p.csv", header + "\n" + line + "\n")
            #expect(layout == .products)
            #expect(issues == [])
            try #require(rows.count == 1)
            #expect(rows[0].line == 2)
            #expect(cell(rows[0].node, "name", "fr") == "Huile, extra")
            #expect(cell(rows[0].node, "quantity", "amount") == "0,5")
            #expect(cell(rows[0].node, "price") == "145,50")
            #expect(cell(rows[0].node, "stock") == "12")
            #expect(cell(rows[0].node, "made_to_order", "lead_days") == nil)
        }
    }

    @Test func delimiterCountsOnlyOutsideQuotes() {
        #expect(CSVRecordStream.delimiter(in: "\"a;b;c;d\",e,f") == ",")
        #expect(CSVRecordStream.delimiter(in: "\"a,b,c,d\";e;f") == ";")
        #expect(CSVRecordStream.delimiter(in: "sku") == ",")
        #expect(CSVRecordStream.delimiter(in: "a;b,c") == ",")
    }

    @Test func byteOrderMarkAndCRLF() throws {
        try withWorkspace { (workspace) throws in
            let text = "\u{FEFF}sku;cooperative;name_fr\r\nTAF-1;tafoukt-argan;Amlou\r\nTAF-2;tafoukt-argan;Miel\r\n"
            let (layout, rows, issues) = try readRows(workspace, "bom.csv", text)
            #expect(layout == .products)
            #expect(issues == [])
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-1", "TAF-2"])
            #expect(rows.map { cell($0.node, "name", "fr") } == ["Amlou", "Miel"])
            #expect(rows.map(\.line) == [2, 3])
        }
    }

    @Test func quotedFieldsMayHoldSeparatorsQuotesAndNewlines() throws {
        try withWorkspace { (workspace) throws in
            let text =
                "sku,cooperative,name_fr,name_ar\r\n"
                + "TAF-1,tafoukt-argan,\"Huile \"\"extra\"\", 250 ml\",\"سطر أول\r\nسطر ثان\"\r\n"
                + "TAF-2,tafoukt-argan,\"Miel; thym\",\"\"\r\n"
            let (_, rows, issues) = try readRows(workspace, "q.csv", text)
            #expect(issues == [])
            #expect(rows.map { cell($0.node, "name", "fr") } == ["Huile \"extra\", 250 ml", "Miel; thym"])
            #expect(cell(rows[0].node, "name", "ar") == "سطر أول\r\nسطر ثان")
            #expect(cell(rows[1].node, "name", "ar") == nil)
            #expect(rows.map(\.line) == [2, 4], "physical lines: the first row's Arabic name spans two")
        }
    }

    @Test func rowWithTheWrongColumnCountIsAnIssue() throws {
        try withWorkspace { (workspace) throws in
            let text =
                "sku,cooperative,name_fr\nTAF-1,tafoukt-argan,Amlou\nTAF-2,tafoukt-argan,Miel,extra\nTAF-3,tafoukt-argan\nTAF-4,t,x\n"
            let (_, rows, issues) = try readRows(workspace, "cols.csv", text)
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-1", "TAF-4"])
            #expect(
                issues == [
                    Issue(.csvColumnCount(count: 4, expected: 3), location: SourceLocation(file: "cols.csv", line: 3)),
                    Issue(.csvColumnCount(count: 2, expected: 3), location: SourceLocation(file: "cols.csv", line: 4)),
                ])
            #expect(
                issues[0].text(in: .english)
                    == "cols.csv:3: this row has 4 columns but the header has 3; check for a stray separator or quote.")
        }
    }

    /// A row that runs on (a quote left open in a large file, a file without line breaks) is
    /// refused after 1 MiB, never read into memory whole, and ends the file's rows.
    @Test(arguments: [
        (true, "a quoted cell of this row runs past 1 MB"), (false, "this row runs past 1 MB without a line break"),
    ])
    func rowsThatRunOnAreRefusedAfterOneMegabyte(quoted: Bool, message: String) throws {
        try withWorkspace { (workspace) throws in
            let long = (quoted ? "\"" : "") + String(repeating: "argan ", count: 500_000)
            let started = ContinuousClock.now
            let (_, rows, issues) = try readRows(workspace, "long.csv", "sku,name_fr\nTAF-1,Amlou\nTAF-2,\(long)\nTAF-3,Huile\n")
            #expect(ContinuousClock.now - started < TestTime.bound(.seconds(1)))
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-1"])
            #expect(
                issues == [
                    Issue(.csvRowTooLong(limit: 1 << 20, quoted: quoted), location: SourceLocation(file: "long.csv", line: 3))
                ])
            #expect(issues.first?.text(in: .english).hasPrefix("long.csv:3: \(message)") == true)
        }
    }

    @Test func quoteLeftOpenAtTheEndIsAnIssue() throws {
        try withWorkspace { (workspace) throws in
            let (_, rows, issues) = try readRows(workspace, "open.csv", "sku,name_fr\nTAF-1,Amlou\nTAF-2,\"Miel\nTAF-3,Huile\n")
            // The open quote runs to the end of the file: TAF-2's row is the error, not a row.
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-1"])
            #expect(issues == [Issue(.csvQuoteUnclosed, location: SourceLocation(file: "open.csv", line: 3))])
            #expect(
                issues.first?.text(in: .english)
                    == "open.csv:3: a quoted cell of this row is never closed, so the rest of the file was read into it; add the closing quote (\")."
            )
        }
    }

    @Test(arguments: [
        "sku,name_fr\nTAF-1,\"Miel\"", "sku,name_fr\r\nTAF-1,\"Miel \"\"pur\"\"\"\r\n",
        "\u{FEFF}\"sku\",\"name_fr\"\nTAF-1,\"a,\nb\"\n",
        "sku;name_fr\nTAF-1;\"a;\"\"b\"\"\"\n", "sku,name_fr\nTAF-1,12\" vinyl\n", "sku,name_fr\nTAF-1,\"\"\n",
    ])
    func closedQuotesAreNotReported(text: String) throws {
        try withWorkspace { (workspace) throws in
            let (_, rows, issues) = try readRows(workspace, "closed.csv", text)
            #expect(issues == [])
            #expect(rows.count == 1)
        }
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        try withWorkspace { (workspace) throws in
            let (_, rows, issues) = try readRows(
                workspace, "after.csv", "sku,name_fr\nTAF-1,\"Miel\" pur,\nTAF-2,\"a\"\"b\"c\"\n")
            #expect(issues.map(\.problem.code) == ["csvColumnCount"])
            let (_, kept, none) = try readRows(workspace, "kept.csv", "sku,name_fr\nTAF-1,\"Miel\" pur\nTAF-2,\"a\"\"b\"c\"\n")
            #expect(none == [])
            #expect(kept.map { cell($0.node, "name", "fr") } == ["Miel pur", "a\"bc\""])
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-2"])
        }
    }

    @Test(arguments: ["\r", "\r\n", "\n"])
    func everyLineEndingCountsLinesInAndOutOfQuotes(ending: String) throws {
        try withWorkspace { (workspace) throws in
            let text = ["sku,name_fr", "TAF-1,\"a", "b\"", "", "TAF-2,c"].joined(separator: ending) + ending
            let (_, rows, issues) = try readRows(workspace, "endings.csv", text)
            #expect(issues == [])
            #expect(rows.map(\.line) == [2, 5])
            #expect(cell(rows[0].node, "name", "fr") == "a" + ending + "b")
        }
    }

    @Test func rowsAcrossTheReadersChunksAreWhole() throws {
        try withWorkspace { (workspace) throws in
            // CRLF, quotes and multi-byte text fall on every offset of the 64 KiB chunks.
            let rows = (1...3000).map { "TAF-\($0),\"زيت \"\"\($0)\"\"\r\nأركان\"" }
            let (_, read, issues) = try readRows(
                workspace, "big.csv", "sku,name_fr\r\n" + rows.joined(separator: "\r\n") + "\r\n")
            #expect(issues == [])
            #expect(read.count == 3000)
            #expect(read.last.map { cell($0.node, "name", "fr") } == "زيت \"3000\"\r\nأركان")
            #expect(read.last?.line == 2 + 2 * 2999)
        }
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        try withWorkspace { (workspace) throws in
            let (_, rows, issues) = try readRows(workspace, "b.csv", "sku,name_fr\nTAF-1,A\n\nTAF-2,B\n\n")
            #expect(issues == [])
            #expect(rows.map(\.line) == [2, 4])
        }
    }

    /// Found by the suite under the address sanitizer: each blank row was skipped by a recursive
    /// call, so a sheet ending in many empty rows (Excel saves them as `;;;;`) overflowed the stack.
    @Test func aMillionEmptyRowsAreSkippedWithoutRecursion() throws {
        try withWorkspace { (workspace) throws in
            let text = "sku;name_fr\nTAF-1;Amlou\n" + String(repeating: ";\n", count: 1_000_000) + "TAF-2;Miel\n"
            let (_, rows, issues) = try readRows(workspace, "empty-rows.csv", text)
            #expect(issues.isEmpty)
            #expect(rows.map { cell($0.node, "sku") } == ["TAF-1", "TAF-2"])
            #expect(rows.last?.line == 1_000_003)
        }
    }

    @Test func headerIsCaseAndSpaceInsensitive() throws {
        try withWorkspace { (workspace) throws in
            let (layout, rows, issues) = try readRows(workspace, "h.csv", " SKU , Name_FR \nTAF-1, Amlou \n")
            #expect(layout == .products)
            #expect(issues == [])
            #expect(cell(rows[0].node, "name", "fr") == "Amlou")
        }
    }

    @Test func unknownColumnIsRefused() throws {
        try withWorkspace { (workspace) throws in
            let (layout, _, issues) = try readRows(workspace, "u.csv", "sku,name_fr,prix\nTAF-1,A,3\n")
            #expect(layout == nil)
            #expect(issues.map(\.problem.code) == ["fieldUnknown"])
            #expect(
                issues.first?.problem as? DocumentProblem
                    == .fieldUnknown(name: "prix", expected: ProductRecord.layout.columns.map(\.name)))
            #expect(issues.first?.location == SourceLocation(file: "u.csv", line: 1))
        }
    }

    @Test func unknownKindIsRefused() throws {
        try withWorkspace { (workspace) throws in
            let (_, _, issues) = try readRows(workspace, "k.csv", "name_fr,name_ar\nA,ب\n")
            #expect(issues == [Issue(.csvKindUnknown, location: SourceLocation(file: "k.csv", line: 1))])
        }
    }

    @Test func aPartialSheetIsTheOneLayoutWithAllItsColumns() {
        #expect(CSVLayout.detect(header: ["id", "region"]) == .cooperatives)
        #expect(CSVLayout.detect(header: ["name_fr", "price"]) == .products)
        #expect(CSVLayout.detect(header: ["id", "regions"]) == .knowHow)
        #expect(CSVLayout.detect(header: ["id", "name_fr"]) == nil, "schemes, know-how and cooperatives all fit")
    }

    @Test func layoutsAreDetectedByTheirIdentifyingColumn() {
        #expect(CSVLayout.detect(header: ["id", "ice", "sku"]) == .products)
        #expect(CSVLayout.detect(header: ["id", "ice"]) == .cooperatives)
        #expect(CSVLayout.detect(header: ["id", "craft_family"]) == .knowHow)
        #expect(CSVLayout.detect(header: ["id", "kind"]) == .schemes)
        #expect(CSVLayout.detect(header: ["id"]) == nil)
    }

    @Test func listAndCertificateCells() throws {
        let node = try CSVRowMapping.node(
            cells: [
                "allergens": " almonds | nuts ",
                "certificates": "igp-argane:IGP-1:2023-01-01:2027-12-31|bio-maroc:B-2:2024-03-01:2027-02-28",
            ], layout: .products, line: 7)
        guard case .map(let pairs, let line) = node else { throw ExpectationFailed() }
        #expect(line == 7)
        #expect(pairs.map(\.key) == ["allergens", "certificates"])
        guard case .list(let certificates, _) = pairs[1].value else { throw ExpectationFailed() }
        #expect(certificates.map { cell($0, "number") } == ["IGP-1", "B-2"])
        #expect(certificates.map { cell($0, "valid_until") } == ["2027-12-31", "2027-02-28"])
        #expect(throws: Issue(.certificateInvalid("igp-argane:IGP-1"))) {
            try CSVRowMapping.node(cells: ["certificates": "igp-argane:IGP-1"], layout: .products, line: 2)
        }
    }

    @Test func artisansCellReadsNamesAndConsent() throws {
        let node = try CSVRowMapping.node(
            cells: ["artisans": "Fadma Oubella:yes|Itto: la doyenne:no|Sans avis"], layout: .knowHow, line: 2)
        let log = IssueLog()
        let reader = try #require(RecordReader(node, file: "k.csv", path: "", allowed: KnowHowRecord.fields, log: log))
        let artisans = reader.children("artisans", allowed: ["name", "consent"]).map {
            Artisan(name: $0.text("name") ?? "", consentToPublish: $0.value("consent", FieldParsing.boolean) ?? false)
        }
        #expect(
            artisans == [
                Artisan(name: "Fadma Oubella", consentToPublish: true),
                Artisan(name: "Itto: la doyenne", consentToPublish: false),
                Artisan(name: "Sans avis", consentToPublish: false),
            ])
        #expect(log.issues == [])
    }
}
