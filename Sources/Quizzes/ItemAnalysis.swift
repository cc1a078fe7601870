import Courses
import Dispatch
import Foundation
import GRDB
import SanaConcurrency
import SanaStore

/// Question quality over every submitted attempt at a course version: difficulty (mean credit)
/// and discrimination (point-biserial correlation of the question's credit with the rest-of-exam
/// score). One streaming pass over the drawn items keeps six running sums per question (credit,
/// attempt total, their squares and product), so a million attempts never come into memory.
/// (SQLite's GROUP BY sorts all 27 million rows first: 31–36 s on a million attempts; this pass
/// needs no sort, and runs on every core over ranges of attempts.)
package struct ItemAnalysis: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// Statistics per question of `course` (its current version, or `version`), in pool order
    /// then question order; questions never drawn are left out.
    package func items(course: String, version number: Int? = nil) throws -> (version: CourseVersion, attempts: Int, items: [ItemStatistics]) {
        let (version, questions, attempts, first, last) = try store.read { db in
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
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, min(id) AS first, max(id) AS last FROM attempt WHERE course_version_id = ? AND submitted_at IS NOT NULL
                """, arguments: [version.id])!
            return (version, questions, row["n"] as Int, row["first"] as Int64? ?? 0, row["last"] as Int64? ?? -1)
        }
        // Attempts split by id into one range per core, each scanned on its own reader connection.
        let parts = attempts < 50_000 ? 1 : max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        let span = (last - first + 1 + Int64(parts) - 1) / Int64(parts)
        let known = questions.map(\.id)
        let versionId = version.id
        let results = try ConcurrentMap.map(parts, workers: parts, batch: 1) { part in
            let low = first + Int64(part) * span
            return try store.read { try ItemAnalysis.scan($0, versionId: versionId, ids: low...(low + span - 1), known: known) }
        }
        var merged: [String: ItemSums] = [:]
        for part in results {
            for (qid, sums) in part {
                merged[qid, default: ItemSums()].merge(sums)
            }
        }
        let items = questions.compactMap { question -> ItemStatistics? in
            guard let s = merged[question.id], s.n > 0 else { return nil }
            return ItemAnalysis.statistics(qid: question.id, pool: question.pool, type: question.type.rawValue, n: s.n, sx: s.sx, sxx: s.sxx, st: s.st, stt: s.stt, sxt: s.sxt)
        }
        return (version, attempts, items)
    }

    /// One pass over the drawn items of the attempts with ids in `ids`, attempt by attempt (the
    /// nested loop with attempts outside keeps each attempt's items together): T = the attempt's
    /// total credit, x = the item's credit; per question the sums n, Σx, Σx², ΣT, ΣT², ΣxT.
    /// Credit comes as integer millionths so the loop reads only integers and bytes. Attempts are
    /// read in id order (`+` keeps SQLite off the version index), so items come in storage order.
    static func scan(_ db: Database, versionId: Int64, ids: ClosedRange<Int64>, known: [String]) throws -> [String: ItemSums] {
        let statement = try db.makeStatement(sql: """
            SELECT i.attempt_id, i.qid, CAST(i.credit * 1000000 + 0.5 AS INTEGER)
            FROM attempt t CROSS JOIN attempt_item i
            WHERE t.id BETWEEN ? AND ? AND +t.course_version_id = ? AND t.submitted_at IS NOT NULL AND i.attempt_id = t.id
            """)
        try statement.bind(1, ids.lowerBound)
        try statement.bind(2, ids.upperBound)
        try statement.bind(3, versionId)
        var index = QidIndex(known)
        var sums = [ItemSums](repeating: ItemSums(), count: known.count)
        var current: Int64 = -1
        var buffer: [(item: Int, credit: Double)] = []
        func flush() {
            let total = buffer.reduce(0) { $0 + $1.credit }
            for (item, credit) in buffer {
                while sums.count <= item { sums.append(ItemSums()) }
                sums[item].add(credit, total: total)
            }
            buffer.removeAll(keepingCapacity: true)
        }
        while try statement.step() {
            let attempt = statement.int64(0) ?? 0
            if attempt != current {
                flush()
                current = attempt
            }
            let item = statement.withBytes(1) { index.position(of: $0) }
            buffer.append((item, Double(statement.int64(2) ?? 0) / 1_000_000))
        }
        flush()
        var byQid: [String: ItemSums] = [:]
        for (position, qid) in index.qids.enumerated() where position < sums.count && sums[position].n > 0 {
            byQid[qid] = sums[position]
        }
        return byQid
    }

    /// The statistics from the sums over the attempts that drew the question: x its credit,
    /// T the attempt's total, y = T − x the rest of the exam.
    package static func statistics(qid: String, pool: String, type: String, n: Int, sx: Double, sxx: Double, st: Double, stt: Double, sxt: Double) -> ItemStatistics {
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
        return ItemStatistics(qid: qid, pool: pool, type: type, drawn: n, difficulty: difficulty, discrimination: discrimination, flags: flags)
    }
}
