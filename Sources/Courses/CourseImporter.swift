import Foundation
import GRDB
import SanaStore

/// Loads a checked course package into the store. Same content as the current version: nothing
/// new. Changed content: version N+1 with its own lessons, questions, practice questions and
/// glossary, so that attempts and certificates keep pointing at the version they used.
package struct CourseImporter: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Imports `package`, which must have no errors (`CoursePackage.hasErrors`). Audited.
    package func importPackage(_ package: CoursePackage, now: Date = Date()) throws -> CourseImportResult {
        guard !package.hasErrors, let definition = package.definition else {
            throw CoursesError.invalidPackage(path: package.folder, errors: max(1, package.errors.count))
        }
        let lessonCount = definition.lessons.count
        let questionCount = Set(package.questions.map(\.id)).count
        let practiceCount = Set(package.practice.map(\.id)).count
        let glossaryCount = package.glossary?.terms.count ?? 0
        return try store.write { db in
            let stamp = Timestamp.string(from: now)
            func result(_ version: Int, _ outcome: CourseImportResult.Outcome) -> CourseImportResult {
                CourseImportResult(course: definition.id, version: version, contentSHA256: package.contentSHA256, outcome: outcome,
                                   lessons: lessonCount, questions: questionCount, practiceQuestions: practiceCount,
                                   glossaryTerms: glossaryCount, languages: definition.languages)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM course WHERE id = ?", arguments: [definition.id]) != true {
                try db.execute(sql: "INSERT INTO course (id, created_at) VALUES (?, ?)", arguments: [definition.id, stamp])
            }
            let current = try CourseVersion.current(db, course: definition.id)
            if let current, current.contentSHA256 == package.contentSHA256 {
                return result(current.version, .unchanged)
            }
            if let earlier = try Row.fetchOne(db, sql: "SELECT id, version FROM course_version WHERE course_id = ? AND content_sha256 = ?",
                                              arguments: [definition.id, package.contentSHA256]) {
                let id: Int64 = earlier["id"]
                let version: Int = earlier["version"]
                try db.execute(sql: "UPDATE course_version SET loaded_at = ? WHERE id = ?", arguments: [stamp, id])
                try AuditEntry.record(db, action: "course.restore", subject: definition.id, detail: "version \(version) sha256 \(package.contentSHA256)")
                return result(version, .restored)
            }
            let number = (try Int.fetchOne(db, sql: "SELECT max(version) FROM course_version WHERE course_id = ?", arguments: [definition.id]) ?? 0) + 1
            let json = try definition.storedJSON()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let glossary = try package.glossary.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            try db.execute(sql: """
                INSERT INTO course_version (course_id, version, content_sha256, definition, loaded_at, glossary) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [definition.id, number, package.contentSHA256, json, stamp, glossary])
            let versionId = db.lastInsertedRowID
            for lesson in package.lessons {
                try lesson.insert(db, versionId: versionId)
            }
            for question in package.questions {
                try question.insert(db, versionId: versionId)
            }
            for question in package.practice {
                guard let lesson = package.lessonPosition(ofPractice: question) else { continue }
                try question.insertPractice(db, versionId: versionId, lesson: lesson)
            }
            try AuditEntry.record(db, action: "course.import", subject: definition.id, detail: "version \(number) sha256 \(package.contentSHA256)")
            return result(number, .created)
        }
    }
}
