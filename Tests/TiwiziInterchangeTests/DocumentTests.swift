import Foundation
import Testing
import TiwiziCore
import TiwiziTestSupport

@testable import TiwiziFormats
@testable import TiwiziInterchange

/// The node at `path` (keys and list indexes) below `node`.
private func lookup(_ node: DocumentNode?, _ path: Any...) -> DocumentNode? {
    var current = node
    for step in path {
        switch (current, step) {
        case (.map(let pairs, _)?, let key as String): current = pairs.first { $0.key == key }?.value
        case (.list(let items, _)?, let index as Int): current = items.indices.contains(index) ? items[index] : nil
        default: return nil
        }
    }
    return current
}

/// A scalar's text and line.
private func scalar(_ node: DocumentNode?) -> (text: String, line: Int?)? {
    if case .scalar(let text, _, let line)? = node { return (text, line) }
    return nil
}

/// A document's records decoded as an import into an empty catalog decodes them.
private struct DecodedDocument {
    var cooperatives: [(record: Cooperative, place: RecordPlace)] = []
    var products: [(record: Product, place: RecordPlace)] = []

    init(_ document: CatalogDocument, log: IssueLog) {
        cooperatives = Self.records(CooperativeRecord.self, document, log)
        products = Self.records(ProductRecord.self, document, log)
    }

    private static func records<Codec: RecordCodec>(
        _: Codec.Type, _ document: CatalogDocument, _ log: IssueLog
    ) -> [(record: Codec.Record, place: RecordPlace)] {
        (document.entries[Codec.kind] ?? []).compactMap { entry in
            let node = RecordOverlay.normalised(entry.node, localized: Codec.localizedFields)
            let reader = RecordReader(
                node, file: entry.place.location.file, path: entry.place.path, allowed: Codec.fields, log: log)
            return reader.flatMap { Codec.decode($0, owner: entry.owner) }.map { (record: $0, place: entry.place) }
        }
    }
}

/// Decodes a YAML document into records, with the issues found.
private func decode(_ yaml: String, file: String = "doc.yaml") throws -> (DecodedDocument, [Issue]) {
    let log = IssueLog()
    let node = try #require(try YAMLDocument.parse(yaml, file: file))
    let document = DecodedDocument(CatalogDocument(node, file: file, log: log), log: log)
    return (document, log.issues)
}

@Suite("Interchange: YAML documents")
struct YAMLDocumentTests {
    @Test func scalarsStayAsTyped() throws {
        let node = try YAMLDocument.parse(
            """
            ice: 002345678000091
            code: 007
            price: 145,50
            plain: 145.50
            founded: 2011-04-18
            flag: yes
            phone: +212661234567
            octal: 0o17
            hex: 0x1F
            exp: 1e3
            quoted: "007"
            empty: ""
            nothing: ~
            blank:
            """, file: "a.yaml")
        #expect(scalar(lookup(node, "ice"))?.text == "002345678000091")
        #expect(scalar(lookup(node, "code"))?.text == "007")
        #expect(scalar(lookup(node, "price"))?.text == "145,50")
        #expect(scalar(lookup(node, "plain"))?.text == "145.50")
        #expect(scalar(lookup(node, "founded"))?.text == "2011-04-18")
        #expect(scalar(lookup(node, "flag"))?.text == "yes")
        #expect(scalar(lookup(node, "phone"))?.text == "+212661234567")
        #expect(scalar(lookup(node, "octal"))?.text == "0o17")
        #expect(scalar(lookup(node, "hex"))?.text == "0x1F")
        #expect(scalar(lookup(node, "exp"))?.text == "1e3")
        #expect(scalar(lookup(node, "quoted"))?.text == "007")
        #expect(scalar(lookup(node, "empty"))?.text == "")
        #expect(lookup(node, "nothing")?.isNull == true)
        #expect(lookup(node, "blank")?.isNull == true)
    }

    @Test func nodesKnowTheirLines() throws {
        let node = try YAMLDocument.parse(
            """
            # comment
            products:
              - sku: A-1

              - sku: B-2
                allergens: [nuts,
                  argan]
            """, file: "a.yaml")
        #expect(scalar(lookup(node, "products", 0, "sku"))?.line == 3)
        #expect(lookup(node, "products", 1)?.line == 5)
        #expect(scalar(lookup(node, "products", 1, "allergens", 1))?.line == 7)
    }

    @Test func keyOrderIsKept() throws {
        let node = try YAMLDocument.parse("z: 1\na: 2\nm: 3\n", file: "a.yaml")
        guard case .map(let pairs, _)? = node else { throw ExpectationFailed() }
        #expect(pairs.map(\.key) == ["z", "a", "m"])
    }

    @Test func emptyDocumentIsNil() throws {
        #expect(try YAMLDocument.parse("", file: "a.yaml") == nil)
        #expect(try YAMLDocument.parse("# only a comment\n", file: "a.yaml") == nil)
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let text = "cooperative:\n  id: tafoukt-argan\n  name: {fr: \"Tafoukt\"\n  ice: \"1\"\n"
        let error = try #require(caught { try YAMLDocument.parse(text, file: "bad.yaml") })
        #expect(error.problem.code == "yamlMalformed")
        #expect(error.location?.file == "bad.yaml")
        #expect(error.location?.line == 4)
    }

    @Test func duplicateKeysAreRefused() throws {
        let error = try #require(caught { try YAMLDocument.parse("id: a\nname: x\nid: b\n", file: "dup.yaml") })
        #expect(error.problem.code == "yamlMalformed")
        #expect(error.problem.text(in: .english).contains("id"))
    }

    @Test func tabIndentationIsMalformed() {
        #expect(throws: Issue.self) { try YAMLDocument.parse("cooperative:\n\tid: x\n", file: "tab.yaml") }
    }

    @Test func unquotedMoneyReachesTheMoneyParser() throws {
        let (document, issues) = try decode(tafouktYAML)
        #expect(issues == [])
        #expect(
            document.products.map(\.record.price) == [
                Money(minorUnits: 14_500, currency: .mad), Money(minorUnits: 5_850, currency: .mad),
            ])
        #expect(document.products[1].record.quantity == NetQuantity(thousandths: 500, unit: .kilogram))
        #expect(document.cooperatives.first?.record.ice == "002345678000091")
    }

    @Test func recordsKnowTheirLocation() throws {
        let (document, _) = try decode(tafouktYAML, file: "cooperatives/tafoukt-argan.yaml")
        #expect(document.cooperatives.map(\.place.location) == [SourceLocation(file: "cooperatives/tafoukt-argan.yaml", line: 3)])
        #expect(document.products.map(\.place.location.line) == [19, 34])
        #expect(document.products.map(\.place.path) == ["products[0]", "products[1]"])
        #expect(document.products.allSatisfy { $0.record.cooperativeID == "tafoukt-argan" })
    }

    @Test func unknownFieldIsRefusedWithItsLine() throws {
        let yaml = tafouktYAML.replacingOccurrences(of: "valid_until: 2027-12-31", with: "valid_untill: 2027-12-31")
        let (document, issues) = try decode(yaml, file: "t.yaml")
        #expect(issues.map(\.problem.code) == ["fieldUnknown", "required"])
        #expect(issues[0].problem.text(in: .english).contains("“valid_untill”"))
        #expect(issues[0].field == "products[0].certificates[0].valid_untill")
        #expect(issues[0].location == SourceLocation(file: "t.yaml", line: 31))
        #expect(issues[1].field == "products[0].certificates[0].valid_until")
        #expect(issues[1].location == SourceLocation(file: "t.yaml", line: 31))
        #expect(document.products[0].record.certificates == [])
    }

    @Test func unknownTopLevelKeyIsRefused() throws {
        let (document, issues) = try decode("schemes: []\ncooperatives_list: []\n")
        #expect(
            issues == [Issue(.documentShape(found: "cooperatives_list"), location: SourceLocation(file: "doc.yaml", line: 2))]
        )
        #expect(document.cooperatives.isEmpty)
    }

    @Test func wrongShapesAreReported() throws {
        let (_, issues) = try decode(
            """
            products:
              - sku: [A, B]
                cooperative: tafoukt-argan
                name: Huile
                category: food.oil
                quantity: 250
                price: "1.00"
                stock: 1
                allergens: nuts
            """)
        #expect(
            issues.map { "\($0.location?.line ?? 0) \($0.field ?? "") \($0.problem.code)" } == [
                "2 products[0].sku expectedText", "6 products[0].quantity expectedMapping",
                "9 products[0].allergens expectedList",
            ])
    }

    @Test func productInsideACooperativeMustNotNameAnother() throws {
        let yaml = tafouktYAML.replacingOccurrences(
            of: "  - sku: TAF-AML-250", with: "  - cooperative: other-coop\n    sku: TAF-AML-250")
        let (_, issues) = try decode(yaml)
        #expect(issues.map { $0.problem as? ValueProblem } == [.valueNotAllowed("other-coop", allowed: ["tafoukt-argan"])])
        #expect(issues.map(\.field) == ["products[1].cooperative"])
    }

    @Test func renderedYAMLQuotesWhatWouldChangeType() throws {
        let node = DocumentNode.record([
            ("ice", .text("002345678000091")), ("price", .text("145.00")), ("founded", .text("2011-04-18")),
            ("flag", .text("yes")), ("phone", .text("+212661234567")), ("name", .text("Huile d'argan")), ("n", .number(38)),
            ("nothing", .text("null")), ("empty", .text("")), ("colon", .text("a: b")),
        ])
        let text = try YAMLDocument.render(node)
        #expect(
            text == """
                ice: "002345678000091"
                price: "145.00"
                founded: "2011-04-18"
                flag: "yes"
                phone: "+212661234567"
                name: Huile d'argan
                n: 38
                nothing: "null"
                empty: ""
                colon: 'a: b'

                """)
        let back = try YAMLDocument.parse(text, file: "x.yaml")
        for key in ["ice", "price", "founded", "flag", "phone", "name", "nothing", "empty", "colon"] {
            #expect(scalar(lookup(back, key))?.text == scalar(lookup(node, key))?.text, "\(key)")
        }
    }
}

@Suite("Interchange: JSON documents")
struct JSONDocumentTests {
    private func parse(_ text: String, file: String = "a.json") throws(Issue) -> DocumentNode? {
        try JSONDocument.parse(Data(text.utf8), text: text, file: file)
    }

    @Test func numbersStayAsWritten() throws {
        let node = try parse(#"{"price": 145.50, "stock": 120, "ice": "002345678000091", "big": 12345678901234567890}"#)
        #expect(scalar(lookup(node, "price"))?.text == "145.50")
        #expect(scalar(lookup(node, "stock"))?.text == "120")
        #expect(scalar(lookup(node, "ice"))?.text == "002345678000091")
        #expect(scalar(lookup(node, "big"))?.text == "12345678901234567890")
    }

    @Test func jsonNodesKeepTheirSourceLine() throws {
        let node = try parse("{\n  \"products\": [\n    {\n      \"sku\": \"A-1\"\n    }\n  ]\n}\n")
        #expect(scalar(lookup(node, "products", 0, "sku"))?.text == "A-1")
        #expect(scalar(lookup(node, "products", 0, "sku"))?.line == 4)
    }

    @Test func malformedJSONIsRefusedWithALine() throws {
        let error = try #require(
            caught { try parse("{\n  \"schemes\": [\n    {\"id\": \"a\" \"kind\": \"igp\"}\n  ]\n}\n", file: "bad.json") })
        #expect(error.problem.code == "jsonMalformed")
        #expect(error.location?.file == "bad.json")
        #expect(error.location?.line == 3, "\(error)")
    }

    @Test func errorLinesFromFoundationDetails() {
        let data = Data("{\n  \"a\": 1,\n  \"b\": ]\n}".utf8)
        #expect(JSONDocument.lineNumber(in: "Invalid value around character 20.", data: data) == 3)
        #expect(JSONDocument.lineNumber(in: "Invalid value around character 0.", data: data) == 1)
        #expect(JSONDocument.lineNumber(in: "Unexpected end of file around line 7, column 2.", data: data) == 7)
        #expect(JSONDocument.lineNumber(in: "The data is not valid JSON.", data: data) == nil)
    }

    @Test func duplicateKeysAreRefused() throws {
        let error = try #require(caught { try parse("{\n  \"sku\": \"A-1\",\n  \"sku\": \"B-2\"\n}\n", file: "dup.json") })
        #expect(error.problem.code == "jsonMalformed")
        #expect(error.problem as? DocumentProblem == .jsonMalformed(detail: "duplicate key sku"))
        #expect(error.location == SourceLocation(file: "dup.json", line: 2))
    }

    @Test func yamlOnlySyntaxIsNotJSON() {
        #expect(throws: Issue.self) { try parse("schemes: []\n") }
        #expect(throws: Issue.self) { try parse("{'schemes': []}") }
    }

    /// An alias is refused at once, where its anchor is: nine lines of them would otherwise
    /// expand to 387 million values (the "billion laughs").
    @Test func yamlAliasesAreRefusedBeforeTheyExpand() throws {
        let levels = "abcdefghi".map(String.init)
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]"]
        for (previous, level) in zip(levels, levels.dropFirst()) {
            lines.append("\(level): &\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: Issue(DocumentProblem.yamlAlias, location: SourceLocation(file: "bomb.yaml", line: 1))) {
            _ = try YAMLDocument.parse(lines.joined(separator: "\n"), file: "bomb.yaml")
        }
        #expect(clock.now - start < TestTime.bound(.seconds(1)))
        #expect(throws: Issue(DocumentProblem.yamlAlias, location: SourceLocation(file: "c.yaml", line: 2))) {
            _ = try YAMLDocument.parse("id: x\nname: &n\n  fr: Tafoukt\nother: *n\n", file: "c.yaml")
        }
        // Mappings that start where their first key does, lists of mappings: no false alias.
        let node = try YAMLDocument.parse("- id: a\n  name: {fr: A}\n- - id: b\n", file: "ok.yaml")
        #expect(node.map { JSONDocument.render($0) }?.contains("\"b\"") == true)
    }

    /// Found by fuzzing: Foundation read `2␀2` as 2 and libyaml as another value; raw control
    /// characters are refused, naming the line, as JSON requires.
    @Test func jsonWithARawControlCharacterIsRefused() {
        let text = "{\n  \"products\": [2\u{0}2]\n}\n"
        #expect(
            throws: Issue(
                DocumentProblem.jsonMalformed(
                    detail: "control character U+0000; JSON writes it escaped inside a string (\\u0000)"),
                location: SourceLocation(file: "nul.json", line: 2))
        ) {
            _ = try JSONDocument.parse(Data(text.utf8), text: text, file: "nul.json")
        }
        #expect(
            (try? JSONDocument.parse(Data("{\"a\":\t\"\\u0000\"}".utf8), text: "{\"a\":\t\"\\u0000\"}", file: "ok.json")) != nil)
    }

    /// Found by fuzzing (`\t9`): libyaml refused tabs where they would indent, and the nodes read
    /// from Foundation instead had no lines and gave numbers a kind of their own and booleans as
    /// `1`. A JSON file indented with tabs reads as one indented with spaces, lines included.
    @Test func jsonIndentedWithTabsReadsAsWithSpaces() throws {
        let spaces = "{\n  \"id\": \"a\",\n  \"stock\": 9,\n  \"made_to_order\": true\n}\n"
        let tabs = spaces.replacing("  ", with: "\t")
        let read = { (text: String) in try JSONDocument.parse(Data(text.utf8), text: text, file: "c.json") }
        let fromTabs = try #require(try read(tabs))
        #expect("\(fromTabs)" == "\(try #require(try read(spaces)))")  // the same nodes, lines included
        guard case .map(let pairs, 1?) = fromTabs, pairs.count == 3,
            case .scalar("9", .text, 3?) = pairs[1].value, case .scalar("true", .text, 4?) = pairs[2].value
        else {
            Testing.Issue.record("unexpected nodes \(fromTabs)")
            return
        }
        #expect(JSONDocument.render(try #require(try read("\t9\r"))) == "\"9\"")
        // Found by fuzzing next: a raw C1 control (JSON allows it in a string, libyaml does not)
        // sent the document to Foundation too, which sorted its keys.
        let c1 = "{\"b\": \"x\u{9E}y\", \"a\": \"\u{7F}\u{FFFE}\"}"
        let node = try #require(try read(c1))
        #expect(JSONDocument.render(node) == "{\n  \"b\": \"x\u{9E}y\",\n  \"a\": \"\u{7F}\u{FFFE}\"\n}")
        guard case .map(_, 1?) = node else {
            Testing.Issue.record("expected the lines libyaml gives, got \(node)")
            return
        }
        // A key longer than libyaml reads (1,024 characters) is read by Foundation alone: its
        // scalars are text as libyaml gives them, `true` included.
        let long = "{\"" + String(repeating: "k", count: 1100) + "\": [true, 9]}"
        let rendered = JSONDocument.render(try #require(try read(long)))
        #expect(rendered.hasSuffix("[\n    \"true\",\n    \"9\"\n  ]\n}"))
        #expect(JSONDocument.render(try #require(try read(rendered))) == rendered)
    }

    /// Nesting deeper than libyaml's limit is a syntax error at once, never a deep recursion.
    @Test func deepYAMLNestingIsRefusedAtOnce() {
        let depth = 200_000
        let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let clock = ContinuousClock()
        let start = clock.now
        #expect {
            _ = try YAMLDocument.parse(text, file: "deep.yaml")
        } throws: { error in
            guard let issue = error as? Issue, case .yamlMalformed(let detail) = issue.problem as? DocumentProblem else {
                return false
            }
            return detail.hasPrefix("lists and mappings nested too deeply") && issue.location?.line == 1
        }
        #expect(clock.now - start < TestTime.bound(.seconds(1)))
    }

    /// Strings are quoted as Foundation's encoder quotes them, whatever they hold.
    @Test func quotedTextIsWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        for text in [
            "", "plain", "Huile \"extra\" / زيت", "back\\slash", controls, "\u{7F}\u{2028}\u{2029}", "ⵜⴰⴼⵓⴽⵜ 🫒",
            "e\u{301}", "line\nbreak\ttab\r",
        ] {
            let expected = String(decoding: try encoder.encode(text), as: UTF8.self)
            #expect(JSONDocument.quote(text) == expected, "\(text.debugDescription)")
            #expect(try JSONDecoder().decode(String.self, from: Data(JSONDocument.quote(text).utf8)) == text)
        }
    }

    @Test func renderedJSONRoundTrips() throws {
        let node = DocumentNode.record([
            ("name", .text("Huile \"extra\" / زيت")), ("stock", .number(3)), ("ok", .boolean(true)),
            ("list", .list([.text("a"), .text("b")], line: nil)), ("none", .list([], line: nil)),
        ])
        let text = JSONDocument.render(node)
        #expect(
            text == """
                {
                  "name": "Huile \\"extra\\" / زيت",
                  "stock": 3,
                  "ok": true,
                  "list": [
                    "a",
                    "b"
                  ]
                }
                """)
        let back = try parse(text)
        #expect(scalar(lookup(back, "name"))?.text == "Huile \"extra\" / زيت")
    }
}

struct ExpectationFailed: Error {}

/// The issue `body` throws, or nil.
func caught<T>(_ body: () throws -> T) -> Issue? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? Issue
    }
}
