import Enrollment
import Foundation
import Quizzes
import SanaStore

/// The access code at the start of the exam's screen, in the learner's language: typed without
/// echo, asked again after an empty line, something that is not a code (neither counted as a
/// try) or a wrong code (with the tries left); a lockout says when to try again and who can help.
/// A lockout stops the clock of the learner's open attempt (`QuizSessions.pauseForLockout`).
enum AccessCodePrompt {
    static func verify(store: Store, iin: IIN, texts: Texts, given: String?, input: TerminalInput = .shared) throws {
        let codes = AccessCodes(store: store)
        func check(_ typed: String) throws {
            try codes.verify(iin: iin, typed: typed) { db, learnerId, from, until in
                try QuizSessions.pauseForLockout(db, learnerId: learnerId, from: from, until: until)
            }
        }
        if let given {
            // $SANA_ACCESS_CODE: one try, no prompt.
            try check(given)
            return
        }
        func say(_ text: String) {
            WordWrapper(width: min(Terminal.size().columns, 100)).wrap(text).forEach { Output.line($0) }
        }
        while true {
            guard case .line(let typed) = input.readLine(prompt: { texts(.codePrompt, ["iin": iin.digits]) }, secret: true) else {
                throw LearnerFailure(line: texts(.errorPrefix) + texts(.codeEmpty))
            }
            if typed.trimmingCharacters(in: .whitespaces).isEmpty {
                say(texts(.codeEmpty))
                continue
            }
            do {
                try check(typed)
                return
            } catch EnrollmentError.malformedAccessCode {
                say(texts(.codeMalformed))
            } catch EnrollmentError.wrongAccessCode(_, let left) {
                say(texts(.codeWrong, count: left, ["minutes": String(AccessCodes.lockMinutes)]))
            }
        }
    }
}
