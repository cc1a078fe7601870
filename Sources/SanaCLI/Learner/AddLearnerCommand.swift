import ArgumentParser
import Roster
import Enrollment

struct AddLearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one learner, optionally enrolling them in a course."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Option(help: "The learner's IIN (12 digits).") var iin: String
    @Option(help: "Last name (Фамилия / Тегі).") var lastName: String
    @Option(help: "First name (Имя / Аты).") var firstName: String
    @Option(help: "Middle name (Отчество / Әкесінің аты).") var middleName = ""
    @Option(help: "E-mail address.") var email = ""
    @Option(help: "University.") var institution = ""
    @Option(help: "Faculty.") var faculty = ""
    @Option(help: "Study group.") var group = ""
    @Option(help: "Language of instruction: kk, ru or en (default kk).") var language = ""
    @Option(help: "The university's own student number (номер зачётной книжки, student ID; at most 64 characters).") var studentNumber = ""
    @Option(help: "Enroll in this course.") var course: String?
    @Option(help: "Cohort for the enrollment (needs --institution).") var cohort: String?
    @Flag(help: "Print the learner as JSON.") var json = false

    func validate() throws {
        if cohort != nil && (course == nil || institution.isEmpty) {
            throw ValidationError("--cohort needs --course and --institution: a cohort belongs to a university's course")
        }
    }

    func run() throws {
        let draft: LearnerDraft
        do {
            draft = try LearnerDraft(
                iin: iin, lastName: lastName, firstName: firstName, middleName: middleName, email: email,
                institution: institution, faculty: faculty, studyGroup: group, locale: language, studentNumber: studentNumber)
        } catch {
            throw EnrollmentError.invalidField(error)
        }
        let opened = try store.open()
        let texts = lang.texts(store: opened)
        if let repair = draft.iinRepair {
            Output.warning(texts.row(.iinRepaired(repair, iin: draft.iin.digits)))
        }
        let learners = Learners(store: opened)
        let learner = try learners.add(draft, course: course, cohort: cohort)
        if json {
            try Output.json(learners.profile(iin: draft.iin))
            return
        }
        let who = ["iin": learner.iin, "name": Output.visible(learner.fullName)]
        if let course {
            Output.line(texts(LearnerAdminMessage.addedEnrolled, who.merging(["course": course]) { $1 }))
        } else {
            Output.line(texts(LearnerAdminMessage.added, who))
        }
    }
}
