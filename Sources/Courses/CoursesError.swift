import SanaStore

/// What can go wrong in Courses; each case names the values involved.
package enum CoursesError: SanaError, Equatable {
    case packageNotFound(path: String)
    case unreadableFile(path: String, reason: String)
    case invalidPackage(path: String, errors: Int)
    case courseNotFound(String)
    case versionNotFound(course: String, version: Int)
    case lessonNotFound(course: String, position: Int, count: Int)
    case languageNotOffered(course: String, language: String, offered: [String])
    case poolNotFound(course: String, pool: String, pools: [String])
    case corruptRecord(table: String, id: String, reason: String)

    package var description: String {
        switch self {
        case .packageNotFound(let path):
            return "no course package at \(path): expected a folder with course.yaml, lessons/ and questions/"
        case .unreadableFile(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalidPackage(let path, let errors):
            return "course package \(path) has \(errors) error\(errors == 1 ? "" : "s"): nothing was imported"
        case .courseNotFound(let course):
            return "no course \(course) in the store: import it with 'sana course import'"
        case .versionNotFound(let course, let version):
            return "course \(course) has no version \(version)"
        case .lessonNotFound(let course, let position, let count):
            return "course \(course) has no lesson \(position): its lessons are 1 to \(count)"
        case .languageNotOffered(let course, let language, let offered):
            return "course \(course) is not offered in \(language) (it is offered in \(offered.joined(separator: ", ")))"
        case .poolNotFound(let course, let pool, let pools):
            return "course \(course) has no question pool \(pool) (its pools: \(pools.joined(separator: ", ")))"
        case .corruptRecord(let table, let id, let reason):
            return "\(table) \(id) in the store cannot be read: \(reason)"
        }
    }
}
