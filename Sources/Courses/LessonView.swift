/// A lesson opened by a learner, with where it stands in the course.
package struct LessonView: Sendable, Equatable {
    package var version: CourseVersion
    package var lesson: Lesson
    /// How many lessons the course has.
    package var count: Int
    /// How many distinct lessons the learner has opened, this one included.
    package var viewed: Int
    /// True when the learner had opened every lesson before this one was chosen for them.
    package var allViewedBefore: Bool
    /// The first lesson still not opened after this one was recorded, if any.
    package var next: Int?
    /// Whether the learner had been shown this lesson before.
    package var alreadyViewed: Bool = false

    package var courseTitle: String { version.definition.title(in: lesson.language) }
}
