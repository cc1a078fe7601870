/// One lesson in one language: the Markdown of `lessons/NN-slug.LANG.md`, its `# Title` line
/// taken out as `title`.
package struct Lesson: Codable, Sendable, Equatable {
    /// 1-based place in the course's lesson order.
    package var position: Int
    package var slug: String
    package var language: Language
    package var title: String
    /// Markdown after the title line.
    package var body: String

    package init(position: Int, slug: String, language: Language, title: String, body: String) {
        self.position = position
        self.slug = slug
        self.language = language
        self.title = title
        self.body = body
    }

    /// Words in the body, as a reader would count them.
    package var wordCount: Int {
        body.split { $0.isWhitespace }.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
