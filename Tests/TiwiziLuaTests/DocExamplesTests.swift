import Foundation
import Testing
import TiwiziCore
import TiwiziStore

@testable import LuaHost
@testable import TiwiziLua

/// One example of docs/lua-api.md: a ```` ```lua ```` block and the ```` ```text ```` block right
/// after it, holding what `tiwizi run example.lua --at 2026-03-20T09:00 --seed 1` prints on the
/// seed catalog (or, after ```` ```lua error ````, the first line of its standard error).
struct DocExample: Sendable, CustomTestStringConvertible {
    /// The line of the ```` ```lua ```` fence, from 1.
    let line: Int
    let source: String
    let expected: [String]
    let failsOnPurpose: Bool

    var testDescription: String { "docs/lua-api.md:\(line)" }
}

/// docs/lua-api.md and the examples in it.
enum APIReference {
    static let url = SeedCatalog.repositoryRoot.appendingPathComponent("docs/lua-api.md")
    static let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    static let parsed = parse(text)
    static var examples: [DocExample] { parsed.examples }

    /// The examples, and what is wrong with the page's fences (a lua block without its output).
    static func parse(_ markdown: String) -> (examples: [DocExample], problems: [String]) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples: [DocExample] = []
        var problems: [String] = []
        var index = 0
        /// The lines of the block opened at `start`, and the index after its closing fence.
        func block(from start: Int) -> (body: [String], next: Int)? {
            guard let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" }) else { return nil }
            return (Array(lines[(start + 1)..<end]), end + 1)
        }
        while index < lines.count {
            let fence = lines[index]
            guard fence.hasPrefix("```") else {
                index += 1
                continue
            }
            let info = fence.dropFirst(3).trimmingCharacters(in: .whitespaces)
            guard let code = block(from: index) else {
                problems.append("line \(index + 1): the block is never closed")
                break
            }
            guard info == "lua" || info == "lua error" else {
                if info.hasPrefix("lua") { problems.append("line \(index + 1): unknown block kind '\(info)'") }
                index = code.next
                continue
            }
            guard code.next < lines.count, lines[code.next] == "```text", let output = block(from: code.next) else {
                problems.append("line \(index + 1): a lua example must be followed at once by a ```text block")
                index = code.next
                continue
            }
            examples.append(
                DocExample(
                    line: index + 1, source: code.body.joined(separator: "\n") + "\n", expected: output.body,
                    failsOnPurpose: info == "lua error"))
            index = output.next
        }
        return (examples, problems)
    }

    /// The part of the page under `heading` (a whole line such as `### Product`), up to the next
    /// heading of the same or a higher level.
    static func section(_ heading: String) -> String? {
        let level = heading.prefix { $0 == "#" }.count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: heading) else { return nil }
        let end =
            lines[(start + 1)...].firstIndex { line in
                let hashes = line.prefix { $0 == "#" }.count
                return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
            } ?? lines.count
        return lines[start..<end].joined(separator: "\n")
    }
}

/// Every example of the Lua API reference runs and prints exactly what the page says.
@Suite struct DocExamplesTests {
    @Test func theReferenceIsWellFormedAndHasExamples() {
        #expect(!APIReference.text.isEmpty, "cannot read \(APIReference.url.path)")
        #expect(APIReference.parsed.problems == [])
        #expect(APIReference.examples.count >= 30)
        #expect(APIReference.examples.filter(\.failsOnPurpose).count >= 5)
        for example in APIReference.examples {
            #expect(!example.expected.isEmpty, "\(example.testDescription): the output block is empty")
            if example.failsOnPurpose {
                #expect(example.expected.count == 1, "\(example.testDescription): an error example shows one line")
            }
        }
    }

    /// The example run in-process, as `tiwizi run` runs it: its printed lines and returned
    /// values, or the first line of its error.
    @Test(arguments: APIReference.examples)
    func exampleOutputIsExact(_ example: DocExample) throws {
        let actual: [String]
        do {
            let run = try SeedCatalog.run(source: example.source)
            guard !example.failsOnPurpose else {
                Testing.Issue.record("\(example.testDescription) should fail but printed:\n\(run.lines.joined(separator: "\n"))")
                return
            }
            actual = run.lines
        } catch let error as LuaError {
            guard example.failsOnPurpose else {
                Testing.Issue.record("\(example.testDescription) failed: \(error.description)")
                return
            }
            actual = [String(error.description.prefix { $0 != "\n" })]
            if error.exceededLimit != nil {
                // The page shows what `tiwizi run` prints, which adds the flag that raises the
                // limit (theCommandPrintsTheSame checks it); LuaHost's message stops before it.
                let documented = example.expected.first ?? ""
                #expect(
                    example.expected.count == 1 && documented.hasPrefix(actual[0] + ". Raise it with --")
                        && documented.hasSuffix("."),
                    "\(example.testDescription)\n--- documented:\n\(documented)\n--- in-process:\n\(actual[0])")
                return
            }
        }
        #expect(
            actual == example.expected,
            "\(example.testDescription)\n--- documented:\n\(example.expected.joined(separator: "\n"))\n--- actual:\n\(actual.joined(separator: "\n"))"
        )
    }

    /// The examples that run cleanly are also clean for luacheck (with the repository's
    /// .luacheckrc): the reference teaches by example, so its examples should be idiomatic.
    @Test func cleanExamplesPassLuacheck() throws {
        let luacheck = try ProcessRun.tool("luacheck", install: ProcessRun.installLuacheck)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-doc-luacheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for example in APIReference.examples where !example.failsOnPurpose {
            try example.source.write(
                to: folder.appendingPathComponent("lua-api.md-line-\(example.line).lua"), atomically: true, encoding: .utf8)
        }
        let config = SeedCatalog.repositoryRoot.appendingPathComponent(".luacheckrc").path
        let result = try ProcessRun.execute(
            luacheck, ["--config", config, "--formatter", "plain", "--no-cache", "."], in: folder)
        #expect(result.status == 0, "luacheck on the examples of docs/lua-api.md reported:\n\(result.stdout)\(result.stderr)")
    }

    /// The same examples through the real `tiwizi run`: the page documents the command, so the
    /// command must print the same.
    @Test func theCommandPrintsTheSame() throws {
        for example in APIReference.examples {
            let result = try SeedCatalog.runCommand(source: example.source)
            if example.failsOnPurpose {
                #expect(result.status == 1, "\(example.testDescription): \(result)")
                #expect(result.errorLines.first.map { [$0] } == example.expected, "\(example.testDescription): \(result)")
            } else {
                #expect(result.status == 0, "\(example.testDescription): \(result)")
                #expect(result.lines == example.expected, "\(example.testDescription): \(result)")
            }
        }
    }
}

/// The reference and the LuaCATS annotations cover the whole API: every field, method and
/// operator of every class, every library function, filter key and rounding mode the host
/// registers is documented and annotated.
@Suite struct APICoverageTests {
    static let metaURL = SeedCatalog.repositoryRoot.appendingPathComponent("scripts/tiwizi.meta.lua")
    static let meta = (try? String(contentsOf: metaURL, encoding: .utf8)) ?? ""

    /// Records `message` unless `text` contains `part` (without dumping `text` into the report).
    private func expect(
        _ text: String, contains part: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        if !text.contains(part) { Testing.Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation) }
    }

    /// The annotations of `---@class name`, up to the next class.
    static func metaClass(_ name: String) -> String? {
        guard let start = meta.range(of: "---@class \(name)\n") else { return nil }
        let rest = meta[start.upperBound...]
        return String(rest[..<(rest.range(of: "---@class ")?.lowerBound ?? rest.endIndex)])
    }

    /// What a class declares: its Lua name, fields, methods and metamethods.
    struct Members {
        let name: String
        let fields: [String]
        let methods: [String]
        let metamethods: [LuaMetamethod]

        init<Object>(_ type: LuaUserdataClass<Object>) {
            name = type.name
            fields = type.definition.fields.map(\.name)
            methods = type.definition.methods.map(\.name)
            metamethods = type.definition.metamethods.map(\.event)
        }

        init(_ money: LuaMoneyClass) {
            name = "Money"
            fields = LuaMoneyClass.fields
            methods = money.definition.methods.map(\.name)
            metamethods = LuaMoneyClass.metamethods
        }
    }

    /// Every class and library as registered for a run (CatalogScripts.makeSandbox).
    static func registered() throws -> (classes: [Members], tiwizi: [String], catalog: [String]) {
        let store = try SQLiteCatalogStore(path: try SeedCatalog.catalogPath.get(), readOnly: true)
        return try store.read { reader in
            let session = CatalogSession(reader: reader, context: RunContext(at: Date(timeIntervalSince1970: 0)))
            let classes = [
                Members(MoneyClass.make()), Members(DateClasses.date()), Members(DateClasses.dateTime()),
                Members(ReferenceClasses.text()), Members(ReferenceClasses.region()),
                Members(ReferenceClasses.certificate(session)), Members(ReferenceClasses.scheme()),
                Members(ReferenceClasses.knowHow()), Members(ProductClass.make(session)),
                Members(CooperativeClass.make(session)), Members(VersionClass.make()),
            ]
            return (
                classes, TiwiziLibrary.make(session).members.map { $0.0 }, CatalogLibrary.make(session).members.map { $0.0 }
            )
        }
    }

    @Test func everyClassMemberIsDocumentedAndAnnotated() throws {
        let (classes, _, _) = try Self.registered()
        #expect(classes.count == 11)
        for type in classes {
            let heading = type.name == "Money" ? "## Money" : "### \(type.name)"
            guard let doc = APIReference.section(heading) else {
                Testing.Issue.record("docs/lua-api.md has no section '\(heading)'")
                continue
            }
            guard let annotations = Self.metaClass(type.name) else {
                Testing.Issue.record("scripts/tiwizi.meta.lua has no ---@class \(type.name)")
                continue
            }
            for field in type.fields {
                expect(doc, contains: "| `\(field)` |", "docs: \(type.name).\(field) is not in the field table")
                expect(annotations, contains: "---@field \(field) ", "meta: no ---@field \(field) in class \(type.name)")
            }
            for method in type.methods {
                expect(doc, contains: ":\(method)(", "docs: \(type.name):\(method) is not documented")
                expect(Self.meta, contains: "function \(type.name):\(method)(", "meta: no function \(type.name):\(method)")
            }
            // The operators LuaCATS can express; `==`, `<`, `<=` and `tostring` are in the docs.
            let annotatable: [LuaMetamethod: String] = [.add: "add", .sub: "sub", .mul: "mul", .unm: "unm", .concat: "concat"]
            for event in type.metamethods {
                guard let name = annotatable[event] else { continue }
                expect(annotations, contains: "---@operator \(name)", "meta: class \(type.name) has no ---@operator \(name)")
            }
        }
    }

    @Test func everyLibraryFunctionIsDocumentedAndAnnotated() throws {
        let (_, tiwizi, catalog) = try Self.registered()
        for (library, members) in [("tiwizi", tiwizi), ("catalog", catalog)] {
            let doc = APIReference.section("## The `\(library)` table") ?? ""
            #expect(!doc.isEmpty, "docs/lua-api.md has no section for \(library)")
            let annotations = Self.metaClass(library == "tiwizi" ? "TiwiziLib" : "CatalogLib") ?? ""
            for member in members {
                expect(doc, contains: "`\(library).\(member)", "docs: \(library).\(member) is not documented")
                let annotated =
                    annotations.contains("---@field \(member) ") || Self.meta.contains("function \(library).\(member)(")
                #expect(annotated, "meta: \(library).\(member) is not annotated")
            }
        }
    }

    @Test func everyFilterKeyAndRoundingModeIsDocumentedAndAnnotated() {
        let filters = APIReference.section("### Product filters") ?? ""
        let annotations = Self.metaClass("ProductFilter") ?? ""
        for key in CatalogLibrary.filterKeys {
            expect(filters, contains: "| `\(key)` |", "docs: filter '\(key)' is not in the table")
            expect(annotations, contains: "---@field \(key) ", "meta: no ---@field \(key) in ProductFilter")
        }
        let modes = APIReference.section("### Rounding modes") ?? ""
        for mode in ScriptValues.roundingNames {
            expect(modes, contains: "| `\"\(mode)\"` |", "docs: rounding mode \(mode) is not in the table")
            expect(Self.meta, contains: "---| \"\(mode)\"", "meta: rounding mode \(mode) is not in the RoundingMode alias")
        }
    }

    /// The version the page, the annotations and the example scripts name is the one the host
    /// provides (a bump must update them all).
    @Test func theDocumentedVersionIsTheCurrentOne() throws {
        let version = APIVersion.current
        expect(
            APIReference.text, contains: "| `tiwizi.api` | Version | The version of this API, `\(version)`",
            "docs: tiwizi.api is not \(version) in the table")
        expect(
            APIReference.text, contains: "This page documents\nversion **\(version)**", "docs: the intro does not say \(version)")
        expect(Self.meta, contains: "(version \(version))", "meta: the header does not say \(version)")
        expect(
            Self.meta, contains: "---@field api Version The version of this API, \(version).",
            "meta: tiwizi.api is not \(version)")
        let folder = SeedCatalog.repositoryRoot.appendingPathComponent("scripts/examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".lua") {
            let script = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            expect(
                script, contains: "assert(tiwizi.api.major == \(version.major), ", "\(name) does not check major \(version.major)"
            )
        }
    }
}
