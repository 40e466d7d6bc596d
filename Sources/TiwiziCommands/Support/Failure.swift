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
        switch error {
        case let failure as ImportFailure:
            for issue in failure.issues { Console.error(Console.say(issue)) }
            let more = failure.errorCount - failure.issues.count
            if more > 0 { Console.error(Console.say(CommandMessage.moreProblems(more))) }
            Console.error(Console.say(CommandMessage.importFailed(problems: failure.errorCount)))
        case let failure as ValidationFailure:
            for issue in failure.issues { Console.failure(Console.say(issue)) }
        case let message as any HumanReadable:
            Console.failure(Console.say(message))
        case let failure as OutputFailure:
            Console.failure(Console.say(Console.problem(failure)))
        case let refusal as ExportRefusal:
            let path = refusal.path
            Console.failure(
                Console.say(
                    refusal.kind == .notAFolder
                        ? CommandProblem.exportNotAFolder(path: path) : .exportFolderNotEmpty(path: path)))
        default:
            Console.failure("\(error)")
        }
    }
}

/// Prints warnings that did not stop a command.
func printWarnings(_ issues: [Issue]) {
    for issue in issues { Console.error(Console.say(issue)) }
}
