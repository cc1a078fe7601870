/// A course's `glossary.yaml`: its terms, one sense each, in every language the course offers.
/// Stored as JSON in `course_version.glossary`.
public struct Glossary: Codable, Sendable, Equatable {
    public var terms: [GlossaryTerm]

    public init(terms: [GlossaryTerm]) {
        self.terms = terms
    }
}
