import Certificates
import Courses
import Enrollment
import Quizzes
import Roster
import SanaCrypto
import SanaStore

extension Texts {
    /// The sentence for any of sana's errors, in the admin's language: every case of `StoreError`,
    /// `EnrollmentError`, `CoursesError`, `QuizzesError`, `CertificatesError`, `RosterError` and
    /// `CryptoError` (the switches have no `default`, so a new case does not build until it has
    /// its sentence). English is the error's own description, word for word; in Kazakh and Russian a
    /// time is written in the store's zone, the zone named. Nil for an error of another type.
    /// Texts an error carries from elsewhere (an OS or SQLite reason, an IIN or field problem,
    /// OneRoster's message) stay as they come.
    func adminSentence(for error: any Error) -> String? {
        switch error {
        case let error as StoreError: return sentence(store: error)
        case let error as EnrollmentError: return sentence(enrollment: error)
        case let error as CoursesError: return sentence(courses: error)
        case let error as QuizzesError: return sentence(quizzes: error)
        case let error as CertificatesError: return sentence(certificates: error)
        case let error as RosterError: return sentence(roster: error)
        case let error as CryptoError: return sentence(crypto: error)
        default: return nil
        }
    }

    private func e(_ message: ErrorMessage, _ values: [String: String] = [:]) -> String {
        self(message, values)
    }

    private func e(_ message: ErrorMessage, count: Int, _ values: [String: String] = [:]) -> String {
        self(message, count: count, values)
    }

    /// A time an error names: as the description writes it in English (`prefix` characters of the
    /// stored UTC stamp, `UTC` after it when `utc`), in the store's zone with the zone named otherwise.
    private func errorTime(_ stamp: String, prefix: Int, utc: Bool = true) -> String {
        language == .en ? String(stamp.prefix(prefix)) + (utc ? " UTC" : "") : dateTime(stamp)
    }

    func sentence(store error: StoreError) -> String {
        switch error {
        case .noStore(let path): return e(.noStore, ["path": path])
        case .cannotCreateFolder(let path, let reason): return e(.cannotCreateFolder, ["path": path, "reason": reason])
        case .cannotCreateFile(let path, let reason): return e(.cannotCreateFile, ["path": path, "reason": reason])
        case .notADatabase(let path): return e(.notADatabase, ["path": path])
        case .notASanaStore(let path, let tables): return e(.notASanaStore, ["path": path, "tables": tables.joined(separator: ", ")])
        case .locked(let path, let seconds): return e(.locked, ["path": path, "seconds": String(seconds)])
        case .unknownMigration(let path, let name): return e(.unknownMigration, ["path": path, "name": name])
        case .changedMigration(let path, let name): return e(.changedMigration, ["path": path, "name": name])
        case .missingMigration(let path, let name): return e(.missingMigration, ["path": path, "name": name])
        case .outdated(let path, let version, let required):
            return e(.outdated, ["path": path, "version": String(version), "required": String(required)])
        case .fileExists(let path): return e(.fileExists, ["path": path])
        case .readOnly(let path): return e(.readOnly, ["path": path])
        case .sqlite(let path, _, let message, _): return e(.sqlite, ["path": path, "message": message])
        case .cannotWrite(let path, let reason): return e(.cannotWrite, ["path": path, "reason": reason])
        case .cannotRead(let path, let reason): return e(.cannotRead, ["path": path, "reason": reason])
        case .notARegularFile(let path, let kind): return e(.notARegularFile, ["path": path, "kind": fileKind(kind)])
        case .tooLarge(let path, let limit): return e(.tooLarge, ["path": path, "size": ByteCountText.text(limit)])
        case .notUTF8(let path): return e(.notUTF8, ["path": path])
        case .emptyStore(let path): return e(.emptyStore, ["path": path])
        case .readOnlyStoreIsBusy(let path): return e(.readOnlyStoreIsBusy, ["path": path])
        }
    }

    /// `a folder`, `папка`, `қалта`.
    func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .file: return e(.kindFile)
        case .folder: return e(.kindFolder)
        case .device: return e(.kindDevice)
        case .fifo: return e(.kindFifo)
        case .socket: return e(.kindSocket)
        case .symbolicLink: return e(.kindSymbolicLink)
        }
    }

    func sentence(enrollment error: EnrollmentError) -> String {
        switch error {
        case .invalidField(let problem): return field(problem)
        case .learnerNotFound(let iin): return e(.learnerNotFound, ["iin": iin])
        case .learnerExists(let iin): return e(.learnerExists, ["iin": iin])
        case .unknownCourse(let course): return e(.courseNotFound, ["course": course])
        case .unknownInstitution(let name, let suggestions):
            if suggestions.isEmpty { return e(.unknownInstitution, ["name": name]) }
            return e(.unknownInstitutionDidYouMean, ["name": name, "suggestions": alternatives(suggestions)])
        case .institutionExists(let name): return e(.institutionExists, ["name": name])
        case .sameInstitution(let name): return e(.sameInstitution, ["name": name])
        case .notEnrolled(let iin, let course): return e(.notEnrolled, ["iin": iin, "course": course])
        case .noLearnersSelected(let selection): return e(.noLearnersSelected, ["selection": selection])
        case .noAccessCode(let iin): return e(.noAccessCode, ["iin": iin])
        case .wrongAccessCode(let iin, let triesLeft):
            return e(.wrongAccessCode, count: triesLeft, ["iin": iin, "minutes": String(AccessCodes.lockMinutes)])
        case .malformedAccessCode(let iin): return e(.malformedAccessCode, ["iin": iin])
        case .lockedOut(let iin, let until):
            return e(.lockedOut, ["iin": iin, "failures": String(AccessCodes.maxFailures), "time": errorTime(until, prefix: 19)])
        case .codesAlreadyIssued(let count, let selected):
            if count == selected && count == 1 { return e(.codesTheOneHas) }
            return count == selected ? e(.codesAllHave, count: count) : e(.codesSomeHave, count: count, ["selected": String(selected)])
        case .alreadyWithdrawn(let iin, let course, let since):
            return e(.alreadyWithdrawn, ["iin": iin, "course": course, "time": errorTime(since, prefix: 19)])
        case .notWithdrawn(let iin, let course, let status): return e(.notWithdrawn, ["iin": iin, "course": course, "status": status])
        case .cohortNeedsCourse(let iin): return e(.cohortNeedsCourse, ["iin": iin])
        case .cohortNeedsInstitution(let iin): return e(.cohortNeedsInstitution, ["iin": iin])
        case .suspended(let iin): return e(.learnerSuspended, ["iin": iin])
        case .alreadySuspended(let iin): return e(.alreadySuspended, ["iin": iin])
        case .notSuspended(let iin): return e(.notSuspended, ["iin": iin])
        case .mergeSameLearner(let iin): return e(.mergeSameLearner, ["iin": iin])
        case .mergeBothPassed(let keep, let drop, let course, let version, let keepCertificate, let dropCertificate):
            func certificate(_ id: String?) -> String { id.map { e(.mergeCertificate, ["id": $0]) } ?? e(.mergeNoCertificate) }
            let certificates = "\(keep): \(certificate(keepCertificate)); \(drop): \(certificate(dropCertificate))"
            return e(.mergeBothPassed, ["keep": keep, "drop": drop, "course": course, "version": String(version), "certificates": certificates])
        case .mergeBothTakingExam(let keep, let drop, let course, let version):
            return e(.mergeBothTakingExam, ["keep": keep, "drop": drop, "course": course, "version": String(version)])
        case .erasureNotConfirmed(let iin): return e(.erasureNotConfirmed, ["iin": iin])
        }
    }

    func sentence(courses error: CoursesError) -> String {
        switch error {
        case .packageNotFound(let path): return e(.packageNotFound, ["path": path])
        case .unreadableFile(let path, let reason): return e(.cannotRead, ["path": path, "reason": reason])
        case .invalidPackage(let path, let errors): return e(.invalidPackage, count: errors, ["path": path])
        case .courseNotFound(let course): return e(.courseNotFound, ["course": course])
        case .versionNotFound(let course, let version): return e(.versionNotFound, ["course": course, "version": String(version)])
        case .lessonNotFound(let course, let position, let count):
            return e(.lessonNotFound, ["course": course, "number": String(position), "count": String(count)])
        case .languageNotOffered(let course, let language, let offered):
            return e(.languageNotOffered, ["course": course, "language": language, "offered": offered.joined(separator: ", ")])
        case .poolNotFound(let course, let pool, let pools):
            return e(.poolNotFound, ["course": course, "pool": pool, "pools": pools.joined(separator: ", ")])
        case .corruptRecord(let table, let id, let reason): return e(.corruptRecord, ["table": table, "id": id, "reason": reason])
        }
    }

    func sentence(quizzes error: QuizzesError) -> String {
        switch error {
        case .poolTooSmall(let pool, let has, let draw): return e(.poolTooSmall, count: has, ["pool": pool, "draw": String(draw)])
        case .attemptsExhausted(let iin, let course, let allowed): return e(.attemptsExhausted, count: allowed, ["iin": iin, "course": course])
        case .coolingDown(let iin, let course, let until):
            return e(.coolingDown, ["iin": iin, "course": course, "time": errorTime(until, prefix: 16)])
        case .attemptNotFound(let id): return e(.attemptNotFound, ["id": String(id)])
        case .attemptSubmitted(let id): return e(.attemptSubmitted, ["id": String(id)])
        case .deadlinePassed(let id, let deadline): return e(.deadlinePassed, ["id": String(id), "time": errorTime(deadline, prefix: 19)])
        case .notInAttempt(let id, let qid): return e(.notInAttempt, ["id": String(id), "qid": qid])
        case .invalidAnswer(let qid, let reason): return e(.invalidAnswer, ["qid": qid, "reason": reason])
        case .questionMissing(let id, let qid): return e(.questionMissing, ["id": String(id), "qid": qid])
        case .corruptRecord(let table, let id, let reason): return e(.corruptRecord, ["table": table, "id": id, "reason": reason])
        case .unreadableAnswers(let path, let reason): return e(.unreadableAnswers, ["path": path, "reason": reason])
        case .invalidAnswers(let path, let count): return e(.invalidAnswers, count: count, ["path": path])
        case .takenOver(let id): return e(.takenOver, ["id": String(id)])
        case .paused(let id, let until): return e(.paused, ["id": String(id), "time": errorTime(until, prefix: 19)])
        case .lessonsRequired(let course, let missing):
            return e(missing.count == 1 ? .lessonsRequiredOne : .lessonsRequiredMany, ["course": course, "list": list(missing)])
        case .noPractice(let course, let lesson): return e(.noPractice, ["course": course, "lesson": String(lesson)])
        case .notInPractice(let course, let lesson, let qid): return e(.notInPractice, ["course": course, "lesson": String(lesson), "qid": qid])
        case .certificateHeld(let iin, let course, let certificate): return e(.certificateHeld, ["iin": iin, "course": course, "certificate": certificate])
        case .nothingToReset(let iin, let course): return e(.nothingToReset, ["iin": iin, "course": course])
        case .nothingToReopen(let iin, let course): return e(.nothingToReopen, ["iin": iin, "course": course])
        case .attemptStillOpen(let iin, let course, let attempt): return e(.attemptStillOpen, ["iin": iin, "course": course, "attempt": String(attempt)])
        case .certifiedAttempt(let attempt, let certificate): return e(.certifiedAttempt, ["attempt": String(attempt), "certificate": certificate])
        case .reopenNeedsMinutes(let attempt): return e(.reopenNeedsMinutes, ["attempt": String(attempt)])
        case .unknownCohort(let name): return e(.unknownCohort, ["name": name])
        }
    }

    func sentence(certificates error: CertificatesError) -> String {
        switch error {
        case .keyFileExists(let path): return e(.keyFileExists, ["path": path])
        case .keyFileMissing(let path): return e(.keyFileMissing, ["path": path])
        case .keyFileUnreadable(let path, let reason): return e(.keyFileUnreadable, ["path": path, "reason": reason])
        case .keyFileNotWritable(let path, let reason): return e(.keyFileNotWritable, ["path": path, "reason": reason])
        case .keyTooOpen(let path, let mode): return e(.keyTooOpen, ["path": path, "mode": mode])
        case .notAnEd25519Key(let path): return e(.notAnEd25519Key, ["path": path])
        case .noSigningKey: return e(.noSigningKey)
        case .signingKeyExists(let kid): return e(.signingKeyExists, ["kid": kid])
        case .keyMismatch(let path, let kid): return e(.keyMismatch, ["path": path, "kid": kid])
        case .retiredKey(let path, let kid, let notAfter):
            return e(.retiredKey, ["path": path, "kid": kid, "time": language == .en ? notAfter : dateTime(notAfter)])
        case .issuerNotSet: return e(.issuerNotSet)
        case .invalidIssuerURL(let url): return e(.invalidIssuerURL, ["url": url])
        case .unknownCourse(let course): return e(.certUnknownCourse, ["course": course])
        case .learnerNotFound(let iin): return e(.learnerNotFound, ["iin": iin])
        case .invalidIIN(let problem): return problem
        case .notEligible(let iin, let course): return e(.notEligible, ["iin": iin, "course": course])
        case .certificateNotFound(let key): return e(.certificateNotFound, ["key": key])
        case .invalidCode(let code): return e(.invalidCode, ["code": code])
        case .alreadyRevoked(let id): return e(.alreadyRevoked, ["id": id])
        case .emptyReason: return e(.emptyReason)
        case .statusListFull(let capacity): return e(.statusListFull, ["capacity": String(capacity)])
        case .concurrentIssuance: return e(.concurrentIssuance)
        case .fileExists(let path): return e(.fileExists, ["path": path])
        case .noCertificatesFound(let folder): return e(.noCertificatesFound, ["folder": folder])
        case .alreadyCompromised(let kid): return e(.alreadyCompromised, ["kid": kid])
        case .notCompromised(let kid): return e(.notCompromised, ["kid": kid])
        case .unknownKey(let key): return e(.unknownKey, ["key": key])
        case .ambiguousKey(let key, let matches): return e(.ambiguousKey, count: matches, ["key": key])
        case .cannotWrite(let path, let reason): return e(.cannotWrite, ["path": path, "reason": reason])
        case .filesNotWritten(let path, let reason, let stored):
            return e(.certificateFilesNotWritten, count: stored, ["path": path, "reason": reason])
        case .cannotRead(let path, let reason): return e(.cannotRead, ["path": path, "reason": reason])
        case .malformedTrustFile(let path, let reason): return e(.malformedTrustFile, ["path": path, "reason": reason])
        case .malformedStatusList(let reason): return e(.malformedStatusList, ["reason": reason])
        case .compression(let reason): return e(.compression, ["reason": reason])
        case .damagedCredential(let id): return e(.damagedCredential, ["id": id])
        case .invalidVerifyURL(let url, let reason): return e(.invalidVerifyURL, ["url": url, "reason": reason])
        }
    }

    func sentence(roster error: RosterError) -> String {
        switch error {
        case .cannotRead(let path, let reason): return e(.cannotRead, ["path": path, "reason": reason])
        case .cannotWrite(let path, let reason): return e(.cannotWrite, ["path": path, "reason": reason])
        case .everyRowRejected(let path, let rows): return e(.everyRowRejected, ["path": path, "rows": String(rows)])
        case .emptyFile(let path): return e(.emptyFile, ["path": path])
        case .unterminatedQuote(let path, let line): return e(.unterminatedQuote, ["path": path, "line": String(line)])
        case .recordTooLong(let path, let line, let limit):
            return e(.recordTooLong, ["path": path, "line": String(line), "size": Texts.binarySize(limit)])
        case .fieldTooLong(let path, let line, let limit, let quoted):
            return e(quoted ? .fieldTooLongQuoted : .fieldTooLong, ["path": path, "line": String(line), "size": Texts.binarySize(limit)])
        case .unclearEncoding(let path, let readings, let more):
            let shown = readings.map { e(.encodingReading, ["line": String($0.line), "cp1251": $0.cp1251, "kz1048": $0.kz1048]) }.joined(separator: "; ")
            let rest = more > 0 ? e(.encodingMore, count: more) : ""
            return e(.unclearEncoding, ["path": path, "readings": shown + rest])
        case .byteOrderMarkInHeader(let path, let header): return e(.byteOrderMarkInHeader, ["path": path, "header": header])
        case .missingColumn(let path, let field, let looked):
            return e(.missingColumn, ["path": path, "field": field, "looked": looked.joined(separator: ", ")])
        case .duplicateColumn(let path, let field, let columns):
            return e(.duplicateColumn, ["path": path, "field": field, "columns": columns.joined(separator: ", ")])
        case .mapUnknownColumn(let path, let column): return e(.mapUnknownColumn, ["path": path, "column": column])
        case .badMapping(let text):
            return e(.badMapping, ["text": text, "fields": RosterField.allCases.map(\.rawValue).joined(separator: ", ")])
        case .lostLettersInHeader(let path, let header): return e(.lostLettersInHeader, ["path": path, "header": header])
        case .badOption(let name, let problem): return e(.badOption, ["name": name, "problem": problem])
        case .rowRefused(let path, let line, let iin, let reason):
            return e(.rowRefused, ["path": path, "line": String(line), "iin": iin, "reason": reason])
        case .noUniversity(let path): return e(.noUniversity, ["path": path])
        case .noCourse(let path): return e(.noCourse, ["path": path])
        case .unknownCourse(let course): return e(.rosterUnknownCourse, ["course": course])
        case .withdrawLimit(let count, let total, let institution, let course, let maxPercent):
            let percent = total == 0 ? 0 : Double(count) * 100 / Double(total)
            return e(.withdrawLimit, count: total, [
                "withdraw": String(count), "percent": decimal(percent), "institution": institution, "course": course, "max": decimal(maxPercent),
            ])
        case .interrupted(let rowsRead): return e(.interrupted, count: rowsRead)
        case .identityChangeLimit(let count, let limit): return e(.identityChangeLimit, count: count, ["limit": String(limit)])
        case .batchNotFound(let id): return e(.batchNotFound, ["id": String(id)])
        case .alreadyReverted(let id): return e(.alreadyReverted, ["id": String(id)])
        case .revertConflict(let batch, let iins, let more):
            let list = iins.joined(separator: ", ")
            return e(.revertConflict, ["batch": String(batch), "list": more > 0 ? e(.andMore, ["list": list, "count": String(more)]) : list])
        case .oneRoster(let path, let message): return e(.oneRoster, ["path": path, "message": message])
        case .archiveTooManyFiles(let path, let limit): return e(.archiveTooManyFiles, ["path": path, "limit": String(limit)])
        case .archiveTooLarge(let path, let limit): return e(.archiveTooLarge, ["path": path, "size": Texts.binarySize(Int(limit))])
        case .storeChanged(let iin): return e(.storeChanged, ["iin": iin])
        }
    }

    func sentence(crypto error: CryptoError) -> String {
        switch error {
        case .openssl(let operation, let message):
            return e(.openssl, ["operation": operation, "detail": message.isEmpty ? "" : ": \(message)"])
        }
    }

    /// A byte limit as the roster's errors say it: `64 KiB`, `1 MiB`, `1 GiB`.
    static func binarySize(_ bytes: Int) -> String {
        for (unit, scale) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= scale && bytes % scale == 0 {
            return "\(bytes / scale) \(unit)"
        }
        return "\(bytes) bytes"
    }

    /// `12.5` in English, `12,5` in Kazakh and Russian; whole numbers without decimals.
    func decimal(_ value: Double) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
