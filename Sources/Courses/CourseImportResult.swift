/// What `CourseImporter.importPackage` did.
public struct CourseImportResult: Codable, Sendable, Equatable {
    public enum Outcome: String, Codable, Sendable {
        /// New content: a new version was stored.
        case created
        /// The same content as the current version: nothing was written.
        case unchanged
        /// The same content as an older version, which is current again.
        case restored
    }

    public var course: String
    public var version: Int
    public var contentSHA256: String
    public var outcome: Outcome
    public var lessons: Int
    public var questions: Int
    /// Distinct practice question ids (0 without practice sets).
    public var practiceQuestions: Int
    /// Glossary terms (0 without glossary.yaml).
    public var glossaryTerms: Int
    public var languages: [Language]
}
