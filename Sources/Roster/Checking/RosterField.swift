/// What a roster column means, and the header names (English, Russian, Kazakh) that mean it.
package enum RosterField: String, Sendable, Codable, CaseIterable {
    case iin
    case lastName = "last_name"
    case firstName = "first_name"
    case middleName = "middle_name"
    /// "Фамилия Имя Отчество" in one column, as many exports have it.
    case fullName = "full_name"
    case email
    case university
    case faculty
    case group
    case course
    case cohort
    case language
    /// The university's own identifier of the student (номер зачётной книжки, a student ID).
    case studentNumber = "student_number"

    /// Header spellings, compared after `RosterField.key`: case, spaces, `_`, `-` and `.` are ignored.
    static let aliases: [RosterField: [String]] = [
        .iin: ["iin", "иин", "жсн", "iin/иин", "иин/жсн"],
        .lastName: ["last_name", "lastname", "surname", "family_name", "familyname", "фамилия", "тегі", "тек"],
        .firstName: ["first_name", "firstname", "given_name", "givenname", "имя", "аты"],
        .middleName: ["middle_name", "middlename", "patronymic", "отчество", "әкесінің аты", "әкесініңаты"],
        .fullName: ["full_name", "fullname", "фио", "ф.и.о.", "аты-жөні", "толық аты-жөні"],
        .email: ["email", "e-mail", "mail", "email address", "эл. почта", "электронная почта", "почта", "электрондық пошта", "эл. пошта", "пошта"],
        .university: ["university", "institution", "вуз", "университет", "жоо", "жоғары оқу орны", "учебное заведение", "organization"],
        // At KBTU, NU and others a "school" is a faculty.
        .faculty: ["faculty", "факультет", "school", "школа", "department", "мектеп"],
        .group: ["group", "study_group", "группа", "топ", "академическая группа", "оқу тобы"],
        .course: ["course", "course_code", "course_id", "coursecode"],
        .cohort: ["cohort", "когорта", "поток", "ағын"],
        .language: ["language", "lang", "locale", "язык", "тіл", "язык обучения", "оқу тілі"],
        .studentNumber: [
            "student_number", "student_id", "student id", "student number", "номер зачетки", "номер зачётки",
            "номер зачетной книжки", "номер зачётной книжки", "№ зачетной книжки", "№ зачётной книжки", "студенческий билет",
            "сынақ кітапшасының нөмірі", "студент нөмірі",
        ],
    ]

    /// How header names are compared: lower-cased, without spaces, `_`, `-` and `.`.
    static func key(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && !"_-.".unicodeScalars.contains($0) })
    }

    static let byKey: [String: RosterField] = {
        var map: [String: RosterField] = [:]
        for (field, names) in aliases {
            for name in names { map[key(name)] = field }
        }
        return map
    }()

    /// The field a header names, if any.
    package static func named(_ header: String) -> RosterField? {
        if let exact = RosterField(rawValue: header) { return exact }
        return byKey[key(header)]
    }
}
