import GRDB
@testable import Roster
import SanaStore
import SanaTestSupport
import Testing

@Suite struct StoredLearnersTests {
    /// A store scanned in two halves at once (one on a reader connection) holds exactly what one
    /// scan finds: learners with one enrollment, several, a withdrawn one, none, and ids with gaps.
    @Test func twoHalfScansFindWhatOneScanFinds() throws {
        let fixture = try RosterFixture()
        try fixture.test.addCourse("data-literacy")
        let header = "iin,last_name,first_name,middle_name,email,cohort\n"
        let rows = (0..<60).map { "\(RosterText.iin($0)),Оспанов\($0),Ерлан,,,\($0 % 3 == 0 ? "2026-spring" : "")" }
        try fixture.run(try fixture.file("all.csv", header + rows.joined(separator: "\n")))
        try fixture.run(try fixture.file("second.csv", header + rows.prefix(5).joined(separator: "\n"))) { $0.course = "data-literacy" }
        try fixture.store.write { db in
            try db.execute(sql: "UPDATE enrollment SET status = 'withdrawn', withdrawn_at = updated_at WHERE learner_id IN (10, 11)")
            try db.execute(sql: "DELETE FROM enrollment WHERE learner_id = 12")
            try db.execute(sql: "DELETE FROM enrollment WHERE learner_id BETWEEN 41 AND 46")
            try db.execute(sql: "DELETE FROM learner WHERE id BETWEEN 41 AND 46")
        }
        let map = try HeaderMap(headers: header.dropLast().split(separator: ",").map(String.init), path: "t.csv")
        let scope = StoredLearners.Scope(map: map, defaultCohort: nil)
        let iins = (0..<60).map { UInt64(RosterText.iin($0))! } + [UInt64(RosterText.iin(999))!]
        // Only a connection holding the write lock may split (its reader then sees the same store).
        let unlocked = try fixture.store.read { db in try StoredLearners(db, store: fixture.store, scope: scope, splitAbove: 10).scans }
        #expect(unlocked == 1)
        let (whole, halves, scans) = try fixture.store.write { db in
            // As an import does: a first write takes the lock.
            try db.execute(sql: "INSERT INTO audit_log (at, actor, action) VALUES ('2026-01-01 00:00:00.000', 'test', 'lock')")
            let whole = try StoredLearners(db, store: fixture.store, scope: scope)
            let halves = try StoredLearners(db, store: fixture.store, scope: scope, splitAbove: 10)
            return (iins.map { whole.lookup($0) }, iins.map { halves.lookup($0) }, halves.scans)
        }
        #expect(scans == 2)
        #expect(whole == halves)
        #expect(whole.prefix(5).allSatisfy { $0 == StoredLearners.several })
        #expect(whole[40..<46].allSatisfy { $0 == nil } && whole.last! == nil)
        let single = Array(whole[5..<40] + whole[46..<60])
        #expect(single.allSatisfy { $0 != nil && $0 != StoredLearners.several })
        #expect(Set(single).count == single.count)
    }

    /// A store too big for the fingerprint budget is compared row by row in SQL: the same counts
    /// and the same learners as with fingerprints.
    @Test func overTheBudgetRowsAreComparedInSQLWithTheSameResults() throws {
        let header = "iin,last_name,first_name,cohort\n"
        let files = [
            (0..<5).map { "\(RosterText.iin($0)),Ким\($0),Анна,2026" },
            // one renamed, one moved to another cohort, two new, the rest as they were
            ["\(RosterText.iin(0)),Пак,Анна,2026", "\(RosterText.iin(1)),Ким1,Анна,2027"]
                + (2..<7).map { "\(RosterText.iin($0)),Ким\($0),Анна,2026" },
        ]
        func importAll(budget: Int) throws -> (counts: [[Int]], learners: [String]) {
            let fixture = try RosterFixture()
            var importer = RosterImporter(store: fixture.store)
            importer.fingerprintBudget = budget
            var options = RosterImportOptions()
            options.institution = "Әл-Фараби атындағы ҚазҰУ"
            options.course = "ai-foundations"
            var counts: [[Int]] = []
            for (index, rows) in (files + [files[1]]).enumerated() {
                let path = try fixture.file("\(index).csv", header + rows.joined(separator: "\n"))
                let summary = try importer.importRoster(path, options: options)
                counts.append([summary.created, summary.updated, summary.unchanged, summary.enrolled])
            }
            let learners = try fixture.store.read { db in
                try String.fetchAll(db, sql: """
                    SELECT l.iin || ' ' || l.last_name || ' ' || c.name || ' ' || e.status FROM learner l
                    JOIN enrollment e ON e.learner_id = l.id JOIN cohort c ON c.id = e.cohort_id ORDER BY l.iin
                    """)
            }
            return (counts, learners)
        }
        let inSQL = try importAll(budget: 0)
        let fingerprinted = try importAll(budget: StoredLearners.maxBytes)
        #expect(inSQL.counts == [[5, 0, 0, 5], [2, 2, 3, 2], [0, 0, 7, 0]])
        #expect(inSQL.counts == fingerprinted.counts)
        #expect(inSQL.learners == fingerprinted.learners)
        #expect(inSQL.learners.first == "\(RosterText.iin(0)) Пак 2026 active")
    }

    /// The import's page cache gives way to the stored learners' fingerprints, down to 12 MB, and
    /// the connection gets SQLite's default back afterwards.
    @Test func theImportsPageCacheSharesTheBudgetAndIsGivenBack() throws {
        #expect(RosterImporter.cacheKiB(fingerprintBytes: 0) == 24 * 1024)
        #expect(RosterImporter.cacheKiB(fingerprintBytes: 8 << 20) == 20 * 1024)
        #expect(RosterImporter.cacheKiB(fingerprintBytes: StoredLearners.maxBytes) == 12 * 1024)
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("r.csv", "iin,last_name,first_name\n\(RosterText.iin(1)),Ким,Анна\n"))
        #expect(try fixture.store.write { try Int.fetchOne($0, sql: "PRAGMA cache_size") } == -2000)
    }
}
