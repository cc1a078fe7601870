/// One term of a course glossary: a stable id, the term as each language writes it, and its
/// definition in each language.
package struct GlossaryTerm: Codable, Sendable, Equatable {
    /// Lowercase letters, digits, '-' and '_' (`reinforcement-learning`).
    package var id: String
    package var term: [Language: String]
    package var definition: [Language: String]

    package init(id: String, term: [Language: String], definition: [Language: String]) {
        self.id = id
        self.term = term
        self.definition = definition
    }
}
