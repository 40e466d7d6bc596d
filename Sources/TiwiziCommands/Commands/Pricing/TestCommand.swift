import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziFormats
import TiwiziRuleTesting
import TiwiziRules

/// `tiwizi test`: runs the rule-set tests of a folder and reports each test, ending with how
/// many passed and failed; exit status 1 when one failed or a test file is invalid.
struct TestCommand: CatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: HelpText.testAbstract.text, discussion: HelpText.testDiscussion.text)

    @Argument(help: ArgumentHelp(.argumentTestFolder)) var folder = "scripts"
    @Option(help: ArgumentHelp(.optionTestAt)) var at: String?
    @Flag(help: ArgumentHelp(.flagTestJSON)) var json = false

    func execute() throws {
        let moment = try Moment.current(at: at)
        try CommandProblem.requireFolder(folder)
        let runner = RuleTestRunner(
            folder: URL(fileURLWithPath: folder), moment: moment.instant, timeZone: moment.timeZone,
            language: Console.language, output: Console.error)
        let report = runner.run()
        if json {
            Console.out(JSONDocument.render(report.document(language: Console.language)))
        } else {
            show(report)
        }
        if !report.succeeded { throw ExitCode.failure }
    }

    /// Each file, each test with what differs, and the totals; invalid files on stderr.
    private func show(_ report: RuleTestReport) {
        if report.files.isEmpty { Console.error(Console.say(CommandMessage.noTestFiles(folder: folder))) }
        for file in report.files {
            for problem in file.problems { Console.failure(Console.say(problem)) }
            guard !file.results.isEmpty else { continue }
            Console.out(file.file)
            for result in file.results {
                Console.out("  \(result.passed ? "✓" : "✗") \(result.name)")
                for failure in result.failures { Console.out("      " + Console.say(failure)) }
            }
        }
        Console.out(Console.say(CommandMessage.testsSummary(passed: report.passed, failed: report.failed)))
    }
}
