import ArgumentParser
import Enrollment

struct LearnerEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct one learner's names, e-mail, university, faculty, group, student number, language or cohort.",
        discussion: """
            Each value is checked as a roster row's is. An optional value (middle name, e-mail, \
            university, faculty, group, student number, cohort) is removed with --clear FIELD, which can be repeated; \
            an empty value is refused, so nothing is cleared by accident. The cohort is the \
            learner's in one course: name it with --course. The IIN cannot be edited: add the \
            learner with the right IIN and merge the two ('sana learner merge'). Prints what changed \
            (field: old → new); audited with the OS user and the fields' names (not their values).
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: "The learner's IIN.") var iin: String
    @Option(name: .customLong("iin"), help: ArgumentHelp("Refused: a learner is known by their IIN; add the right one and use 'sana learner merge'.", valueName: "iin"))
    var newIIN: String?
    @Option(help: "Last name (Фамилия / Тегі).") var lastName: String?
    @Option(help: "First name (Имя / Аты).") var firstName: String?
    @Option(help: "Middle name (Отчество / Әкесінің аты).") var middleName: String?
    @Option(help: "E-mail address.") var email: String?
    @Option(help: "University (created when new, like 'learner add').") var institution: String?
    @Option(help: "Faculty.") var faculty: String?
    @Option(help: "Study group.") var group: String?
    @Option(help: "Language of instruction: kk, ru or en.") var language: String?
    @Option(help: "The university's own student number (номер зачётной книжки, student ID; at most 64 characters).") var studentNumber: String?
    @Option(help: "Cohort of the learner's enrollment in --course (a cohort of their university).") var cohort: String?
    @Option(help: "The course whose cohort --cohort or --clear cohort changes.") var course: String?
    @Option(name: .customLong("clear"), help: ArgumentHelp(
        "Remove an optional value: middle-name, email, institution, faculty, group, student-number or cohort (repeatable).", valueName: "field"))
    var clear: [LearnerEdit.Field] = []
    @Flag(help: "Print the changes and the learner as JSON.") var json = false

    var values: [LearnerEdit.Field: String] {
        let given: [(LearnerEdit.Field, String?)] = [
            (.lastName, lastName), (.firstName, firstName), (.middleName, middleName), (.email, email), (.institution, institution),
            (.faculty, faculty), (.group, group), (.language, language), (.cohort, cohort), (.studentNumber, studentNumber),
        ]
        return Dictionary(uniqueKeysWithValues: given.compactMap { field, value in value.map { (field, $0) } })
    }

    func validate() throws {
        if newIIN != nil {
            throw ValidationError("the IIN cannot be edited: a learner is known by it. Add the learner with the right IIN ('sana learner add') and merge the two with 'sana learner merge RIGHT-IIN \(iin)'")
        }
        let values = self.values
        if values.isEmpty && clear.isEmpty {
            throw ValidationError("nothing to change: give --last-name, --first-name, --middle-name, --email, --institution, --faculty, --group, --student-number, --language or --cohort, or --clear FIELD")
        }
        for field in clear.sorted() {
            if !field.isClearable {
                throw ValidationError("--clear \(field.rawValue): the \(field.rawValue.replacingOccurrences(of: "-", with: " ")) is required and cannot be removed; give --\(field.rawValue) with the right value instead")
            }
            if values[field] != nil {
                throw ValidationError("--\(field.rawValue) and --clear \(field.rawValue) contradict each other: give one of them")
            }
        }
        for (field, value) in values.sorted(by: { $0.key < $1.key }) where value.allSatisfy(\.isWhitespace) {
            throw ValidationError("--\(field.rawValue) is empty: give a value" + (field.isClearable ? ", or --clear \(field.rawValue) to remove it" : ""))
        }
        let changesCohort = values[.cohort] != nil || clear.contains(.cohort)
        if changesCohort && course == nil {
            throw ValidationError("--cohort and --clear cohort need --course: a cohort belongs to the learner's enrollment in a course")
        }
        if !changesCohort && course != nil {
            throw ValidationError("--course only names the enrollment whose cohort changes: give --cohort or --clear cohort with it")
        }
    }

    func run() throws {
        let parsed = try IIN.argument(iin)
        let opened = try store.open()
        let edited = try Learners(store: opened).edit(iin: parsed, LearnerEdit(values: values, cleared: Set(clear), course: course))
        if json {
            try Output.json(edited)
            return
        }
        let texts = lang.texts(store: opened)
        let who = ["iin": edited.learner.iin, "name": Output.visible(edited.learner.fullName)]
        guard !edited.changes.isEmpty else {
            Output.line(texts(LearnerAdminMessage.editNothing, who))
            return
        }
        Output.line(texts(LearnerAdminMessage.edited, who))
        let empty = texts(LearnerAdminMessage.emptyValue)
        for change in edited.changes {
            Output.line(texts(LearnerAdminMessage.editChange, [
                "field": texts.field(change.field), "old": change.old.map(Output.visible) ?? empty, "new": change.new.map(Output.visible) ?? empty,
            ]))
        }
    }
}
