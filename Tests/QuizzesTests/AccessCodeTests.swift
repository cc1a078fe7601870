import SanaCrypto
import Enrollment
import Foundation
import GRDB
import SanaStore
import Testing

@Suite struct AccessCodeTests {
    @Test func codesAreGroupedFromAnAlphabetWithoutLookAlikes() {
        #expect(AccessCode.alphabet.count == 31)
        for excluded in "0O1lIL" { #expect(!AccessCode.alphabet.contains(excluded)) }
        #expect(Double(AccessCode.length) * log2(Double(AccessCode.alphabet.count)) >= 50)
        var seen = Set<String>()
        for _ in 0..<200 {
            let code = AccessCode.random()
            #expect(code.description.count == 14)
            #expect(code.description.split(separator: "-").map(\.count) == [4, 4, 4])
            #expect(code.symbols.allSatisfy { AccessCode.alphabet.contains($0) })
            seen.insert(code.symbols)
        }
        #expect(seen.count == 200)
    }

    @Test func typedCodesIgnoreCaseSpacesAndDashes() {
        #expect(AccessCode(typed: "k7rm p4qx-9tza")?.description == "K7RM-P4QX-9TZA")
        #expect(AccessCode(typed: "K7RMP4QX9TZA")?.symbols == "K7RMP4QX9TZA")
        #expect(AccessCode(typed: "K7RM-P4QX-9TZ") == nil)
        #expect(AccessCode(typed: "K7RM-P4QX-9TZ0") == nil)
    }

    @Test func scryptHashesAreSaltedAndVerifyOnlyTheirCode() throws {
        let hasher = ScryptHasher()
        let one = try hasher.hash("K7RMP4QX9TZA")
        let two = try hasher.hash("K7RMP4QX9TZA")
        #expect(one != two)
        let parts = one.split(separator: "$")
        #expect(parts.count == 4)
        #expect(parts[0] == "scrypt")
        #expect(parts[1] == "N=8192,r=8,p=1")
        #expect(Data(base64Encoded: String(parts[2]))?.count == 16)
        #expect(Data(base64Encoded: String(parts[3]))?.count == 32)
        #expect(!one.contains("K7RMP4QX9TZA"))
        #expect(hasher.verify("K7RMP4QX9TZA", against: one))
        #expect(hasher.verify("K7RMP4QX9TZA", against: two))
        #expect(!hasher.verify("K7RMP4QX9TZB", against: one))
        #expect(!hasher.verify("K7RMP4QX9TZA", against: "scrypt$N=3,r=8,p=1$AAAA$AAAA"))
        #expect(!hasher.verify("K7RMP4QX9TZA", against: "garbage"))
        // Parameters are read from the stored value: a cheaper stored cost still verifies.
        let cheap = try ScryptHasher(parameters: .init(n: 1024, r: 8, p: 1)).hash("K7RMP4QX9TZA")
        #expect(hasher.verify("K7RMP4QX9TZA", against: cheap))
    }

    @Test func fiveWrongCodesLockTheLearnerForFifteenMinutesAcrossProcesses() throws {
        let fixture = try QuizFixture()
        let iin = QuizFixture.iin
        let issued = try AccessCodes(store: fixture.store, hasher: ScryptHasher()).issue(AccessCodeSelection(learner: iin), now: Clock.minutes(0))
        #expect(issued.map(\.iin) == [iin.digits])
        #expect(issued[0].name == "Серікова Айгерім")
        let code = issued[0].code.description
        let stored = try fixture.rows("SELECT code_hash FROM access_code")[0]["code_hash"] as String
        #expect(!stored.contains(issued[0].code.symbols))
        #expect(try AccessCodes(store: fixture.store, hasher: ScryptHasher()).verify(iin: iin, typed: code.lowercased(), now: Clock.minutes(1)) == 1)
        // Issue 13, case 2: an empty line or something that cannot be a code is no guess, and is not counted.
        for typed in ["", "not even a code", "AAAA-AAAA", "АААА-ВВВВ-ССС1"] {
            #expect(throws: EnrollmentError.malformedAccessCode(iin: iin.digits)) {
                try AccessCodes(store: fixture.store, hasher: ScryptHasher()).verify(iin: iin, typed: typed, now: Clock.minutes(2))
            }
        }
        for attempt in 1...4 {
            // A new service (and store connection) per try, as a new process would have.
            let codes = AccessCodes(store: try Store.open(at: fixture.test.path), hasher: ScryptHasher())
            #expect(throws: EnrollmentError.wrongAccessCode(iin: iin.digits, triesLeft: 5 - attempt)) {
                try codes.verify(iin: iin, typed: "AAAA-AAAA-AAAA", now: Clock.minutes(2))
            }
        }
        let codes = AccessCodes(store: try Store.open(at: fixture.test.path), hasher: ScryptHasher())
        let until = Timestamp.string(from: Clock.minutes(17))
        #expect(throws: EnrollmentError.lockedOut(iin: iin.digits, until: until)) {
            try codes.verify(iin: iin, typed: "BBBB-BBBB-BBBB", now: Clock.minutes(2))
        }
        #expect(throws: EnrollmentError.lockedOut(iin: iin.digits, until: until)) {
            try codes.verify(iin: iin, typed: "not even a code", now: Clock.minutes(3))
        }
        // Locked: even the right code is refused until the lock ends.
        #expect(throws: EnrollmentError.lockedOut(iin: iin.digits, until: until)) {
            try codes.verify(iin: iin, typed: code, now: Clock.minutes(16))
        }
        #expect(try codes.verify(iin: iin, typed: code, now: Clock.minutes(17)) == 1)
        let row = try fixture.rows("SELECT failed_count, locked_until FROM access_code")[0]
        #expect(row["failed_count"] as Int == 0)
        #expect(row["locked_until"] as String? == nil)
        #expect(EnrollmentError.wrongAccessCode(iin: iin.digits, triesLeft: 1).description == "wrong access code for learner 040115500005 (1 try left before a 15-minute lockout)")
        #expect(EnrollmentError.lockedOut(iin: iin.digits, until: "2027-01-15 08:17:00.000").description == "learner 040115500005 is locked out after 5 wrong access codes until 2027-01-15 08:17:00 UTC")
        #expect(try fixture.rows("SELECT action FROM audit_log WHERE action = 'learner.locked'").count == 1)
    }

    @Test func issuingReplacesTheCodeAndClearsTheLock() throws {
        let fixture = try QuizFixture()
        let iin = QuizFixture.iin
        let codes = AccessCodes(store: fixture.store, hasher: ScryptHasher(parameters: .init(n: 1024, r: 8, p: 1)))
        let first = try codes.issue(AccessCodeSelection(institution: "ққзұу".replacingOccurrences(of: "ққ", with: "қа")))[0].code
        // A code that may have been handed out is replaced only when asked to (issue 14, case 3).
        #expect(throws: EnrollmentError.codesAlreadyIssued(count: 1, selected: 1)) {
            try codes.issue(AccessCodeSelection(cohort: nil, learner: iin))
        }
        #expect(try codes.verify(iin: iin, typed: first.description) == 1, "the refused issue changed the code")
        try fixture.store.write { try $0.execute(sql: "UPDATE access_code SET failed_count = 3, locked_until = '2999-01-01 00:00:00.000'") }
        let reissued = try codes.issue(AccessCodeSelection(cohort: nil, learner: iin), reissue: true)
        #expect(reissued.map(\.replaced) == [true])
        let second = reissued[0].code
        #expect(first != second)
        #expect(throws: EnrollmentError.wrongAccessCode(iin: iin.digits, triesLeft: 4)) {
            try codes.verify(iin: iin, typed: first.description)
        }
        #expect(try codes.verify(iin: iin, typed: second.description) == 1)
        #expect(throws: EnrollmentError.noLearnersSelected("cohort 2026 spring")) {
            try codes.issue(AccessCodeSelection(cohort: "2026 spring"))
        }
        #expect(throws: EnrollmentError.unknownInstitution("Nowhere")) {
            try codes.issue(AccessCodeSelection(institution: "Nowhere"))
        }
        try Learners(store: fixture.store).add(try LearnerDraft(iin: "991201600009", lastName: "Б", firstName: "В"))
        #expect(throws: EnrollmentError.noAccessCode(iin: "991201600009")) {
            try codes.verify(iin: try IIN("991201600009"), typed: "x")
        }
    }

    /// Issue 13, case 6: a code typed on a Cyrillic layout with the capitals that look like its letters.
    @Test func aCodeTypedWithCyrillicLookAlikesIsTheCode() throws {
        #expect(AccessCode(typed: "К7RМ-Р4QХ-9ТZА")?.symbols == "K7RMP4QX9TZA")
        #expect(AccessCode(typed: "к7rм р4qх 9тzа")?.symbols == "K7RMP4QX9TZA")
        #expect(AccessCode(typed: "Ж7RM-P4QX-9TZA") == nil)
    }
}
