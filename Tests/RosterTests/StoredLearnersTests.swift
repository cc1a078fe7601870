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
        let (whole, halves) = try fixture.store.write { db in
            let whole = try StoredLearners(db, store: fixture.store, scope: scope)
            let halves = try StoredLearners(db, store: fixture.store, scope: scope, splitAbove: 10)
            return (iins.map { whole.lookup($0) }, iins.map { halves.lookup($0) })
        }
        #expect(whole == halves)
        #expect(whole.prefix(5).allSatisfy { $0 == StoredLearners.several })
        #expect(whole[40..<46].allSatisfy { $0 == nil } && whole.last! == nil)
        let single = Array(whole[5..<40] + whole[46..<60])
        #expect(single.allSatisfy { $0 != nil && $0 != StoredLearners.several })
        #expect(Set(single).count == single.count)
    }
}
