import ArgumentParser
import Certificates
import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import SanaStore

/// Runs the `sana` command line: parses, runs one command, maps errors to exit codes.
/// Domain errors print as `sana: error: ...` in the admin's language and exit 1; usage errors exit 64.
/// The `sana: error:` prefix stays the same in every language, for scripts.
package enum SanaMain {
    package static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
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
            let texts = adminTexts(for: command, needsZone: namesATime(error))
            fail(texts.adminSentence(for: error) ?? error.description)
        } catch let error as DatabaseError {
            fail(adminTexts(for: command, needsZone: false)(ErrorMessage.databaseError, ["message": error.message ?? error.resultCode.description]))
        } catch {
            Output.flush()
            if isArgumentParserOutcome(error) {
                SanaCommand.exit(withError: error)
            }
            fail(error.localizedDescription)
        }
    }

    /// What a command throws to end through ArgumentParser: an exit code, a clean exit (help,
    /// version), a usage error (exit 64), or what ArgumentParser's own `help` subcommand throws
    /// (an internal type whose exit code ArgumentParser gives as success or a usage error; any
    /// other error is a plain failure to it).
    static func isArgumentParserOutcome(_ error: any Error) -> Bool {
        error is ExitCode || error is CleanExit || error is ValidationError || SanaCommand.exitCode(for: error) != .failure
    }

    /// The admin's language for `command`'s errors: its `--lang` (a `LanguageOption`, or a
    /// command's own `--lang` naming the content's language), else `$LANG`, else English. When the
    /// error names a time (`needsZone`), the store is opened read-only for its zone setting.
    static func adminTexts(for command: ParsableCommand, needsZone: Bool) -> Texts {
        let language = commandLanguage(command)
        let english = (language ?? LearnerLanguage.fromEnvironment() ?? .en) == .en
        // Only Kazakh and Russian write times in the store's zone; English keeps each error's own words.
        let store = english || !needsZone ? nil : storeOptions(command).flatMap { try? $0.openReadOnly() }
        return AdminLanguage.texts(store: store, language: language)
    }

    /// Whether an error's sentence holds a time (written in the store's zone in Kazakh and Russian).
    static func namesATime(_ error: any Error) -> Bool {
        switch error {
        case EnrollmentError.lockedOut, QuizzesError.coolingDown, QuizzesError.deadlinePassed, QuizzesError.paused, CertificatesError.retiredKey: return true
        default: return false
        }
    }

    /// The `--lang` a parsed command was given, if it has one.
    static func commandLanguage(_ command: ParsableCommand) -> Language? {
        if let command = command as? MessageLanguage { return command.messageLanguage }
        for child in Mirror(reflecting: command).children {
            switch child.value {
            case let group as OptionGroup<LanguageOption>: return group.wrappedValue.language
            case let option as Option<Language?> where child.label == "_lang": return option.wrappedValue
            case let option as Option<Language> where child.label == "_lang": return option.wrappedValue
            default: continue
            }
        }
        return nil
    }

    static func storeOptions(_ command: ParsableCommand) -> StoreOptions? {
        Mirror(reflecting: command).children.lazy.compactMap { ($0.value as? OptionGroup<StoreOptions>)?.wrappedValue }.first
    }

    private static func fail(_ message: String) -> Never {
        Output.flush()
        Output.error(message)
        exit(1)
    }
}
