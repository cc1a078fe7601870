import ArgumentParser
import Enrollment
import Foundation

struct LearnerEraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase one person's personal data (a personal-data erasure request); cannot be undone.",
        discussion: """
            Removes the name, IIN, e-mail, university, faculty and group, the enrollments, access code, \
            lessons opened, practice and exam answers, exams in progress and the import history's earlier \
            values. Keeps, without personal data: certificates (revoked, so that verifiers see it), \
            submitted exams (score and per-question credit, for question statistics) and the audit \
            trail (the IIN and name replaced by the learner's pseudonymous id). Run 'sana learner export' \
            first if the person asked for a copy. Needs --yes, or the IIN typed again on a terminal. Audited \
            under the pseudonymous id.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Flag(help: "Erase without asking (for scripts).") var yes = false
    @Flag(help: "Print what was removed and kept as JSON.") var json = false

    func validate() throws {
        if !yes && isatty(STDIN_FILENO) != 1 {
            throw ValidationError("erasing a learner's personal data cannot be undone: pass --yes, or run on a terminal and type the IIN when asked")
        }
    }

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let texts = lang.texts(store: opened)
        if !yes {
            let learner = try Learners(store: opened).profile(iin: parsed)
            let typed = SecretPrompt.read(texts(PrivacyMessage.eraseConfirm, ["name": learner.fullName, "iin": parsed.digits]))
            guard let typed, (try? IIN(typed)) == parsed else { throw EnrollmentError.erasureNotConfirmed(iin: parsed.digits) }
        }
        let report = try ErasureReport.erase(store: opened, iin: parsed)
        if json {
            try Output.json(report)
            return
        }
        let removed = report.removed, kept = report.kept
        Output.line(texts(PrivacyMessage.eraseDone, ["iin": report.iin]))
        Output.line(texts(PrivacyMessage.eraseRemovedHeading))
        Output.line(texts(PrivacyMessage.eraseRemovedIdentity))
        Output.line(texts(PrivacyMessage.eraseEnrollments, count: removed.enrollments))
        Output.line(texts(PrivacyMessage.eraseAccessCode, count: removed.accessCode ? 1 : 0))
        Output.line(texts(PrivacyMessage.eraseLessons, count: removed.lessonsOpened))
        Output.line(texts(PrivacyMessage.erasePractice, count: removed.practiceAnswers))
        Output.line(texts(PrivacyMessage.eraseAnswers, count: removed.examAnswers))
        Output.line(texts(PrivacyMessage.eraseOpenAttempts, count: removed.examsInProgress))
        Output.line(texts(PrivacyMessage.eraseImportHistory, count: removed.importHistoryEntries))
        Output.line(texts(PrivacyMessage.eraseKeptHeading))
        let revoked = kept.certificatesRevoked + kept.certificatesAlreadyRevoked
        let codes = revoked.isEmpty ? "" : " (" + revoked.joined(separator: ", ") + ")"
        Output.line(texts(PrivacyMessage.eraseKeptCertificates, count: revoked.count, ["codes": codes]))
        Output.line(texts(PrivacyMessage.eraseKeptAttempts, count: kept.submittedAttempts))
        Output.line(texts(PrivacyMessage.eraseKeptAudit, count: kept.auditEntriesPseudonymized, ["pseudonym": kept.pseudonym]))
        Output.line(texts(PrivacyMessage.eraseKeptRecord, ["pseudonym": kept.pseudonym]))
        if !kept.certificatesRevoked.isEmpty { Output.line(texts(PrivacyMessage.erasePublish)) }
    }
}
