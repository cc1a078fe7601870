import ArgumentParser
import Certificates

struct CertIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Issue certificates to learners who passed a course: one per learner per course version, never twice.",
        discussion: """
            Each certificate is an Open Badges 3.0 credential signed as a compact JWS with the current key,
            kept in the store, and written to DIR/<code>.jwt with --out.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions
    @Option(help: ArgumentHelp("The course id.", valueName: "id")) var course: String
    @Option(help: ArgumentHelp("Issue to this learner only.", valueName: "iin")) var learner: String?
    @Flag(help: "Issue to every learner who passed and has no certificate yet.") var allEligible = false
    @Option(help: ArgumentHelp("Write each certificate to DIR/<code>.jwt; run again to write any file that is missing or empty.", valueName: "dir")) var out: UserPath?
    @Flag(help: "Print the issued certificates as JSON.") var json = false

    func validate() throws {
        if (learner == nil) == !allEligible {
            throw ValidationError("give exactly one of --learner IIN and --all-eligible")
        }
    }

    func run() throws {
        let store = try store.open()
        let signer = try SigningKeys(store: store).signer(keyPath: key.path(storePath: store.path))
        let issuance = Issuance(store: store, signer: signer)
        let issued = try issuance.issue(course: course, learnerIIN: learner, outDir: out?.absolute)
        // Files a killed or failed earlier run did not write (the store commits before the files).
        let restored = try out.map { try issuance.writeMissingFiles(course: course, learnerIIN: learner, outDir: $0.absolute) } ?? 0
        if json {
            try Output.json(issued)
            return
        }
        let texts = lang.texts(store: store)
        if restored > 0, let out {
            Output.line(texts(CertMessage.restoredFiles, count: restored, ["out": out.absolute]))
        }
        if issued.isEmpty {
            Output.line(texts(CertMessage.nothingToIssue, ["course": course]))
            return
        }
        for cert in issued {
            Output.line(texts(CertMessage.issuedLine, [
                "code": cert.code, "learner": cert.learner, "course": cert.course, "version": String(cert.version),
                "score": String(cert.score), "file": cert.file.map { "  \($0)" } ?? "",
            ]))
        }
        Output.line(texts(CertMessage.issued, count: issued.count, ["course": course]))
    }
}
