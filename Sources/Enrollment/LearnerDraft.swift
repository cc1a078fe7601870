/// A learner's fields as given (a roster row, `sana learner add`), validated and normalized.
public struct LearnerDraft: Sendable, Equatable {
    public var iin: IIN
    public var lastName: String
    public var firstName: String
    public var middleName: String?
    public var email: String?
    public var institution: String?
    public var faculty: String?
    public var studyGroup: String?
    public var locale: String?
    /// True when the IIN had 11 digits and its leading zero was restored.
    public var restoredLeadingZero: Bool

    /// Validates raw values; throws the first problem found, in column order.
    public init(
        iin: String, lastName: String, firstName: String, middleName: String = "", email: String = "",
        institution: String = "", faculty: String = "", studyGroup: String = "", locale: String = ""
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
            faculty: NormalizedText(faculty), studyGroup: NormalizedText(studyGroup), locale: NormalizedText(locale))
    }

    /// The same rules over an IIN already read and values already normalized (a roster row's
    /// fields, normalized from the file's bytes); throws the first problem found, in column order.
    public init(
        reading: IIN.Reading, lastName: NormalizedText, firstName: NormalizedText, middleName: NormalizedText,
        email: NormalizedText, institution: NormalizedText, faculty: NormalizedText, studyGroup: NormalizedText,
        locale: NormalizedText
    ) throws(FieldProblem) {
        self.iin = reading.iin
        self.restoredLeadingZero = reading.restoredLeadingZero
        self.lastName = try LearnerFields.name(lastName, field: "last name", required: true)!
        self.firstName = try LearnerFields.name(firstName, field: "first name", required: true)!
        self.middleName = try LearnerFields.name(middleName, field: "middle name", required: false)
        self.email = try LearnerFields.email(email)
        self.institution = try LearnerFields.text(institution, field: "university", limit: 200, lettersOnly: true)
        self.faculty = try LearnerFields.text(faculty, field: "faculty", limit: 200)
        self.studyGroup = try LearnerFields.text(studyGroup, field: "group", limit: 100)
        self.locale = try LearnerFields.locale(locale)
    }
}
