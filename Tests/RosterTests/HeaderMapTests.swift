import Roster
import Testing

@Suite struct HeaderMapTests {
    @Test(arguments: [
        ["iin", "last_name", "first_name", "middle_name", "email", "university", "faculty", "group", "course"],
        ["ИИН", "Фамилия", "Имя", "Отчество", "Эл. почта", "ВУЗ", "Факультет", "Группа", "Course_Code"],
        ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Электрондық пошта", "ЖОО", "Факультет", "Топ", "course"],
        [" IIN ", "Last Name", "FIRST_NAME", "Middle-Name", "E-mail", "Institution", "faculty", "Study Group", "course id"],
    ])
    func aliasesInThreeLanguages(_ headers: [String]) throws {
        let map = try HeaderMap(headers: headers, path: "r.csv")
        let expected: [RosterField] = [.iin, .lastName, .firstName, .middleName, .email, .university, .faculty, .group, .course]
        #expect(expected.map { map.columns[$0] } == Array(0..<9))
        #expect(map.unknown.isEmpty)
    }

    @Test func fullNameColumnAndUnknownColumns() throws {
        let map = try HeaderMap(headers: ["ФИО", "ИИН", "Телефон", "Примечание"], path: "r.csv")
        #expect(map.columns[.fullName] == 0)
        #expect(map.unknown == ["Телефон", "Примечание"])
    }

    @Test func mapOverridesAndErrors() throws {
        let map = try HeaderMap(headers: ["Номер", "Фамилия", "Имя"], overrides: ["Номер": .iin], path: "r.csv")
        #expect(map.columns[.iin] == 0)
        #expect(throws: RosterError.missingColumn(path: "r.csv", field: "iin", looked: ["iin", "ИИН", "ЖСН"])) {
            try HeaderMap(headers: ["Номер", "Фамилия", "Имя"], path: "r.csv")
        }
        #expect(RosterError.missingColumn(path: "r.csv", field: "iin", looked: ["iin", "ИИН", "ЖСН"]).description
            == "r.csv has no iin column (looked for iin, ИИН, ЖСН): name it with --map COLUMN=iin")
        #expect(throws: RosterError.mapUnknownColumn(path: "r.csv", column: "Nope")) {
            try HeaderMap(headers: ["iin", "Фамилия", "Имя"], overrides: ["Nope": .email], path: "r.csv")
        }
        #expect(throws: RosterError.duplicateColumn(path: "r.csv", field: "iin", columns: ["ИИН", "IIN"])) {
            try HeaderMap(headers: ["ИИН", "IIN", "Фамилия", "Имя"], path: "r.csv")
        }
        #expect(try HeaderMap.mapping("Код студента=iin") == ("Код студента", .iin))
        #expect(throws: RosterError.badMapping("x=shoe_size")) { try HeaderMap.mapping("x=shoe_size") }
    }
}
