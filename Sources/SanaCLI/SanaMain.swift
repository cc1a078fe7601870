import ArgumentParser
import Foundation
import GRDB
import SanaStore

/// Runs the `sana` command line: parses, runs one command, maps errors to exit codes.
/// Domain errors print as `sana: error: ...` and exit 1; usage errors exit 64.
public enum SanaMain {
    public static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        // Output piped into `head` that closes early must not kill a running import.
        signal(SIGPIPE, SIG_IGN)
        var command: ParsableCommand
        do {
            command = try SanaCommand.parseAsRoot(arguments)
        } catch {
            SanaCommand.exit(withError: error)
        }
        do {
            try command.run()
            Output.flush()
            exit(0)
        } catch let failure as LearnerFailure {
            Output.flush()
            // On a terminal, wrapped by words like everything else the learner reads.
            let lines = isatty(STDERR_FILENO) == 1 ? WordWrapper(width: min(Terminal.size().columns, 100)).wrap(failure.line, rest: "") : [failure.line]
            Output.diagnostic(lines.joined(separator: "\n"))
            exit(1)
        } catch let error as SanaError {
            fail(error.description)
        } catch let error as DatabaseError {
            fail("database error: \(error.message ?? error.resultCode.description)")
        } catch {
            Output.flush()
            // ExitCode, CleanExit, ValidationError and help requests belong to ArgumentParser.
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
                SanaCommand.exit(withError: error)
            }
            fail(error.localizedDescription)
        }
    }

    private static func fail(_ message: String) -> Never {
        Output.flush()
        Output.error(message)
        exit(1)
    }
}
