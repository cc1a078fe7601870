import Certificates
import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import SanaStore

/// `sana learner merge KEEP DROP`: what follows DROP to KEEP, composed from each owning module's
/// API inside one transaction (or only read, for a dry run).
struct LearnerMergeReport: Encodable {
    struct Person: Encodable {
        var iin: String
        var name: String
    }

    var keep: Person
    var drop: Person
    var dryRun: Bool
    var attempts: Int
    var lessonsOpened: Int
    var practiceAnswers: Int
    var certificates: [String]
    var enrollmentsMoved: [String]
    var enrollmentsCombined: [String]
    /// kept, moved, dropped or none (see `LearnerMerge.Outcome`).
    var accessCode: String
    var dropRemoved: Bool

    static func merge(store: Store, keep keepIIN: IIN, drop dropIIN: IIN, dryRun: Bool) throws -> LearnerMergeReport {
        if keepIIN == dropIIN { throw EnrollmentError.mergeSameLearner(iin: keepIIN.digits) }
        let body = { (db: Database) throws -> LearnerMergeReport in
            guard let keep = try Learner.find(db, iin: keepIIN) else { throw EnrollmentError.learnerNotFound(iin: keepIIN.digits) }
            guard let drop = try Learner.find(db, iin: dropIIN) else { throw EnrollmentError.learnerNotFound(iin: dropIIN.digits) }
            if let both = try HolderCertificates.bothPassed(db, keep.id!, drop.id!) {
                throw EnrollmentError.mergeBothPassed(keep: keep.iin, drop: drop.iin, course: both.course, version: both.version,
                                                      keepCertificate: both.first, dropCertificate: both.second)
            }
            if let open = try LearnerAttempts.bothOpen(db, keep.id!, drop.id!) {
                throw EnrollmentError.mergeBothTakingExam(keep: keep.iin, drop: drop.iin, course: open.course, version: open.version)
            }
            let counts = try LearnerAttempts.counts(db, learnerId: drop.id!)
            let lessons = try LessonProgress.records(db, learnerId: drop.id!).count
            let certificates = try HolderCertificates.codes(db, learnerId: drop.id!)
            var report = LearnerMergeReport(
                keep: Person(iin: keep.iin, name: keep.fullName), drop: Person(iin: drop.iin, name: drop.fullName), dryRun: dryRun,
                attempts: counts.attempts, lessonsOpened: lessons, practiceAnswers: counts.practice, certificates: certificates,
                enrollmentsMoved: [], enrollmentsCombined: [], accessCode: "none", dropRemoved: false)
            let stamp = Timestamp.string(from: Date())
            let outcome = dryRun
                ? try LearnerMerge.plan(db, keep: keep, drop: drop)
                : try LearnerMerge.apply(db, keep: keep, drop: drop, at: stamp)
            report.enrollmentsMoved = outcome.enrollmentsMoved
            report.enrollmentsCombined = outcome.enrollmentsCombined
            report.accessCode = outcome.accessCode
            if dryRun { return report }
            _ = try LearnerAttempts.reassign(db, from: drop.id!, to: keep.id!)
            try LessonProgress.reassign(db, from: drop.id!, to: keep.id!)
            _ = try HolderCertificates.reassign(db, from: drop.id!, to: keep.id!)
            try LearnerMerge.removeMerged(db, drop: drop)
            report.dropRemoved = true
            try AuditEntry.record(db, action: "learner.merge", subject: keep.iin, detail: """
                merged \(drop.iin) (subject \(drop.subjectUUID)) into \(keep.iin): \(counts.attempts) attempts, \(lessons) lessons, \
                \(counts.practice) practice answers, \(certificates.count) certificates, enrollments moved [\(outcome.enrollmentsMoved.joined(separator: ","))] \
                combined [\(outcome.enrollmentsCombined.joined(separator: ","))], access code \(outcome.accessCode)
                """)
            return report
        }
        return dryRun ? try store.read(body) : try store.write(body)
    }
}
