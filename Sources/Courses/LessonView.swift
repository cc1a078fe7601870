/// A lesson opened by a learner, with where it stands in the course.
public struct LessonView: Sendable, Equatable {
    public var version: CourseVersion
    public var lesson: Lesson
    /// How many lessons the course has.
    public var count: Int
    /// How many distinct lessons the learner has opened, this one included.
    public var viewed: Int
    /// True when the learner had opened every lesson before this one was chosen for them.
    public var allViewedBefore: Bool
    /// The first lesson still not opened after this one was recorded, if any.
    public var next: Int?
    /// Whether the learner had been shown this lesson before.
    public var alreadyViewed: Bool = false

    public var courseTitle: String { version.definition.title(in: lesson.language) }
}
