/// What `CourseImporter.importPackage` did.
package struct CourseImportResult: Codable, Sendable, Equatable {
    package enum Outcome: String, Codable, Sendable {
        /// New content: a new version was stored.
        case created
        /// The same content as the current version: nothing was written.
        case unchanged
        /// The same content as an older version, which is current again.
        case restored
    }

    package var course: String
    package var version: Int
    package var contentSHA256: String
    package var outcome: Outcome
    package var lessons: Int
    package var questions: Int
    /// Distinct practice question ids (0 without practice sets).
    package var practiceQuestions: Int
    /// Glossary terms (0 without glossary.yaml).
    package var glossaryTerms: Int
    package var languages: [Language]
}
