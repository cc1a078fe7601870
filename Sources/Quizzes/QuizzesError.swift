import SanaStore

/// What can go wrong in Quizzes; each case names the values involved.
package enum QuizzesError: SanaError, Equatable {
    case poolTooSmall(pool: String, has: Int, draw: Int)
    case attemptsExhausted(iin: String, course: String, allowed: Int)
    case coolingDown(iin: String, course: String, until: String)
    case attemptNotFound(Int64)
    case attemptSubmitted(Int64)
    case deadlinePassed(attempt: Int64, deadline: String)
    case notInAttempt(attempt: Int64, qid: String)
    case invalidAnswer(qid: String, reason: String)
    case questionMissing(attempt: Int64, qid: String)
    case corruptRecord(table: String, id: String, reason: String)
    case unreadableAnswers(path: String, reason: String)
    case invalidAnswers(path: String, count: Int)
    case takenOver(attempt: Int64)
    case paused(attempt: Int64, until: String)
    case lessonsRequired(course: String, missing: [Int])
    case noPractice(course: String, lesson: Int)
    case notInPractice(course: String, lesson: Int, qid: String)
    case certificateHeld(iin: String, course: String, certificate: String)
    case nothingToReset(iin: String, course: String)
    case nothingToReopen(iin: String, course: String)
    case attemptStillOpen(iin: String, course: String, attempt: Int64)
    case certifiedAttempt(attempt: Int64, certificate: String)
    case reopenNeedsMinutes(attempt: Int64)
    case unknownCohort(String)

    package var description: String {
        switch self {
        case .poolTooSmall(let pool, let has, let draw):
            return "pool \(pool) has \(has) questions, fewer than the \(draw) the exam draws"
        case .attemptsExhausted(let iin, let course, let allowed):
            return "learner \(iin) has used all \(allowed) attempt\(allowed == 1 ? "" : "s") at \(course)"
        case .coolingDown(let iin, let course, let until):
            return "learner \(iin) may start the next attempt at \(course) at \(until.prefix(16)) UTC (the wait between attempts)"
        case .attemptNotFound(let id):
            return "no attempt \(id)"
        case .attemptSubmitted(let id):
            return "attempt \(id) is already submitted: its answers can no longer change"
        case .deadlinePassed(let id, let deadline):
            return "attempt \(id) ran out of time at \(deadline.prefix(19)) UTC: the answer was not recorded and the attempt was submitted"
        case .notInAttempt(let id, let qid):
            return "question \(qid) is not part of attempt \(id)"
        case .invalidAnswer(let qid, let reason):
            return "answer to \(qid): \(reason)"
        case .questionMissing(let id, let qid):
            return "attempt \(id) refers to question \(qid), which its course version does not have"
        case .corruptRecord(let table, let id, let reason):
            return "\(table) \(id) in the store cannot be read: \(reason)"
        case .unreadableAnswers(let path, let reason):
            return "cannot read answers from \(path): \(reason)"
        case .invalidAnswers(let path, let count):
            return "\(path) has \(count) invalid answer\(count == 1 ? "" : "s"): nothing was recorded"
        case .takenOver(let id):
            return "attempt \(id) was continued in another terminal: this one can no longer change it"
        case .paused(let id, let until):
            return "attempt \(id) is paused until \(until.prefix(19)) UTC while code entry is locked: its clock is stopped meanwhile"
        case .lessonsRequired(let course, let missing):
            return "the exam of \(course) starts once every lesson is opened: lesson\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) not yet"
        case .noPractice(let course, let lesson):
            return "lesson \(lesson) of \(course) has no practice questions"
        case .notInPractice(let course, let lesson, let qid):
            return "question \(qid) is not in the practice set of lesson \(lesson) of \(course)"
        case .certificateHeld(let iin, let course, let certificate):
            return "learner \(iin) holds certificate \(certificate) for \(course): revoke it first with 'sana cert revoke \(certificate) --reason ...', then reset the attempts"
        case .nothingToReset(let iin, let course):
            return "learner \(iin) has no attempts at \(course) that count: there is nothing to reset"
        case .nothingToReopen(let iin, let course):
            return "learner \(iin) has no submitted attempt at \(course) that counts: there is nothing to reopen"
        case .attemptStillOpen(let iin, let course, let attempt):
            return "learner \(iin) already has attempt \(attempt) open at \(course): they can continue it with 'sana quiz take \(course)'"
        case .certifiedAttempt(let attempt, let certificate):
            return "certificate \(certificate) was issued from attempt \(attempt): a certified attempt cannot be reopened"
        case .reopenNeedsMinutes(let attempt):
            return "attempt \(attempt) had no time left when it ended: give --minutes N for how long it reopens"
        case .unknownCohort(let name):
            return "no cohort named '\(name)' in the store"
        }
    }
}
