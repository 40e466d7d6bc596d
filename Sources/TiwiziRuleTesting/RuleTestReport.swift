import TiwiziCore
import TiwiziFormats
import TiwiziLua
import TiwiziRules

/// What `tiwizi test` found: each test file, in path order, with its tests or why it is invalid.
public struct RuleTestReport: Sendable {
    public let files: [FileReport]

    /// A test file's tests, or the problems that kept them from running.
    public struct FileReport: Sendable {
        /// `pricing/base_test.lua`.
        public let file: String
        public let results: [TestResult]
        /// Empty for a valid file.
        public let problems: [RuleTestProblem]
    }

    /// One test and how it went.
    public struct TestResult: Sendable {
        public let name: String
        /// What the test priced: a product, or a cart.
        public let sku: String?
        public let cart: Cart?
        /// The moment it ran at.
        public let at: LocalDateTime
        /// Empty when the test passed.
        public let failures: [RuleTestFailure]

        public var passed: Bool { failures.isEmpty }
    }

    public var passed: Int { files.reduce(0) { $0 + $1.results.filter(\.passed).count } }
    public var failed: Int { files.reduce(0) { $0 + $1.results.filter { !$0.passed }.count } }
    public var invalidFiles: Int { files.filter { !$0.problems.isEmpty }.count }
    /// Every test passed and every file was valid.
    public var succeeded: Bool { failed == 0 && invalidFiles == 0 }

    /// The report as JSON (`tiwizi test --json`, schema in docs/rules.md); empty lists are left out.
    package func document(language: InterfaceLanguage) -> DocumentNode {
        .record([
            ("passed", .number(passed)), ("failed", .number(failed)), ("invalid_files", .number(invalidFiles)),
            (
                "files",
                .list(
                    files.map { file in
                        .record([
                            ("file", .text(file.file)),
                            ("errors", .list(file.problems.map { .text($0.text(in: language)) }, line: nil)),
                            ("tests", .list(file.results.map { Self.document($0, language) }, line: nil)),
                        ])
                    }, line: nil)
            ),
        ])
    }

    private static func document(_ result: TestResult, _ language: InterfaceLanguage) -> DocumentNode {
        .record([
            ("name", .text(result.name)), ("sku", .text(result.sku)),
            (
                "cart",
                result.cart.map { cart in
                    .list(
                        cart.lines.map { .record([("sku", .text($0.sku)), ("quantity", .number($0.quantity))]) }, line: nil)
                } ?? .null(line: nil)
            ),
            ("coupons", .list(result.cart?.coupons.sorted().map { .text($0) } ?? [], line: nil)),
            ("customer", .text(result.cart?.customer)), ("at", .text(result.at.description)),
            ("passed", .boolean(result.passed)),
            (
                "failures",
                .list(
                    result.failures.map { .record([("code", .text($0.code)), ("text", .text($0.text(in: language)))]) },
                    line: nil)
            ),
        ])
    }
}
