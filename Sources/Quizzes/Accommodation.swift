import GRDB

/// A learner's accommodations at one course's exam (a row of `accommodation`): minutes added to
/// the time limit of each attempt and attempts added to those the course allows.
package struct Accommodation: Codable, Sendable, Equatable {
    package var extraMinutes: Int
    package var extraAttempts: Int

    package init(extraMinutes: Int = 0, extraAttempts: Int = 0) {
        self.extraMinutes = extraMinutes
        self.extraAttempts = extraAttempts
    }

    package static let none = Accommodation()

    /// The largest values the store takes (its CHECKs): a day of extra time, 100 extra attempts.
    package static let maxExtraMinutes = 1440
    package static let maxExtraAttempts = 100

    package var isNone: Bool { extraMinutes == 0 && extraAttempts == 0 }

    /// The learner's accommodation at `course`; `.none` when they have none.
    static func find(_ db: Database, learnerId: Int64, course: String) throws -> Accommodation {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT extra_minutes, extra_attempts FROM accommodation WHERE learner_id = ? AND course_id = ?
            """, arguments: [learnerId, course]) else { return .none }
        return Accommodation(extraMinutes: row["extra_minutes"], extraAttempts: row["extra_attempts"])
    }
}
