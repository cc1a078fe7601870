import Foundation

extension CourseDefinition {
    /// The definition as `course_version.definition` keeps it: the one way it is written and read,
    /// so every module that needs a course's rules (the pass mark, the certificate's validity)
    /// reads the keys Courses wrote.
    package func storedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads what `storedJSON()` wrote.
    package static func stored(_ json: String) throws -> CourseDefinition {
        try JSONDecoder().decode(CourseDefinition.self, from: Data(json.utf8))
    }
}
