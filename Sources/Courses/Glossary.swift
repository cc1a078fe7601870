/// A course's `glossary.yaml`: its terms, one sense each, in every language the course offers.
/// Stored as JSON in `course_version.glossary`.
package struct Glossary: Codable, Sendable, Equatable {
    package var terms: [GlossaryTerm]

    package init(terms: [GlossaryTerm]) {
        self.terms = terms
    }
}
