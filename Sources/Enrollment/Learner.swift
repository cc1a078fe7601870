import Foundation
import GRDB

/// A person taking the course, keyed by IIN.
package struct Learner: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "learner"

    package var id: Int64?
    package var iin: String
    package var lastName: String
    package var firstName: String
    package var middleName: String?
    package var email: String?
    package var institutionId: Int64?
    package var faculty: String?
    package var studyGroup: String?
    /// The university's own identifier of the student (номер зачётной книжки); nil when not given.
    package var studentNumber: String? = nil
    package var locale: String
    package var status: String
    /// Pseudonymous id used in credentials; random, never derived from the IIN.
    package var subjectUUID: String
    package var createdAt: String
    package var updatedAt: String
    /// The import batch that last wrote this row; nil when written otherwise.
    package var batchId: Int64?

    enum CodingKeys: String, CodingKey {
        case id, iin, email, faculty, locale, status
        case lastName = "last_name"
        case firstName = "first_name"
        case middleName = "middle_name"
        case institutionId = "institution_id"
        case studyGroup = "study_group"
        case studentNumber = "student_number"
        case subjectUUID = "subject_uuid"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case batchId = "batch_id"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// "Фамилия Имя Отчество", the order used on Kazakh documents.
    package var fullName: String {
        Learner.fullName(lastName, firstName, middleName)
    }

    /// A person's display name, the one every list, report, codes file and certificate shows:
    /// "Фамилия Имя Отчество" in the order of the documents, the middle name only when there is
    /// one, a single-name learner's marker first name (`LearnerFields.singleNameMarker`) left out.
    package static func fullName(_ last: String, _ first: String, _ middle: String?) -> String {
        [last, first == LearnerFields.singleNameMarker ? nil : first, middle].compactMap { $0 }.joined(separator: " ")
    }

    package static func find(_ db: Database, iin: IIN) throws -> Learner? {
        try Learner.filter(Column("iin") == iin.digits).fetchOne(db)
    }
}
