import Enrollment
import Foundation
import GRDB
import SanaStore
import SanaTestSupport
import Testing

/// One learner at a time through the store built from the real schema (issue 14, cases 4 and 5):
/// edit with the import's rules and an explicit clear, withdraw and reinstate with real times.
@Suite struct LearnerEditTests {
    let test: TestStore
    let learners: Learners
    let iin: IIN

    init() throws {
        test = try TestStore()
        try test.addCourse("ai-foundations")
        learners = Learners(store: test.store)
        iin = try IIN("040115500005")
        try learners.add(
            try LearnerDraft(iin: iin.digits, lastName: "Серикова", firstName: "Айгерим", email: "old@mail.kz", institution: "ҚазҰУ", faculty: "ФИТ"),
            course: "ai-foundations", cohort: "2026 көктем", now: Self.at("2026-09-01 04:00:00"))
    }

    static func at(_ stamp: String) -> Date {
        Timestamp.date(from: stamp + ".000")!
    }

    func audit(_ action: String) throws -> [String] {
        try test.store.read { try String.fetchAll($0, sql: "SELECT ifnull(detail, '') FROM audit_log WHERE action = ? ORDER BY id", arguments: [action]) }
    }

    @Test func anEditChangesAndClearsWithTheImportsRulesAndIsAudited() throws {
        let edited = try learners.edit(iin: iin, LearnerEdit(values: [.lastName: "  Серікова ", .language: "орысша"], cleared: [.email, .faculty]),
                                       now: Self.at("2026-10-01 06:00:00"))
        #expect(edited.changes == [
            LearnerChange(field: .lastName, old: "Серикова", new: "Серікова"),
            LearnerChange(field: .email, old: "old@mail.kz", new: nil),
            LearnerChange(field: .faculty, old: "ФИТ", new: nil),
            LearnerChange(field: .language, old: "kk", new: "ru"),
        ])
        #expect(edited.learner.lastName == "Серікова" && edited.learner.email == nil && edited.learner.locale == "ru")
        let row = try #require(try test.store.read { try Row.fetchOne($0, sql: "SELECT email, faculty, updated_at, batch_id FROM learner") })
        #expect(row["email"] as String? == nil && row["faculty"] as String? == nil)
        #expect(row["updated_at"] as String == "2026-10-01 06:00:00.000")
        // Field names in the audit trail, never the values (personal data).
        #expect(try audit("learner.edit") == ["changed last-name, email, faculty, language"])
        // The same values again change nothing and write nothing.
        let again = try learners.edit(iin: iin, LearnerEdit(values: [.lastName: "Серікова"]))
        #expect(again.changes.isEmpty)
        #expect(try audit("learner.edit").count == 1)
    }

    @Test func anEditIsValidatedAsARosterRowIs() throws {
        #expect(throws: EnrollmentError.invalidField(.badEmail("not-an-address"))) {
            try learners.edit(iin: iin, LearnerEdit(values: [.email: "not-an-address"]))
        }
        #expect(throws: EnrollmentError.invalidField(.lostLetters(field: "first name", value: "Айг?рим"))) {
            try learners.edit(iin: iin, LearnerEdit(values: [.firstName: "Айг?рим"]))
        }
        #expect(throws: EnrollmentError.invalidField(.missing(field: "last name"))) {
            try learners.edit(iin: iin, LearnerEdit(cleared: [.lastName]))
        }
        #expect(throws: EnrollmentError.invalidField(.badLocale("de"))) {
            try learners.edit(iin: iin, LearnerEdit(values: [.language: "de"]))
        }
        #expect(throws: EnrollmentError.learnerNotFound(iin: "010101500003")) {
            try learners.edit(iin: try IIN("010101500003"), LearnerEdit(values: [.email: "a@b.kz"]))
        }
        #expect(try test.store.read { try String.fetchOne($0, sql: "SELECT email FROM learner") } == "old@mail.kz")
    }

    @Test func theCohortAndTheUniversityChange() throws {
        let edited = try learners.edit(iin: iin, LearnerEdit(values: [.institution: "ЕНУ", .cohort: "2026 күз"], course: "ai-foundations"))
        #expect(edited.changes == [
            LearnerChange(field: .institution, old: "ҚазҰУ", new: "ЕНУ"),
            LearnerChange(field: .cohort, old: "2026 көктем", new: "2026 күз"),
        ])
        #expect(edited.learner.enrollments.first?.cohort == "2026 күз")
        let cleared = try learners.edit(iin: iin, LearnerEdit(cleared: [.cohort, .institution], course: "ai-foundations"))
        #expect(cleared.changes.map(\.field) == [.institution, .cohort])
        #expect(throws: EnrollmentError.cohortNeedsInstitution(iin: iin.digits)) {
            try learners.edit(iin: iin, LearnerEdit(values: [.cohort: "A"], course: "ai-foundations"))
        }
        #expect(throws: EnrollmentError.notEnrolled(iin: iin.digits, course: "other")) {
            try learners.edit(iin: iin, LearnerEdit(values: [.cohort: "A", .institution: "ЕНУ"], course: "other"))
        }
    }

    @Test func withdrawAndReinstateKeepTheirTimes() throws {
        let withdrawn = try learners.withdraw(iin: iin, course: "ai-foundations", reason: "академический отпуск", now: Self.at("2026-10-05 05:30:00"))
        let enrollment = try #require(withdrawn.enrollments.first)
        #expect(enrollment.status == .withdrawn)
        #expect(enrollment.withdrawnAt == "2026-10-05 05:30:00.000")
        #expect(enrollment.enrolledAt == "2026-09-01 04:00:00.000")
        #expect(try audit("learner.withdraw") == ["course ai-foundations: академический отпуск"])
        #expect(throws: EnrollmentError.alreadyWithdrawn(iin: iin.digits, course: "ai-foundations", since: "2026-10-05 05:30:00.000")) {
            try learners.withdraw(iin: iin, course: "ai-foundations")
        }
        let back = try learners.reinstate(iin: iin, course: "ai-foundations")
        #expect(back.enrollments.first?.status == .active)
        #expect(back.enrollments.first?.withdrawnAt == nil)
        #expect(throws: EnrollmentError.notWithdrawn(iin: iin.digits, course: "ai-foundations", status: "active")) {
            try learners.reinstate(iin: iin, course: "ai-foundations")
        }
        // A learner who had completed is completed again, with their completion time.
        try test.store.write { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner")!
            try CourseEnrollment.markCompleted(db, learnerId: id, course: "ai-foundations", at: "2026-11-20 09:15:00.000")
        }
        _ = try learners.withdraw(iin: iin, course: "ai-foundations")
        let completed = try #require(try learners.reinstate(iin: iin, course: "ai-foundations").enrollments.first)
        #expect(completed.status == .completed && completed.completedAt == "2026-11-20 09:15:00.000")
        #expect(throws: EnrollmentError.unknownCourse("nope")) { try learners.withdraw(iin: iin, course: "nope") }
        #expect(throws: EnrollmentError.invalidField(.controlCharacter(field: "reason"))) {
            try learners.withdraw(iin: iin, course: "ai-foundations", reason: "a\u{7}b")
        }
    }

    @Test func listIsInKazakhAlphabeticalOrder() throws {
        for (n, last) in ["Бекова", "Әлиев", "Абаев", "Ёлкин", "Ершов", "Smith"].enumerated() {
            try learners.add(try LearnerDraft(iin: RosterText.iin(20 + n), lastName: last, firstName: "А"))
        }
        #expect(try learners.list().map(\.lastName) == ["Абаев", "Әлиев", "Бекова", "Ёлкин", "Ершов", "Серикова", "Smith"])
        #expect(try learners.list(limit: 2).map(\.lastName) == ["Абаев", "Әлиев"])
    }
}
