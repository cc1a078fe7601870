import ArgumentParser
import Certificates
import Courses
import Enrollment
import Foundation
import Quizzes
import Roster
@testable import SanaCLI
import SanaCrypto
import SanaStore
import Testing

/// Issue 14, case 9 (admin messages in the admin's language): every domain error an administrator
/// can meet renders in kk, ru and en through `Texts.adminSentence(for:)`. English is the error's own
/// description word for word; Kazakh and Russian are other sentences with every placeholder filled.
@Suite struct AdminErrorSentenceTests {
    static let path = "/srv/sana/sana.db"
    static let stamp = "2026-12-07 09:32:41.000"

    /// One value per case (two where a case has plural or optional parts). A case missing here still
    /// cannot go without a sentence: `adminSentence`'s switches have no `default`.
    static let errors: [any SanaError] = [
        StoreError.noStore(path: path), StoreError.cannotCreateFolder(path: "/srv/x", reason: "Permission denied"),
        StoreError.cannotCreateFile(path: path, reason: "No space left on device"), StoreError.notADatabase(path: path),
        StoreError.notASanaStore(path: path, tables: ["users", "posts"]), StoreError.locked(path: path, seconds: 5),
        StoreError.unknownMigration(path: path, name: "0099_future.sql"), StoreError.changedMigration(path: path, name: "0001_initial.sql"),
        StoreError.missingMigration(path: path, name: "0002_compact_credentials.sql"), StoreError.outdated(path: path, version: 3, required: 7),
        StoreError.fileExists(path: "/tmp/out.csv"), StoreError.readOnly(path: path),
        StoreError.sqlite(path: path, code: 19, message: "UNIQUE constraint failed: learner.iin", statement: nil),
        StoreError.cannotWrite(path: "/tmp/out.csv", reason: "No space left on device"), StoreError.cannotRead(path: "/tmp/in.csv", reason: "No such file or directory"),
        StoreError.notARegularFile(path: "/tmp", kind: .folder), StoreError.notARegularFile(path: "/dev/null", kind: .device),
        StoreError.tooLarge(path: "/tmp/big", limit: 65536), StoreError.notUTF8(path: "/tmp/a.txt"),
        StoreError.readOnlyStoreIsBusy(path: path), StoreError.emptyStore(path: path),
        EnrollmentError.learnerNotFound(iin: "040115500005"), EnrollmentError.learnerExists(iin: "040115500005"),
        // Semester operations (issue 14)
        EnrollmentError.codesAlreadyIssued(count: 1, selected: 1), EnrollmentError.codesAlreadyIssued(count: 3, selected: 3),
        EnrollmentError.codesAlreadyIssued(count: 1, selected: 4), EnrollmentError.codesAlreadyIssued(count: 2, selected: 4),
        EnrollmentError.alreadyWithdrawn(iin: "040115500005", course: "ai-foundations", since: stamp),
        EnrollmentError.notWithdrawn(iin: "040115500005", course: "ai-foundations", status: "active"),
        EnrollmentError.cohortNeedsCourse(iin: "040115500005"), EnrollmentError.cohortNeedsInstitution(iin: "040115500005"),
        EnrollmentError.suspended(iin: "040115500005"), EnrollmentError.alreadySuspended(iin: "040115500005"), EnrollmentError.notSuspended(iin: "040115500005"),
        EnrollmentError.unknownInstitution("КазНУ", suggestions: ["КазНУ им. аль-Фараби", "КазНПУ"]),
        EnrollmentError.institutionExists("КазНУ"), EnrollmentError.sameInstitution("КазНУ"),
        EnrollmentError.mergeSameLearner(iin: "040115500005"),
        EnrollmentError.mergeBothPassed(keep: "040115500005", drop: "050220600004", course: "ai-foundations", version: 2, keepCertificate: "ABCD-EFGH", dropCertificate: nil),
        EnrollmentError.mergeBothTakingExam(keep: "040115500005", drop: "050220600004", course: "ai-foundations", version: 2),
        EnrollmentError.erasureNotConfirmed(iin: "040115500005"),
        QuizzesError.certificateHeld(iin: "040115500005", course: "ai-foundations", certificate: "ABCD-EFGH"),
        QuizzesError.nothingToReset(iin: "040115500005", course: "ai-foundations"), QuizzesError.nothingToReopen(iin: "040115500005", course: "ai-foundations"),
        QuizzesError.attemptStillOpen(iin: "040115500005", course: "ai-foundations", attempt: 7),
        QuizzesError.certifiedAttempt(attempt: 7, certificate: "ABCD-EFGH"), QuizzesError.reopenNeedsMinutes(attempt: 7), QuizzesError.unknownCohort("КТ-2026"),
        RosterError.identityChangeLimit(count: 1, limit: 0), RosterError.identityChangeLimit(count: 7, limit: 5),
        EnrollmentError.unknownCourse("ai-foundations"), EnrollmentError.unknownInstitution("КазНУ"),
        EnrollmentError.notEnrolled(iin: "040115500005", course: "ai-foundations"), EnrollmentError.noLearnersSelected("--institution КазНУ"),
        EnrollmentError.noAccessCode(iin: "040115500005"), EnrollmentError.wrongAccessCode(iin: "040115500005", triesLeft: 1),
        EnrollmentError.wrongAccessCode(iin: "040115500005", triesLeft: 3), EnrollmentError.malformedAccessCode(iin: "040115500005"),
        EnrollmentError.lockedOut(iin: "040115500005", until: stamp),
        CoursesError.packageNotFound(path: "/tmp/course"), CoursesError.unreadableFile(path: "/tmp/course/course.yaml", reason: "Permission denied"),
        CoursesError.invalidPackage(path: "/tmp/course", errors: 1), CoursesError.invalidPackage(path: "/tmp/course", errors: 5),
        CoursesError.courseNotFound("ai-foundations"), CoursesError.versionNotFound(course: "ai-foundations", version: 4),
        CoursesError.lessonNotFound(course: "ai-foundations", position: 12, count: 10),
        CoursesError.languageNotOffered(course: "ai-foundations", language: "ru", offered: ["kk", "en"]),
        CoursesError.poolNotFound(course: "ai-foundations", pool: "ethics", pools: ["what-is-ai", "data-and-ml"]),
        CoursesError.corruptRecord(table: "course_version", id: "3", reason: "bad JSON"),
        QuizzesError.poolTooSmall(pool: "ethics", has: 2, draw: 3), QuizzesError.attemptsExhausted(iin: "040115500005", course: "ai-foundations", allowed: 1),
        QuizzesError.attemptsExhausted(iin: "040115500005", course: "ai-foundations", allowed: 3),
        QuizzesError.coolingDown(iin: "040115500005", course: "ai-foundations", until: stamp), QuizzesError.attemptNotFound(7),
        QuizzesError.attemptSubmitted(7), QuizzesError.deadlinePassed(attempt: 7, deadline: stamp), QuizzesError.notInAttempt(attempt: 7, qid: "q12"),
        QuizzesError.invalidAnswer(qid: "q12", reason: "not one of a-d"), QuizzesError.questionMissing(attempt: 7, qid: "q12"),
        QuizzesError.corruptRecord(table: "attempt", id: "7", reason: "bad JSON"), QuizzesError.unreadableAnswers(path: "/tmp/a.txt", reason: "Permission denied"),
        QuizzesError.invalidAnswers(path: "/tmp/a.txt", count: 1), QuizzesError.invalidAnswers(path: "/tmp/a.txt", count: 2),
        QuizzesError.takenOver(attempt: 7), QuizzesError.paused(attempt: 7, until: stamp),
        QuizzesError.lessonsRequired(course: "ai-foundations", missing: [3]), QuizzesError.lessonsRequired(course: "ai-foundations", missing: [3, 5]),
        QuizzesError.noPractice(course: "ai-foundations", lesson: 2), QuizzesError.notInPractice(course: "ai-foundations", lesson: 2, qid: "p7"),
        CertificatesError.keyFileExists(path: "/k.pem"), CertificatesError.keyFileMissing(path: "/k.pem"),
        CertificatesError.keyFileUnreadable(path: "/k.pem", reason: "Permission denied"), CertificatesError.keyFileNotWritable(path: "/k.pem", reason: "Read-only file system"),
        CertificatesError.keyTooOpen(path: "/k.pem", mode: "0644"), CertificatesError.notAnEd25519Key(path: "/k.pem"), CertificatesError.noSigningKey,
        CertificatesError.signingKeyExists(kid: "z6Mk1"), CertificatesError.keyMismatch(path: "/k.pem", kid: "z6Mk1"),
        CertificatesError.retiredKey(path: "/k.pem", kid: "z6Mk1", notAfter: stamp), CertificatesError.issuerNotSet,
        CertificatesError.invalidIssuerURL("ftp://x"), CertificatesError.unknownCourse("ai-foundations"), CertificatesError.learnerNotFound(iin: "040115500005"),
        CertificatesError.notEligible(iin: "040115500005", course: "ai-foundations"), CertificatesError.certificateNotFound("ABCD-EFGH"),
        CertificatesError.invalidCode("ABCD-EFGX"), CertificatesError.alreadyRevoked(id: "urn:uuid:1"), CertificatesError.emptyReason,
        CertificatesError.statusListFull(capacity: 131072), CertificatesError.concurrentIssuance, CertificatesError.fileExists(path: "/tmp/c.jwt"),
        CertificatesError.noCertificatesFound(folder: "/tmp/certs"), CertificatesError.alreadyCompromised(kid: "z6Mk1"),
        CertificatesError.notCompromised(kid: "z6Mk1"), CertificatesError.unknownKey("z6Mk9"), CertificatesError.ambiguousKey("z6Mk", matches: 2),
        CertificatesError.cannotWrite(path: "/tmp/c.jwt", reason: "No space left on device"), CertificatesError.cannotRead(path: "/tmp/c.jwt", reason: "No such file or directory"),
        CertificatesError.malformedTrustFile(path: "/tmp/issuer.json", reason: "no keys"), CertificatesError.malformedStatusList(reason: "not base64"),
        CertificatesError.compression("stream error"), CertificatesError.damagedCredential(id: "urn:uuid:1"),
        CertificatesError.invalidVerifyURL("x", reason: "names no host"),
        CertificatesError.filesNotWritten(path: "/tmp/c/ABCD.jwt", reason: "the disk is full", stored: 1),
        CertificatesError.filesNotWritten(path: "/tmp/c/ABCD.jwt", reason: "the disk is full", stored: 300),
        RosterError.cannotRead(path: "/tmp/r.csv", reason: "Permission denied"), RosterError.cannotWrite(path: "/tmp/rejects.csv", reason: "Read-only file system"),
        RosterError.emptyFile(path: "/tmp/r.csv"), RosterError.unterminatedQuote(path: "/tmp/r.csv", line: 4),
        RosterError.recordTooLong(path: "/tmp/r.csv", line: 4, limit: 1 << 20), RosterError.fieldTooLong(path: "/tmp/r.csv", line: 4, limit: 64 << 10, quoted: true),
        RosterError.fieldTooLong(path: "/tmp/r.csv", line: 4, limit: 64 << 10, quoted: false),
        RosterError.unclearEncoding(path: "/tmp/r.csv", readings: [EncodingReading(line: 2, cp1251: "Ѕ", kz1048: "Қ")], more: 0),
        RosterError.unclearEncoding(path: "/tmp/r.csv", readings: [EncodingReading(line: 2, cp1251: "Ѕ", kz1048: "Қ"), EncodingReading(line: 3, cp1251: "ў", kz1048: "ұ")], more: 5),
        RosterError.byteOrderMarkInHeader(path: "/tmp/r.csv", header: "\u{FEFF}IIN"),
        RosterError.missingColumn(path: "/tmp/r.csv", field: "iin", looked: ["iin", "ИИН"]), RosterError.duplicateColumn(path: "/tmp/r.csv", field: "iin", columns: ["ИИН", "IIN"]),
        RosterError.mapUnknownColumn(path: "/tmp/r.csv", column: "X"), RosterError.badMapping("X"),
        RosterError.lostLettersInHeader(path: "/tmp/r.csv", header: "???"),
        RosterError.rowRefused(path: "/tmp/r.csv", line: 4, iin: "040115500005", reason: "UNIQUE constraint failed"),
        RosterError.noUniversity(path: "/tmp/r.csv"), RosterError.noCourse(path: "/tmp/r.csv"), RosterError.unknownCourse("ai-foundations"),
        RosterError.withdrawLimit(wouldWithdraw: 3, of: 8, institution: "КазНУ", course: "ai-foundations", maxPercent: 10),
        RosterError.withdrawLimit(wouldWithdraw: 1, of: 21, institution: "КазНУ", course: "ai-foundations", maxPercent: 2.5),
        RosterError.interrupted(rowsRead: 1000), RosterError.batchNotFound(9), RosterError.alreadyReverted(9),
        RosterError.revertConflict(batch: 9, iins: ["040115500005"], more: 0), RosterError.revertConflict(batch: 9, iins: ["040115500005", "000101300019"], more: 3),
        RosterError.archiveTooManyFiles(path: "/tmp/o.zip", limit: 64), RosterError.archiveTooLarge(path: "/tmp/o.zip", limit: 1 << 30),
        RosterError.storeChanged(iin: "040115500005"), RosterError.everyRowRejected(path: "/tmp/r.csv", rows: 12),
        CryptoError.openssl(operation: "sign", message: ""), CryptoError.openssl(operation: "sign", message: "out of memory"),
    ]

    /// Texts an error carries from elsewhere, in English in every language.
    static let passedThrough: [any SanaError] = [
        EnrollmentError.invalidField(.badEmail("a@")), CertificatesError.invalidIIN("IIN 1 must be 12 digits, not 1"),
        RosterError.badOption(name: "max-withdraw", problem: "must be 0 to 100"), RosterError.oneRoster(path: "/tmp/o.zip", message: "no users.csv"),
    ]

    static func texts(_ language: Language) -> Texts {
        Texts(language: language, time: LocalTime(zone: TimeZone(identifier: "Asia/Almaty")!, name: "Asia/Almaty"))
    }

    @Test func englishIsEachErrorsOwnDescriptionWordForWord() {
        for error in Self.errors + Self.passedThrough {
            #expect(Self.texts(.en).adminSentence(for: error) == error.description)
        }
    }

    @Test func kazakhAndRussianAreOtherSentencesWithEveryPlaceholderFilled() {
        for language in [Language.kk, .ru] {
            var byEnglish: [String: String] = [:]
            for error in Self.errors {
                let sentence = Self.texts(language).adminSentence(for: error) ?? ""
                #expect(!sentence.isEmpty && sentence != error.description, "\(language): \(error)")
                #expect(Texts.placeholders(sentence).isEmpty, "\(language): \(sentence)")
                byEnglish[error.description] = sentence
            }
            // Errors that read differently in English read differently here too.
            #expect(Set(byEnglish.values).count == byEnglish.count, "\(language): two errors read alike")
        }
    }

    @Test func russianAndKazakhSentencesExactly() {
        let ru = Self.texts(.ru), kk = Self.texts(.kk)
        #expect(ru.adminSentence(for: StoreError.noStore(path: Self.path))
            == "хранилища sana по пути /srv/sana/sana.db нет: создайте его командой 'sana init --db /srv/sana/sana.db'")
        #expect(kk.adminSentence(for: CoursesError.courseNotFound("ai"))
            == "дерекқорда ai курсы жоқ: оны 'sana course import' командасымен импорттаңыз")
        // Plurals by CLDR: 1, 3 and 5.
        #expect(ru.adminSentence(for: CoursesError.invalidPackage(path: "c", errors: 1)) == "в пакете курса c 1 ошибка: ничего не импортировано")
        #expect(ru.adminSentence(for: CoursesError.invalidPackage(path: "c", errors: 3)) == "в пакете курса c 3 ошибки: ничего не импортировано")
        #expect(ru.adminSentence(for: CoursesError.invalidPackage(path: "c", errors: 5)) == "в пакете курса c 5 ошибок: ничего не импортировано")
        // Times in the store's zone, the zone named, where English keeps its UTC.
        #expect(ru.adminSentence(for: EnrollmentError.lockedOut(iin: "040115500005", until: Self.stamp))
            == "учащийся 040115500005 заблокирован после 5 неверных кодов доступа до 7 декабря 2026 г., 14:32 (Asia/Almaty, UTC+5)")
        #expect(kk.adminSentence(for: QuizzesError.coolingDown(iin: "040115500005", course: "ai", until: Self.stamp))
            == "040115500005 білім алушысы ai курсы бойынша келесі әрекетті 2026 жылғы 7 желтоқсан, 14:32 (Asia/Almaty, UTC+5) бастай алады (әрекеттер арасындағы үзіліс)")
        #expect(Self.texts(.en).adminSentence(for: EnrollmentError.lockedOut(iin: "040115500005", until: Self.stamp))
            == "learner 040115500005 is locked out after 5 wrong access codes until 2026-12-07 09:32:41 UTC")
        #expect(ru.adminSentence(for: RosterError.withdrawLimit(wouldWithdraw: 1, of: 21, institution: "КазНУ", course: "ai", maxPercent: 2.5))
            == "--withdraw-missing отчислил бы 1 из 21 учащегося (4,8%) университета КазНУ с курса ai — больше, чем --max-withdraw 2,5%: ничего не импортировано")
        #expect(kk.adminSentence(for: StoreError.notARegularFile(path: "/tmp", kind: .folder)) == "/tmp — қалта, кәдімгі файл емес")
    }

    @Test func otherErrorsHaveNoSentence() {
        struct Other: Error {}
        #expect(Self.texts(.ru).adminSentence(for: Other()) == nil)
    }

    /// Issue 12: ArgumentParser's outcomes are told by their types, not by the prefix of a type's name.
    @Test func argumentParserOutcomesAreToldByType() {
        #expect(SanaMain.isArgumentParserOutcome(ValidationError("give at least one file")))
        #expect(SanaMain.isArgumentParserOutcome(ExitCode(2)))
        #expect(SanaMain.isArgumentParserOutcome(CleanExit.helpRequest()))
        #expect(!SanaMain.isArgumentParserOutcome(StoreError.readOnly(path: "x")))
        struct ArgumentParserLookalike: Error {}
        #expect(!SanaMain.isArgumentParserOutcome(ArgumentParserLookalike()))
    }

    /// The language of a command's errors: its LanguageOption, or its own --lang for content.
    @Test func theCommandsLanguageIsFound() throws {
        let status = try SanaCommand.parseAsRoot(["db", "status", "--lang", "kk"])
        #expect(SanaMain.commandLanguage(status) == .kk)
        let show = try SanaCommand.parseAsRoot(["cert", "show", "ABCD", "--lang", "ru"])
        #expect(SanaMain.commandLanguage(show) == .ru)
        let gift = try SanaCommand.parseAsRoot(["course", "export-gift", "ai", "pool", "--lang", "ru"])
        #expect(SanaMain.commandLanguage(gift) == .ru)
        let plain = try SanaCommand.parseAsRoot(["db", "status"])
        #expect(SanaMain.commandLanguage(plain) == nil)
        // `learner add --language` is the learner's language of instruction, not the admin's.
        let add = try SanaCommand.parseAsRoot(["learner", "add", "--iin", "040115500005", "--last-name", "A", "--first-name", "B", "--language", "kk"])
        #expect(SanaMain.commandLanguage(add) == nil)
        #expect(SanaMain.namesATime(QuizzesError.paused(attempt: 1, until: Self.stamp)))
        #expect(!SanaMain.namesATime(StoreError.locked(path: "x", seconds: 30)), "a locked store is not opened again for its zone")
    }
}
