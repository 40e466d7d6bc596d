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
        } catch {
            throw CommandFailure.reported(error)
        }
    }
}

/// An async `tiwizi` command (one that serves), whose failures are reported as `CatalogCommand`'s.
protocol AsyncCatalogCommand: AsyncParsableCommand {
    func execute() async throws
}

extension AsyncCatalogCommand {
    func run() async throws {
        do {
            try await execute()
        } catch {
            throw CommandFailure.reported(error)
        }
    }
}

/// How a command's failure reaches the person who ran it.
enum CommandFailure {
    /// Prints `error` on stderr as catalog messages, and returns the exit status 1 to throw
    /// (an `ExitCode` is returned as it is).
    static func reported(_ error: any Error) -> ExitCode {
        if let code = error as? ExitCode { return code }
        Console.endProgress()
        report(error)
        return ExitCode.failure
    }

    private static func report(_ error: any Error) {
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
