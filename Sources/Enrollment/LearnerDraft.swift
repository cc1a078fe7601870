/// A learner's fields as given (a roster row, `sana learner add`), validated and normalized.
package struct LearnerDraft: Sendable, Equatable {
    package var iin: IIN
    package var lastName: String
    package var firstName: String
    package var middleName: String?
    package var email: String?
    package var institution: String?
    package var faculty: String?
    package var studyGroup: String?
    package var locale: String?
    /// The university's own identifier of the student (`LearnerFields.studentNumber`).
    package var studentNumber: String?
    /// What reading the IIN repaired (leading zeros Excel dropped, spaces between the digits).
    package var iinRepair: IIN.Repair?
    /// True when the IIN's leading zeros were restored.
    package var restoredLeadingZero: Bool {
        if case .leadingZeros = iinRepair { return true }
        return false
    }

    /// Validates raw values; throws the first problem found, in column order.
    package init(
        iin: String, lastName: String, firstName: String, middleName: String = "", email: String = "",
        institution: String = "", faculty: String = "", studyGroup: String = "", locale: String = "", studentNumber: String = ""
    ) throws(FieldProblem) {
        let reading: IIN.Reading
        do {
            reading = try IIN.read(iin)
        } catch {
            throw .iin(error)
        }
        try self.init(
            reading: reading, lastName: NormalizedText(lastName), firstName: NormalizedText(firstName),
            middleName: NormalizedText(middleName), email: NormalizedText(email), institution: NormalizedText(institution),
            faculty: NormalizedText(faculty), studyGroup: NormalizedText(studyGroup), locale: NormalizedText(locale),
            studentNumber: NormalizedText(studentNumber))
    }

    /// The same rules over an IIN already read and values already normalized (a roster row's
    /// fields, normalized from the file's bytes); throws the first problem found, in column order.
    package init(
        reading: IIN.Reading, lastName: NormalizedText, firstName: NormalizedText, middleName: NormalizedText,
        email: NormalizedText, institution: NormalizedText, faculty: NormalizedText, studyGroup: NormalizedText,
        locale: NormalizedText, studentNumber: NormalizedText = NormalizedText("")
    ) throws(FieldProblem) {
        let checked = LearnerDraft.check(
            reading: .success(reading), lastName: lastName, firstName: firstName, middleName: middleName, email: email,
            institution: institution, faculty: faculty, studyGroup: studyGroup, locale: locale, studentNumber: studentNumber)
        switch checked {
        case .success(let draft): self = draft
        case .failure(let problems): throw problems.all[0]
        }
    }

    private init(
        iin: IIN, repair: IIN.Repair?, lastName: String, firstName: String, middleName: String?, email: String?,
        institution: String?, faculty: String?, studyGroup: String?, locale: String?, studentNumber: String?
    ) {
        self.iin = iin
        self.iinRepair = repair
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.email = email
        self.institution = institution
        self.faculty = faculty
        self.studyGroup = studyGroup
        self.locale = locale
        self.studentNumber = studentNumber
    }

    /// Every problem of the fields, in column order (the IIN's first), or the draft when there is none.
    package static func check(
        reading: Result<IIN.Reading, IIN.Problem>, lastName: NormalizedText, firstName: NormalizedText, middleName: NormalizedText,
        email: NormalizedText, institution: NormalizedText, faculty: NormalizedText, studyGroup: NormalizedText,
        locale: NormalizedText, studentNumber: NormalizedText = NormalizedText("")
    ) -> Result<LearnerDraft, FieldProblems> {
        var problems: [FieldProblem] = []
        func field<T>(_ rule: () throws(FieldProblem) -> T) -> T? {
            do {
                return try rule()
            } catch {
                problems.append(error)
                return nil
            }
        }
        if case .failure(let problem) = reading { problems.append(.iin(problem)) }
        let last = field { () throws(FieldProblem) in try LearnerFields.name(lastName, field: "last name", required: true)! }
        // The single-name rule: a dash for the first name means the person has one name only.
        let first = LearnerFields.isSingleNameMarker(firstName.value)
            ? LearnerFields.singleNameMarker
            : field { () throws(FieldProblem) in try LearnerFields.name(firstName, field: "first name", required: true)! }
        let middle = field { () throws(FieldProblem) in try LearnerFields.name(middleName, field: "middle name", required: false) }
        let mail = field { () throws(FieldProblem) in try LearnerFields.email(email) }
        let university = field { () throws(FieldProblem) in
            try LearnerFields.text(institution, field: "university", limit: 200, lettersOnly: true)
        }
        let faculty = field { () throws(FieldProblem) in try LearnerFields.text(faculty, field: "faculty", limit: 200) }
        let group = field { () throws(FieldProblem) in try LearnerFields.text(studyGroup, field: "group", limit: 100) }
        let language = field { () throws(FieldProblem) in try LearnerFields.locale(locale) }
        let number = field { () throws(FieldProblem) in try LearnerFields.studentNumber(studentNumber) }
        guard problems.isEmpty, case .success(let read) = reading, let last, let first else {
            return .failure(FieldProblems(all: problems))
        }
        return .success(LearnerDraft(
            iin: read.iin, repair: read.repair, lastName: last, firstName: first, middleName: middle ?? nil, email: mail ?? nil,
            institution: university ?? nil, faculty: faculty ?? nil, studyGroup: group ?? nil, locale: language ?? nil,
            studentNumber: number ?? nil))
    }
}

/// Every problem of one learner's fields, in column order (never empty).
package struct FieldProblems: Error, Equatable, Sendable {
    package let all: [FieldProblem]
}
