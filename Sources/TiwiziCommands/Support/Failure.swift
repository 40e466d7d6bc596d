import ArgumentParser
import Foundation
import TiwiziCore
import TiwiziInterchange
import TiwiziStore

/// A `tiwizi` command whose failures are reported as catalog messages (in the interface
/// language) on stderr, with exit status 1.
protocol CatalogCommand: ParsableCommand {
    func execute() throws
}

extension CatalogCommand {
    func run() throws {
        do {
            try execute()
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.endProgress()
            report(error)
            throw ExitCode.failure
        }
    }

    private func report(_ error: any Error) {
        let language = Console.language
        switch error {
        case let failure as ImportFailure:
            for issue in failure.issues { Console.error(issue.text(in: language)) }
            let more = failure.errorCount - failure.issues.count
            if more > 0 { Console.error(Console.counted(more, one: .moreProblemOne, other: .moreProblems)) }
            Console.error(Console.counted(failure.errorCount, one: .importFailedOne, other: .importFailed))
        case let failure as ValidationFailure:
            for issue in failure.issues { Console.failure(issue.text(in: language)) }
        case let issue as Issue:
            Console.failure(issue.text(in: language))
        case let error as CatalogError:
            Console.failure(error.message.text(in: language))
        case let failure as OutputFailure:
            Console.failure(Console.describe(failure))
        case let refusal as ExportRefusal:
            let key: MessageKey = refusal.kind == .notAFolder ? .exportNotAFolder : .exportFolderNotEmpty
            Console.failure(Message(key, ["path": refusal.path]).text(in: language))
        default:
            Console.failure("\(error)")
        }
    }
}

/// Prints warnings that did not stop a command.
func printWarnings(_ issues: [Issue]) {
    for issue in issues { Console.error(issue.text(in: Console.language)) }
}
