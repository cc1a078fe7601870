import Courses
import Foundation
import GRDB
import SanaStore

/// Question quality over every submitted attempt at a course version: difficulty (mean credit)
/// and discrimination (point-biserial correlation of the question's credit with the rest-of-exam
/// score). Computed by SQLite in one aggregate pass (sums of credit, total, their squares and
/// products per question), so a million attempts never come into memory.
public struct ItemAnalysis: Sendable {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Statistics per question of `course` (its current version, or `version`), in pool order
    /// then question order; questions never drawn are left out.
    public func items(course: String, version number: Int? = nil) throws -> (version: CourseVersion, attempts: Int, items: [ItemStatistics]) {
        try store.read { db in
            let version: CourseVersion
            if let number {
                guard let found = try CourseVersion.find(db, course: course, version: number) else {
                    if try CourseVersion.current(db, course: course) == nil { throw CoursesError.courseNotFound(course) }
                    throw CoursesError.versionNotFound(course: course, version: number)
                }
                version = found
            } else {
                guard let current = try CourseVersion.current(db, course: course) else { throw CoursesError.courseNotFound(course) }
                version = current
            }
            let questions = try Question.all(db, versionId: version.id, language: version.definition.languages[0])
            let perAttempt = Double(version.definition.exam.questionsPerAttempt)
            let attempts = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM attempt WHERE course_version_id = ? AND submitted_at IS NOT NULL
                """, arguments: [version.id]) ?? 0
            // T = the attempt's total credit (score × questions / 100); x = the item's credit.
            let rows = try Row.fetchAll(db, sql: """
                SELECT i.qid, count(*) AS n, count(a.qid) AS answered,
                       total(i.credit) AS sx, total(i.credit * i.credit) AS sxx,
                       total(t.total) AS st, total(t.total * t.total) AS stt, total(i.credit * t.total) AS sxt
                FROM (SELECT id, score * ? / 100.0 AS total FROM attempt WHERE course_version_id = ? AND submitted_at IS NOT NULL) t
                JOIN attempt_item i ON i.attempt_id = t.id
                LEFT JOIN answer a ON a.attempt_id = i.attempt_id AND a.qid = i.qid
                GROUP BY i.qid
                """, arguments: [perAttempt, version.id])
            var byQid: [String: ItemStatistics] = [:]
            for row in rows {
                let qid: String = row["qid"]
                let question = questions.first { $0.id == qid }
                byQid[qid] = ItemAnalysis.statistics(
                    qid: qid, pool: question?.pool ?? "", type: question?.type.rawValue ?? "",
                    n: row["n"], answered: row["answered"], sx: row["sx"], sxx: row["sxx"], st: row["st"], stt: row["stt"], sxt: row["sxt"])
            }
            return (version, attempts, questions.compactMap { byQid[$0.id] })
        }
    }

    /// The statistics from the sums over the attempts that drew the question: x its credit,
    /// T the attempt's total, y = T − x the rest of the exam.
    public static func statistics(qid: String, pool: String, type: String, n: Int, answered: Int, sx: Double, sxx: Double, st: Double, stt: Double, sxt: Double) -> ItemStatistics {
        let count = Double(n)
        let difficulty = n > 0 ? sx / count : 0
        let sy = st - sx
        let syy = stt - 2 * sxt + sxx
        let sxy = sxt - sxx
        let varianceX = count * sxx - sx * sx
        let varianceY = count * syy - sy * sy
        var discrimination: Double?
        if n >= 2, varianceX > 1e-9 * count * count, varianceY > 1e-9 * count * count {
            discrimination = max(-1, min(1, (count * sxy - sx * sy) / (varianceX.squareRoot() * varianceY.squareRoot())))
        }
        var flags: [ItemStatistics.Flag] = []
        if n > 0, difficulty > ItemStatistics.easyAbove { flags.append(.tooEasy) }
        if n > 0, difficulty < ItemStatistics.hardBelow { flags.append(.tooHard) }
        if let discrimination, discrimination < 0 { flags.append(.negativeDiscrimination) }
        return ItemStatistics(qid: qid, pool: pool, type: type, drawn: n, answered: answered, difficulty: difficulty, discrimination: discrimination, flags: flags)
    }
}
