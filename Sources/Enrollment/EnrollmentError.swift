import SanaStore

/// What can go wrong managing learners and enrollments; each case names the values involved.
package enum EnrollmentError: SanaError, Equatable {
    case invalidField(FieldProblem)
    case learnerNotFound(iin: String)
    case learnerExists(iin: String)
    case unknownCourse(String)
    case unknownInstitution(String, suggestions: [String] = [])
    case institutionExists(String)
    case sameInstitution(String)
    case notEnrolled(iin: String, course: String)
    case noLearnersSelected(String)
    case noAccessCode(iin: String)
    case wrongAccessCode(iin: String, triesLeft: Int)
    case malformedAccessCode(iin: String)
    case lockedOut(iin: String, until: String)
    case codesAlreadyIssued(count: Int, selected: Int)
    case alreadyWithdrawn(iin: String, course: String, since: String)
    case notWithdrawn(iin: String, course: String, status: String)
    case cohortNeedsCourse(iin: String)
    case cohortNeedsInstitution(iin: String)
    case suspended(iin: String)
    case alreadySuspended(iin: String)
    case notSuspended(iin: String)
    case mergeSameLearner(iin: String)
    case mergeBothPassed(keep: String, drop: String, course: String, version: Int, keepCertificate: String?, dropCertificate: String?)
    case mergeBothTakingExam(keep: String, drop: String, course: String, version: Int)
    case erasureNotConfirmed(iin: String)

    package var description: String {
        switch self {
        case .invalidField(let problem):
            return problem.description
        case .learnerNotFound(let iin):
            return "no learner with IIN \(iin)"
        case .learnerExists(let iin):
            return "a learner with IIN \(iin) already exists"
        case .unknownCourse(let course):
            return "no course \(course) in the store: import it with 'sana course import'"
        case .unknownInstitution(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : ": did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            return "no university named '\(name)' in the store\(hint)"
        case .institutionExists(let name):
            return "a university named '\(name)' already exists: use 'sana institution merge' to move its learners"
        case .sameInstitution(let name):
            return "'\(name)' names the same university twice: name two different ones"
        case .notEnrolled(let iin, let course):
            return "learner \(iin) is not enrolled in \(course)"
        case .noLearnersSelected(let selection):
            return "no learners match \(selection)"
        case .noAccessCode(let iin):
            return "learner \(iin) has no access code: an administrator issues one with 'sana learner codes --learner \(iin)'"
        case .wrongAccessCode(let iin, let triesLeft):
            return "wrong access code for learner \(iin) (\(triesLeft) \(triesLeft == 1 ? "try" : "tries") left before a \(AccessCodes.lockMinutes)-minute lockout)"
        case .malformedAccessCode(let iin):
            return "what was typed for learner \(iin) is not an access code (12 letters and digits such as K7RM-P4QX-9TZA): it was not counted as a try"
        case .lockedOut(let iin, let until):
            return "learner \(iin) is locked out after \(AccessCodes.maxFailures) wrong access codes until \(until.prefix(19)) UTC"
        case .codesAlreadyIssued(let count, let selected):
            let who = count == selected
                ? (selected == 1 ? "the selected learner already has" : "all \(selected) selected learners already have")
                : "\(count) of the \(selected) selected learners already \(count == 1 ? "has" : "have")"
            return "\(who) an access code that may have been handed out: new codes would replace \(count == 1 ? "it" : "them") and the old \(count == 1 ? "one" : "ones") would stop working; give --reissue to replace \(count == 1 ? "it" : "them"), or --without-code to issue codes only to learners who have none"
        case .alreadyWithdrawn(let iin, let course, let since):
            return "learner \(iin) is already withdrawn from \(course) (since \(since.prefix(19)) UTC): 'sana learner reinstate \(iin) --course \(course)' takes it back"
        case .notWithdrawn(let iin, let course, let status):
            return "learner \(iin) is not withdrawn from \(course) (the enrollment is \(status)): there is nothing to reinstate"
        case .cohortNeedsCourse(let iin):
            return "a cohort belongs to an enrollment: name the course with --course to change learner \(iin)'s cohort"
        case .cohortNeedsInstitution(let iin):
            return "learner \(iin) has no university, and a cohort belongs to a university: give --institution too"
        case .suspended(let iin):
            return "learner \(iin) is suspended and cannot take an exam: an administrator lifts it with 'sana learner unsuspend \(iin)'"
        case .alreadySuspended(let iin):
            return "learner \(iin) is already suspended"
        case .notSuspended(let iin):
            return "learner \(iin) is not suspended: there is nothing to lift"
        case .mergeSameLearner(let iin):
            return "cannot merge learner \(iin) into itself: give two different IINs (KEEP, then DROP)"
        case .mergeBothPassed(let keep, let drop, let course, let version, let keepCertificate, let dropCertificate):
            let certificates = "\(keep): \(keepCertificate.map { "certificate \($0)" } ?? "no certificate"); \(drop): \(dropCertificate.map { "certificate \($0)" } ?? "no certificate")"
            return "learners \(keep) and \(drop) both passed \(course) version \(version) (\(certificates)): they may be two people, so nothing was merged"
        case .mergeBothTakingExam(let keep, let drop, let course, let version):
            return "learners \(keep) and \(drop) both have an exam of \(course) version \(version) in progress: let one be submitted or expire ('sana quiz expire'), then merge"
        case .erasureNotConfirmed(let iin):
            return "nothing was erased: what was typed is not learner \(iin)'s IIN"
        }
    }
}
