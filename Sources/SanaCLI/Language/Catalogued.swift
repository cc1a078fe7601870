import Courses

/// A set of messages in kk, ru and en: the learner's (`Message`) and one per group of admin
/// commands (`RosterMessage`, ...), each an enum whose `forms` holds every message in every
/// language. `Texts` fills them in; `MessageCatalogueTests` checks every catalogue listed in
/// `Catalogues.all` for missing languages, plural forms and placeholders.
protocol Catalogued: CaseIterable, Sendable {
    var forms: [Language: MessageForm] { get }
}

extension Message: Catalogued {}

enum Catalogues {
    /// Every catalogue, for the completeness test: add a new one here.
    static let all: [(name: String, messages: [any Catalogued])] = [
        ("Message", Message.allCases.map { $0 }),
        ("AdminMessage", AdminMessage.allCases.map { $0 }),
        ("ExamAdminMessage", ExamAdminMessage.allCases.map { $0 }),
        ("ReportMessage", ReportMessage.allCases.map { $0 }),
        ("CertMessage", CertMessage.allCases.map { $0 }),
        ("CourseMessage", CourseMessage.allCases.map { $0 }),
        ("ErrorMessage", ErrorMessage.allCases.map { $0 }),
        ("RosterMessage", RosterMessage.allCases.map { $0 }),
        ("LearnerAdminMessage", LearnerAdminMessage.allCases.map { $0 }),
        ("RowMessage", RowMessage.allCases.map { $0 }),
        ("InstitutionMessage", InstitutionMessage.allCases.map { $0 }),
        ("PrivacyMessage", PrivacyMessage.allCases.map { $0 }),
    ]
}
