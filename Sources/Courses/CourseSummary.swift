/// A course in the store: its current version and how many versions it has.
public struct CourseSummary: Codable, Sendable, Equatable {
    public var id: String
    public var createdAt: String
    public var current: CourseVersion
    public var versions: Int
}
