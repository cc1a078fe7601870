import Foundation
import GRDB
import Roster
import SanaStore
import SanaTestSupport
import Testing

/// Issue 14, cases 1 and 6: identity changes are never silent, and an import names its learners.
@Suite struct ImportPlanTests {
    let header = "iin,last_name,first_name,middle_name,email\n"

    /// Five learners at KazNU, then a file that renames `renamed` of them.
    func renaming(_ renamed: Int, _ configure: (inout RosterImportOptions) -> Void = { _ in }) throws
        -> (RosterFixture, Result<RosterImportSummary, Error>, [LearnerChange])
    {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", header + (0..<8).map { "\(RosterText.iin($0)),Нұрланов,Ерлан,,e\($0)@edu.kz" }.joined(separator: "\n")))
        let second = header + (0..<8).map { "\(RosterText.iin($0)),\($0 < renamed ? "Сейітов" : "Нұрланов"),Ерлан,,e\($0)@edu.kz" }.joined(separator: "\n")
        let path = try fixture.file("2.csv", second)
        var options = RosterImportOptions()
        options.institution = "Әл-Фараби атындағы ҚазҰУ"
        options.course = "ai-foundations"
        configure(&options)
        let seen = Seen()
        let result = Result { try RosterImporter(store: fixture.store).importRoster(path, options: options, identityChange: { seen.add($0) }) }
        return (fixture, result, seen.all)
    }

    final class Seen: @unchecked Sendable {
        var all: [LearnerChange] = []
        func add(_ change: LearnerChange) { all.append(change) }
    }

    @Test func aChangedNameIsReportedAndCountedApart() throws {
        let (fixture, result, seen) = try renaming(2)
        let summary = try result.get()
        #expect((summary.updated, summary.identityChanges, summary.unchanged) == (2, 2, 6))
        #expect(seen.map(\.line) == [2, 3])
        #expect(seen.first?.changes == [FieldChange(field: "last_name", before: "Нұрланов", after: "Сейітов")])
        #expect(seen.first?.iin == RosterText.iin(0))
        #expect(try fixture.count("SELECT identity_changes FROM import_batch WHERE id = 2") == 2)
        #expect(try fixture.value("SELECT json_extract(after, '$.last_name') FROM import_change WHERE batch_id = 2 LIMIT 1") == "Сейітов")
    }

    @Test func aTransferBetweenUniversitiesIsAnIdentityChange() throws {
        let fixture = try RosterFixture()
        let path = try fixture.file("1.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,,\n")
        try fixture.run(path)
        let seen = Seen()
        var options = RosterImportOptions()
        options.institution = "SDU University"
        options.course = "ai-foundations"
        let summary = try RosterImporter(store: fixture.store).importRoster(path, options: options, identityChange: { seen.add($0) })
        #expect(summary.identityChanges == 1)
        #expect(seen.all.first?.changes == [FieldChange(field: "university", before: "Әл-Фараби атындағы ҚазҰУ", after: "SDU University")])
    }

    @Test func pastTheLimitNothingIsImported() throws {
        let (fixture, result, seen) = try renaming(6)
        #expect(throws: RosterError.identityChangeLimit(count: 6, limit: 5)) { try result.get() }
        #expect(seen.count == 6)
        #expect(try fixture.count("SELECT count(*) FROM import_batch") == 1)
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE last_name = 'Сейітов'") == 0)
        #expect(RosterError.identityChangeLimit(count: 6, limit: 5).description
            == "6 rows change a learner's name or university, more than --max-identity-changes 5: nothing was imported; check the rows listed above and pass --accept-identity-changes if they are right")
    }

    @Test func atTheLimitOrAcceptedTheBatchIsApplied() throws {
        let (_, atLimit, _) = try renaming(5)
        #expect(try atLimit.get().identityChanges == 5)
        let (fixture, accepted, _) = try renaming(8) { $0.acceptIdentityChanges = true }
        #expect(try accepted.get().identityChanges == 8)
        #expect(try accepted.get().maxIdentityChanges == nil)
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE last_name = 'Сейітов'") == 8)
        let (_, lowered, _) = try renaming(1) { $0.maxIdentityChanges = 0 }
        #expect(throws: RosterError.identityChangeLimit(count: 1, limit: 0)) { try lowered.get() }
    }

    @Test func aDryRunReportsThemAndTheRefusalWithoutThrowing() throws {
        let (fixture, result, seen) = try renaming(6) { $0.dryRun = true }
        let summary = try result.get()
        #expect(summary.identityChanges == 6)
        #expect(summary.exceedsIdentityLimit)
        #expect(seen.count == 6)
        #expect(try fixture.count("SELECT count(*) FROM import_batch") == 1)
    }

    @Test func thePlanNamesEveryLearnerAndWhatChanges() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,,old@edu.kz\n\(SampleIIN.b),Иванов,Сергей,,\n\(SampleIIN.c),Smith,John,,\n"))
        let path = try fixture.file("2.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,,new@edu.kz\n\(SampleIIN.b),Иванов,Сергей,,\n\(SampleIIN.d),Жұмабаева,Гүлназ,Серікқызы,\n")
        let summary = try fixture.run(path) {
            $0.dryRun = true
            $0.collectPlan = true
            $0.withdrawMissing = true
            $0.maxWithdrawPercent = 100
        }
        let plan = try #require(summary.plan)
        #expect(plan.map(\.kind) == [.updated, .created, .withdrawn])
        #expect(plan[0].changes == [FieldChange(field: "email", before: "old@edu.kz", after: "new@edu.kz")])
        #expect(!plan[0].identity)
        #expect((plan[1].iin, plan[1].fullName, plan[1].line) == (SampleIIN.d, "Жұмабаева Гүлназ Серікқызы", 4))
        #expect((plan[2].iin, plan[2].fullName) == (SampleIIN.c, "Smith John"))
        #expect(try fixture.run(path).plan == nil)
    }

    @Test func historyOfOneBatchAndARevertDryRunNameTheLearners() throws {
        let fixture = try RosterFixture()
        try fixture.run(try fixture.file("1.csv", header + "\(SampleIIN.a),Нұрланов,Ерлан,,\n"))
        try fixture.run(try fixture.file("2.csv", header + "\(SampleIIN.a),Сейітов,Ерлан,,\n\(SampleIIN.b),Иванов,Сергей,,\n"))
        let history = RosterHistory(store: fixture.store)
        let (batch, changes) = try history.batch(2)
        #expect(batch.identityChanges == 1)
        #expect(changes.map(\.kind) == [.created, .updated])
        #expect(changes[0].iin == SampleIIN.b)
        #expect(changes[1].changes == [FieldChange(field: "last_name", before: "Нұрланов", after: "Сейітов")])
        let before = try fixture.snapshot()
        let dry = try history.revert(2, dryRun: true)
        #expect(try fixture.snapshot() == before)
        #expect(dry.changes.map(\.kind) == [.removed, .restored])
        #expect(dry.changes[1].changes == [FieldChange(field: "last_name", before: "Сейітов", after: "Нұрланов")])
        let real = try history.revert(2, dryRun: false)
        #expect(real.changes == dry.changes)
        #expect(try fixture.value("SELECT last_name FROM learner") == "Нұрланов")
        #expect(throws: RosterError.batchNotFound(7)) { try history.batch(7) }
    }
}
