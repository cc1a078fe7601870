import ArgumentParser
import Quizzes

struct QuizExpireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expire",
        abstract: "Submit every open attempt whose time has run out (as submitted by expiry, at its deadline)."
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Print the submitted attempts' ids as JSON.") var json = false

    func run() throws {
        let submitted = try QuizSessions(store: store.open()).expireOverdue()
        if json {
            try Output.json(["submitted": submitted])
        } else {
            Output.line("submitted \(submitted.count) overdue attempt\(submitted.count == 1 ? "" : "s")" + (submitted.isEmpty ? "" : ": " + submitted.map(String.init).joined(separator: ", ")))
        }
    }
}
