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
        do {
            try self.init(
                checking: .success(reading), lastName: lastName, firstName: firstName, middleName: middleName, email: email,
                institution: institution, faculty: faculty, studyGroup: studyGroup, locale: locale, studentNumber: studentNumber)
        } catch {
            throw error.all[0]
        }
    }

    /// The same rules, reporting every problem of the fields in column order (the IIN's first).
    /// Built in place: a roster import makes a million of these, and a draft returned inside a
    /// `Result` was copied several times over.
    package init(
        checking reading: Result<IIN.Reading, IIN.Problem>, lastName: NormalizedText, firstName: NormalizedText,
        middleName: NormalizedText, email: NormalizedText, institution: NormalizedText, faculty: NormalizedText,
        studyGroup: NormalizedText, locale: NormalizedText, studentNumber: NormalizedText = NormalizedText("")
    ) throws(FieldProblems) {
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
            throw FieldProblems(all: problems)
        }
        iin = read.iin
        iinRepair = read.repair
        self.lastName = last
        self.firstName = first
        self.middleName = middle ?? nil
        self.email = mail ?? nil
        self.institution = university ?? nil
        self.faculty = faculty ?? nil
        self.studyGroup = group ?? nil
        self.locale = language ?? nil
        self.studentNumber = number ?? nil
    }
}

/// Every problem of one learner's fields, in column order (never empty).
package struct FieldProblems: Error, Equatable, Sendable {
    package let all: [FieldProblem]
}
