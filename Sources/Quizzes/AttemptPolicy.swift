import Courses
import Foundation
import SanaStore

/// The exam's rules about attempts, from the course's exam definition: how many, the wait
/// between them, the time limit, the pass mark, and which attempt counts (highest or last); with a
/// learner's accommodation, the time limit and the attempts grow by its extra minutes and attempts.
package struct AttemptPolicy: Sendable, Equatable {
    package let exam: ExamDefinition
    package let accommodation: Accommodation

    package init(exam: ExamDefinition, accommodation: Accommodation = .none) {
        self.exam = exam
        self.accommodation = accommodation
    }

    /// Attempts allowed: the course's and the learner's extra ones.
    package var attemptsAllowed: Int {
        exam.attempts + accommodation.extraAttempts
    }

    /// Minutes an attempt lasts: the course's time limit and the learner's extra minutes.
    package var timeLimitMinutes: Int {
        exam.timeLimitMinutes + accommodation.extraMinutes
    }

    /// The latest instant the store's timestamps hold (9999-12-31 23:59:59 UTC): later ones would not
    /// compare as dates in their text form.
    package static let latest = Date(timeIntervalSince1970: 253_402_300_799)

    /// `minutes` after `date`, at most `latest`: course versions stored before `course check` bounded
    /// the time limit and the wait may hold any Int, and `minutes * 60` would trap.
    static func adding(minutes: Int, to date: Date) -> Date {
        min(date.addingTimeInterval(Double(max(0, minutes)) * 60), max(date, latest))
    }

    /// The deadline of an attempt started at `start`.
    package func deadline(startingAt start: Date) -> Date {
        AttemptPolicy.adding(minutes: timeLimitMinutes, to: start)
    }

    /// When the next attempt may start after `previous` (submitted attempts at this version):
    /// nil when no wait applies.
    package func cooldownEnd(after previous: [Attempt]) -> String? {
        guard exam.cooldownMinutes > 0,
              let last = previous.compactMap(\.submittedAt).max(),
              let ended = Timestamp.date(from: last) else { return nil }
        return Timestamp.string(from: AttemptPolicy.adding(minutes: exam.cooldownMinutes, to: ended))
    }

    package func attemptsLeft(after previous: [Attempt]) -> Int {
        max(0, attemptsAllowed - previous.count)
    }

    /// Throws when a new attempt may not start at `now`: none left, or still in the wait.
    package func checkStart(after previous: [Attempt], now: String, iin: String, course: String) throws {
        if previous.count >= attemptsAllowed {
            throw QuizzesError.attemptsExhausted(iin: iin, course: course, allowed: attemptsAllowed)
        }
        if let until = cooldownEnd(after: previous), now < until {
            throw QuizzesError.coolingDown(iin: iin, course: course, until: until)
        }
    }

    /// Whether a score passes: at or above the pass mark.
    package func passes(_ score: Double) -> Bool {
        score + 1e-9 >= exam.passMark
    }

    /// The attempt whose score counts: the highest (the earliest of equals) or the last submitted.
    package func counted(_ attempts: [Attempt]) -> Attempt? {
        let submitted = attempts.filter { $0.submittedAt != nil }
        switch exam.grading {
        case .last:
            return submitted.max { ($0.submittedAt!, $0.id) < ($1.submittedAt!, $1.id) }
        case .highest:
            return submitted.min { lhs, rhs in
                let (a, b) = (lhs.score ?? 0, rhs.score ?? 0)
                return a != b ? a > b : lhs.id < rhs.id
            }
        }
    }
}
