import SanaStore

/// What can go wrong managing learners and enrollments; each case names the values involved.
public enum EnrollmentError: SanaError, Equatable {
    case invalidField(FieldProblem)
    case learnerNotFound(iin: String)
    case learnerExists(iin: String)
    case unknownCourse(String)
    case unknownInstitution(String)
    case notEnrolled(iin: String, course: String)

    public var description: String {
        switch self {
        case .invalidField(let problem):
            return problem.description
        case .learnerNotFound(let iin):
            return "no learner with IIN \(iin)"
        case .learnerExists(let iin):
            return "a learner with IIN \(iin) already exists"
        case .unknownCourse(let course):
            return "no course \(course) in the store: import it with 'sana course import'"
        case .unknownInstitution(let name):
            return "no university named '\(name)' in the store"
        case .notEnrolled(let iin, let course):
            return "learner \(iin) is not enrolled in \(course)"
        }
    }
}
