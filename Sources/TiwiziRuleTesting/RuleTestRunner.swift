import Foundation
import LuaHost
import TiwiziCore
import TiwiziInterchange
import TiwiziLua
import TiwiziRules
import TiwiziStore

/// Runs the rule-set tests of a rules folder (`tiwizi test`, docs/rules.md): each `*_test.lua`
/// under `pricing/`, `labels/` and `promotions/`, its fixtures imported into a temporary catalog
/// of its own (never the user's), and each test priced by the real engine, as `tiwizi price`
/// prices a product and `tiwizi quote` a cart, in a sandbox of its own at the test's moment.
public struct RuleTestRunner {
    public let folder: URL
    /// The moment of the tests that set none (`--at`, else the command's).
    public let moment: Date
    public let timeZone: TimeZone
    /// The language of the reasons a `check` function reads (`r.steps[1].reason.text`).
    public let language: InterfaceLanguage
    /// Receives each line the scripts print.
    public let output: (String) -> Void

    public init(
        folder: URL, moment: Date, timeZone: TimeZone = .casablanca, language: InterfaceLanguage = .current,
        output: @escaping (String) -> Void = { _ in }
    ) {
        self.folder = folder
        self.moment = moment
        self.timeZone = timeZone
        self.language = language
        self.output = output
    }

    /// Runs every test file of the folder, in path order: a rules folder's with all its rule
    /// sets, a plugin's with that plugin alone (`PluginDiscovery.testScopes`).
    public func run() -> RuleTestReport {
        do {
            return RuleTestReport(
                files: try PluginDiscovery.testScopes(of: folder).flatMap { scope in
                    scope.tests.map { run(file: $0, plugins: scope.plugins) }
                })
        } catch {
            let name = folder.lastPathComponent
            return RuleTestReport(files: [.init(file: name, results: [], problems: [.invalid(Self.readable(error))])])
        }
    }

    /// Runs the tests of one file with `plugins`: a file that is invalid, whose fixtures do not
    /// import or whose plugins do not load runs none.
    public func run(file url: URL, plugins: [PluginPackage]) -> RuleTestReport.FileReport {
        let name = RuleLoader.relativePath(of: url, to: folder)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        func invalid(_ problems: [RuleTestProblem]) -> RuleTestReport.FileReport {
            RuleTestReport.FileReport(file: name, results: [], problems: problems)
        }
        let context = RunContext(at: moment, timeZone: timeZone)
        do {
            guard let source = try? String(contentsOf: url, encoding: .utf8) else {
                return invalid([.invalid(Issue(.unreadable(path: name, reason: "not UTF-8 text, or not readable")))])
            }
            let store = try SQLiteCatalogStore(path: scratch.appendingPathComponent("catalog.sqlite").path)
            let tests = try sandbox(store, context, root: plugins.first?.root ?? folder) { sandbox, _, _ in
                try decode(source, name: name, in: sandbox)
            }
            do {
                _ = try Importer(store: store, today: context.today).run(document: tests.fixtures, file: name)
            } catch let failure as ImportFailure {
                return invalid(failure.issues.map { .invalid(Self.fixtureIssue($0)) })
            }
            let sets: [RuleSet]
            do {
                sets = try sandbox(store, context, root: plugins.first?.root ?? folder) { _, sandboxes, _ in
                    try RuleEngine(plugins: try PluginLoader.load(plugins, sandboxes: sandboxes).all(), context: context).sets
                }
            } catch {
                return invalid([.rulesDoNotLoad(file: name, because: Self.readable(error))])
            }
            let results = try Self.runs(of: tests.tests, file: name, sets: sets).map { index, test in
                run(test, index: index, source: source, file: name, plugins: plugins, store: store)
            }
            return RuleTestReport.FileReport(file: name, results: results, problems: [])
        } catch let problem as RuleTestProblem {
            return invalid(problem.separated)
        } catch {
            return invalid([.invalid(Self.readable(error))])
        }
    }

    /// Every run of the file's tests, in order, with the index of its test in the file: one per
    /// test, and one per combination of a test's matrix.
    /// - Throws: `RuleTestProblem` for a matrix value that does not fit `sets`, or two runs with
    ///   one name (a value listed twice).
    private static func runs(
        of tests: [RuleTest], file: String, sets: [RuleSet]
    ) throws(RuleTestProblem) -> [(index: Int, test: RuleTest)] {
        var names: Set<String> = []
        var runs: [(index: Int, test: RuleTest)] = []
        for (index, test) in tests.enumerated() {
            for run in try test.runs(checkedAgainst: sets, file: file) {
                guard names.insert(run.name).inserted else { throw .duplicateTest(file: file, name: run.name) }
                runs.append((index, run))
            }
        }
        return runs
    }

    private func run(
        _ test: RuleTest, index: Int, source: String, file: String, plugins: [PluginPackage], store: SQLiteCatalogStore
    ) -> RuleTestReport.TestResult {
        let context = RunContext(at: test.at ?? moment, timeZone: timeZone)
        var failures: [RuleTestFailure]
        do {
            failures = try sandbox(store, context, root: plugins.first?.root ?? folder) { sandbox, sandboxes, reader in
                let loaded = try PluginLoader.load(plugins, sandboxes: sandboxes).all()
                return try self.failures(of: test, index: index, source: source, file: file, loaded, sandbox, reader, context)
            }
        } catch {
            failures = [.run(Self.readable(error))]
        }
        var sku: String?
        var cart: Cart?
        switch test.subject {
        case .product(let product, _): sku = product
        case .cart(let test): cart = test.cart
        }
        return RuleTestReport.TestResult(name: test.name, sku: sku, cart: cart, at: context.now, failures: failures)
    }

    /// Prices the test's product or cart and checks what the test expects of it.
    private func failures(
        of test: RuleTest, index: Int, source: String, file: String, _ plugins: [LoadedPlugin], _ sandbox: LuaSandbox,
        _ reader: any CatalogReader, _ context: RunContext
    ) throws -> [RuleTestFailure] {
        let engine: RuleEngine
        do {
            engine = try RuleEngine(plugins: plugins, context: context, parameters: test.parameters)
        } catch let problem as RuleProblem where problem.concernsParameters {
            return [.parameters(problem)]
        }
        var failures: [RuleTestFailure]
        let result: () -> any LuaPushable
        do {
            switch test.subject {
            case .product(let sku, let expectations):
                guard let product = try reader.product(sku) else {
                    throw RuleTestProblem.unknownProduct(where: .test(file: file, name: test.name), sku: sku, fixtures: [])
                }
                let priced = try engine.price(
                    product, floor: product.producerFloor(cooperative: try reader.cooperative(product.cooperativeID)))
                failures = expectations.compactMap { $0.failure(for: priced) }
                result = { CheckResult.table(priced, language: language) }
            case .cart(let cart):
                let quote = try engine.quote(cart.cart, reader: reader, ledger: cart.redeemed)
                failures = cart.expectations.compactMap { $0.failure(for: quote, rules: engine.order) }
                result = { DocumentTable.table(quote, language: language) }
            }
        } catch let failure as RuleFailure {
            return [.ruleFailed(failure)]
        }
        if test.check != nil {
            // A function is valid only in the sandbox that ran its file: run the file again in this one.
            if let check = try decode(source, name: file, in: sandbox).tests[index].check {
                do { _ = try sandbox.call(check, arguments: [result(), engine.parameterTable]) } catch {
                    failures.append(.check(message: error.message))
                }
            }
        }
        return failures
    }

    /// Runs the test file in `sandbox` and reads the table it returns.
    private func decode(_ source: String, name: String, in sandbox: LuaSandbox) throws(RuleTestProblem) -> RuleTestFile {
        let run: LuaRun
        do { run = try sandbox.run(try sandbox.load(source, name: name)) } catch { throw .script(message: error.message) }
        return try RuleTestDecoding.file(run.values.first ?? .nil, file: name, timeZone: timeZone)
    }

    /// A sandbox for the test file and a factory of the plugins' sandboxes, over the test file's
    /// catalog at `context`'s moment; the test file's `require` reads `root`.
    private func sandbox<T>(
        _ store: SQLiteCatalogStore, _ context: RunContext, root: URL,
        _ body: (LuaSandbox, CatalogScripts.SandboxFactory, any CatalogReader) throws -> T
    ) throws -> T {
        try CatalogScripts.withSandboxes(store: store, context: context, output: output) { sandboxes, reader in
            try body(try sandboxes.make(scriptsFolder: root), sandboxes, reader)
        }
    }

    /// An import issue of the fixtures, its field as the test file writes it.
    private static func fixtureIssue(_ issue: Issue) -> Issue {
        var placed = issue
        placed.field = issue.field.map(FixtureDocument.luaField)
        return placed
    }

    /// An error as words for the report.
    private static func readable(_ error: any Error) -> any HumanReadable { FailureText(error: error) }
}

extension RuleProblem {
    /// Whether the problem is with the parameter values a run sets, not with the rule sets.
    fileprivate var concernsParameters: Bool {
        switch self {
        case .unknownRuleSet, .unknownParameter, .parameterValue, .parameterNotAllowed: return true
        default: return false
        }
    }
}
