import ArgumentParser
import Enrollment

struct ShowLearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one learner and their enrollments."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The learner's IIN.") var iin: String
    @Flag(help: "Print the learner as JSON.") var json = false

    func run() throws {
        let parsed: IIN
        do {
            parsed = try IIN(iin)
        } catch {
            throw EnrollmentError.invalidField(.iin(error))
        }
        let learner = try Learners(store: store.openReadOnly()).profile(iin: parsed)
        if json {
            try Output.json(learner)
            return
        }
        Output.line("\(learner.iin)  \(learner.fullName)")
        let rows: [(String, String?)] = [
            ("email", learner.email), ("university", learner.institution), ("faculty", learner.faculty),
            ("group", learner.studyGroup), ("language", learner.locale), ("status", learner.status),
            ("added", learner.createdAt), ("updated", learner.updatedAt),
        ]
        for (name, value) in rows {
            Output.line("  \(name.padding(toLength: 11, withPad: " ", startingAt: 0))\(value ?? "-")")
        }
        for enrollment in learner.enrollments {
            Output.line("  course     \(enrollment.course): \(enrollment.status.rawValue)\(enrollment.cohort.map { ", cohort \($0)" } ?? ""), since \(enrollment.enrolledAt)")
        }
    }
}
