/// A course in the store: its current version and how many versions it has.
package struct CourseSummary: Codable, Sendable, Equatable {
    package var id: String
    package var createdAt: String
    package var current: CourseVersion
    package var versions: Int
}
