import ArgumentParser
import Certificates
import Enrollment
import Foundation
import SanaStore

struct CertVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check certificate files offline: signature, trusted key, revocation, dates, Open Badges fields.",
        discussion: """
            Needs no store. Prints one line per check and a verdict for each file. Exit status: 0 valid, \
            1 invalid, 2 could not decide (no trust file, or no status list while the certificate names one). \
            A folder stands for every .jwt or .jws file in it (any case); one with none could not be decided (exit 2).
            """
    )

    @Argument(help: ArgumentHelp("Certificate files (.jwt), or folders of them.", valueName: "file")) var files: [UserPath]
    @Option(help: ArgumentHelp("The issuer's trust file (from 'sana cert trust-export').", valueName: "issuer.json")) var trust: UserPath?
    @Option(help: ArgumentHelp("The issuer's published status list (from 'sana cert status-list').", valueName: "status-list.jwt")) var status: UserPath?
    @Option(help: ArgumentHelp("Also check that the certificate belongs to this IIN (spaces ignored; an 11-digit IIN whose leading 0 was lost is repaired).", valueName: "iin")) var iin: String?
    @Option(help: ArgumentHelp("With --iin: the holder code printed on the holder's copy of the certificate (needed for certificates issued since the code was kept off the file).", valueName: "code")) var holderCode: String?
    @Option(help: ArgumentHelp("Check as of this instant instead of now (2026-11-21T10:00:00Z).", valueName: "time")) var now: String?
    @Flag(help: "Print only each file's verdict.") var brief = false
    @Flag(help: "Print the reports as JSON.") var json = false
    @OptionGroup var lang: LanguageOption

    /// `--iin` read as a roster reads an IIN; nil when not given.
    var normalizedIIN: String? {
        get throws {
            guard let iin else { return nil }
            do {
                return try IIN.read(String(iin.unicodeScalars.filter { !$0.properties.isWhitespace })).iin.digits
            } catch {
                throw ValidationError("--iin: \(error.description)")
            }
        }
    }

    var normalizedHolderCode: String? {
        get throws {
            guard let holderCode else { return nil }
            guard let code = HumanCode.normalize(holderCode) else {
                throw ValidationError("--holder-code '\(Output.visible(holderCode))' is not a holder code: check it against the printout (17 letters and digits, such as ABCD-EFGH-JKMN-PQRS-T)")
            }
            return HumanCode.compact(code)
        }
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one certificate file") }
        _ = try normalizedIIN
        _ = try normalizedHolderCode
        if holderCode != nil && iin == nil { throw ValidationError("--holder-code goes with --iin") }
        if let now, Timestamp.date(from: now) == nil {
            throw ValidationError("--now '\(now)' is not a time like 2026-11-21T10:00:00Z")
        }
    }

    func run() throws {
        let trustList = try trust.map { try TrustList.load(path: $0.typed) }
        let statusList = try status.map { StatusListDocument(text: try OutputFile.read($0.typed), trust: trustList) }
        let instant = now.flatMap { Timestamp.date(from: $0) } ?? Date()
        let texts = lang.texts(store: nil)
        let verifier = Verifier(trust: trustList, statusList: statusList, iin: try normalizedIIN, holderCode: try normalizedHolderCode, now: instant)
        let found: [String]
        do {
            found = try expand(files.map(\.typed))
        } catch let error as CertificatesError {
            Output.error(texts.adminSentence(for: error) ?? error.description)
            throw ExitCode(2)
        }
        let reports = verifier.verify(files: found)
        if json {
            try Output.json(reports)
        } else {
            for report in reports { print(report, texts: texts) }
        }
        let verdict = VerificationReport.overall(reports)
        if verdict != .valid { throw ExitCode(verdict.exitCode) }
    }

    private func expand(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter {
                    let lower = $0.lowercased()
                    return lower.hasSuffix(".jwt") || lower.hasSuffix(".jws")
                }.sorted()
                if names.isEmpty { throw CertificatesError.noCertificatesFound(folder: path) }
                out += names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// The verdict first, then what the certificate says and each check. Every text taken from a
    /// file is escaped (control, bidi and escape characters shown as \u{...}), so a forged file
    /// cannot draw a fake verdict. The verdict, the outcome words and the labels are in the
    /// reader's language; the checks' names and details, from the Certificates module, in English.
    private func print(_ report: VerificationReport, texts: Texts) {
        let file = Output.visible(report.file)
        let verdict: String
        switch report.verdict {
        case .valid: verdict = texts(CertMessage.verdictValid)
        case .invalid: verdict = texts(CertMessage.verdictInvalid, ["checks": report.checks.filter { $0.outcome == .failed }.map { Self.name($0.name, texts) }.joined(separator: ", ")])
        case .undecided: verdict = texts(CertMessage.verdictUndecided, ["checks": report.checks.filter { $0.outcome == .undecided }.map { Self.name($0.name, texts) }.joined(separator: ", ")])
        }
        if brief {
            Output.line("\(file): \(verdict)")
            return
        }
        Output.line("\(file): \(verdict)")
        if let summary = report.summary, let id = summary.id {
            let parts = [
                summary.holder, summary.course.map { "«\($0)»" }, summary.score.map { texts(CertMessage.summaryScore, ["score": "\($0)"]) },
                summary.issuerName.map { texts(CertMessage.summaryIssuedBy, ["name": $0]) },
                summary.validFrom.map { stamp in Timestamp.date(from: stamp).map { texts.dateTime($0) } ?? stamp },
            ]
            Output.line("  \(Output.visible(id)): " + Output.visible(parts.compactMap { $0 }.joined(separator: ", ")))
        }
        let marks: [CertMessage] = [.checkPassed, .checkFailed, .checkUndecided, .checkSkipped]
        let markWidth = max(10, (marks.map { texts($0).count }.max() ?? 0) + 1)
        let nameWidth = max(23, (VerificationCheck.names.map { Self.name($0, texts).count }.max() ?? 0) + 1)
        for check in report.checks {
            let mark: String
            switch check.outcome {
            case .passed: mark = texts(CertMessage.checkPassed)
            case .failed: mark = texts(CertMessage.checkFailed)
            case .undecided: mark = texts(CertMessage.checkUndecided)
            case .skipped: mark = texts(CertMessage.checkSkipped)
            }
            Output.line("  " + mark.padding(toLength: markWidth, withPad: " ", startingAt: 0) + Self.name(check.name, texts).padding(toLength: nameWidth, withPad: " ", startingAt: 0) + Output.visible(check.detail))
        }
    }

    /// A check's name in the reader's language (as the Certificates module names it when unknown).
    static func name(_ name: String, _ texts: Texts) -> String {
        let names: [String: CertMessage] = [
            "readable": .nameReadable, "well-formed": .nameWellFormed, "signature": .nameSignature, "key trusted": .nameKeyTrusted,
            "key valid when issued": .nameKeyValidWhenIssued, "not revoked": .nameNotRevoked, "dates": .nameDates,
            "Open Badges fields": .nameOpenBadges, "identity": .nameIdentity,
        ]
        return names[name].map { texts($0) } ?? name
    }
}
