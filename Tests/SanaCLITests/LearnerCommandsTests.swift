import Foundation
import SanaTestSupport
import Testing

/// `sana learner add` end to end.
@Suite struct LearnerCommandsTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()

    /// The store's UNIQUE constraint on the IIN decides, caught and named (no look before the insert).
    @Test func aSecondLearnerWithTheSameIINIsRefusedByName() throws {
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        let add = ["learner", "add", "--iin", "040115500005", "--last-name", "Серікова", "--first-name", "Айгерім", "--db", db]
        #expect(try sana.run(add).status == 0)
        let again = try sana.run(add)
        #expect(again.status == 1)
        #expect(again.stderr == "sana: error: a learner with IIN 040115500005 already exists\n")
    }
}
