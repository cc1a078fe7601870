/// One term of a course glossary: a stable id, the term as each language writes it, and its
/// definition in each language.
public struct GlossaryTerm: Codable, Sendable, Equatable {
    /// Lowercase letters, digits, '-' and '_' (`reinforcement-learning`).
    public var id: String
    public var term: [Language: String]
    public var definition: [Language: String]

    public init(id: String, term: [Language: String], definition: [Language: String]) {
        self.id = id
        self.term = term
        self.definition = definition
    }
}
