import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Row diagnostics in the admin's language, single-name learners end to end, and
/// `sana institution ...`, through the built binary.
@Suite struct RowDiagnosticsCommandsTests {
    let sana = SanaBinary.built

    func store() throws -> (TemporaryFolder, String) {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        #expect(try sana.run(["init", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', '2026-01-01 00:00:00.000')")
        }
        return (work, db)
    }

    @Test func rowProblemsAreInRussianOnScreenAndInTheRejectsFile() throws {
        let (work, db) = try store()
        try work.write("r.csv", "ИИН;Фамилия;Имя;Эл. почта\n010101500004;;Дана;x@\n115500008;Ахметова;Дана;\n\(RosterText.iin(1));Ким;Анна;\n")
        let result = try sana.run(
            ["roster", "import", "--db", db, "r.csv", "--institution", "SDU University", "--course", "ai-foundations", "--rejects", "rejects.csv"],
            in: work.path, environment: ["LANG": "ru_RU.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stderr == """
            r.csv:2: error: ИИН 010101500004 недействителен: контрольная цифра не совпадает; сверьте его с удостоверением личности человека; фамилия: значение не указано; адрес эл. почты «x@» недействителен
            r.csv:3: warning: ИИН 115500008 (9 цифр): восстановлены 3 ведущих нуля, которые отбросил Excel (000115500008)

            """)
        let rejects = try String(contentsOfFile: work.file("rejects.csv"), encoding: .utf8)
        #expect(rejects.hasSuffix(";2;\"ИИН 010101500004 недействителен: контрольная цифра не совпадает; сверьте его с удостоверением личности человека; фамилия: значение не указано; адрес эл. почты «x@» недействителен\"\r\n"))
    }

    @Test func rowProblemsAreInKazakhAndEnglish() throws {
        let (work, db) = try store()
        try work.write("r.csv", "iin,last_name,first_name\n4.20101E+11,Ким,Анна\n")
        let arguments = ["roster", "import", "--db", db, "r.csv", "--institution", "SDU University", "--course", "ai-foundations"]
        let kk = try sana.run(arguments, in: work.path, environment: ["LANG": "kk_KZ.UTF-8"])
        #expect(kk.status == 1)
        #expect(kk.stderr.hasPrefix("r.csv:2: error: ЖСН «4.20101E+11» Excel-дің экспоненциалдық пішімінде жазылған: соңғы цифрлары жоғалған; Excel-де ЖСН бағанына «Мәтін» пішімін беріп, файлды қайта экспорттаңыз\n"))
        let en = try sana.run(arguments, in: work.path)
        #expect(en.stderr.hasPrefix("r.csv:2: error: IIN '4.20101E+11' is in Excel's scientific notation: its last digits are lost; format the IIN column as Text in Excel and export the file again\n"))
    }

    @Test func aSingleNameLearnerIsImportedAndShown() throws {
        let (work, db) = try store()
        try work.write("r.csv", "ИИН;ФИО\n\(RosterText.iin(1));Мадонна\n")
        let imported = try sana.run(["roster", "import", "--db", db, "r.csv", "--institution", "SDU University", "--course", "ai-foundations"], in: work.path)
        #expect(imported.status == 0)
        #expect(imported.stderr == "")
        let shown = try sana.run(["learner", "show", "--db", db, RosterText.iin(1)])
        #expect(shown.stdout.hasPrefix("\(RosterText.iin(1))  Мадонна\n"))
        let json = try sana.run(["learner", "show", "--db", db, RosterText.iin(1), "--json"])
        #expect(json.stdout.contains("\"last_name\" : \"Мадонна\""))
        #expect(json.stdout.contains("\"first_name\" : \"—\""))
    }

    @Test func learnerAddTakesOneNameAndRepairsLostZeros() throws {
        let (work, db) = try store()
        defer { withExtendedLifetime(work) {} }
        let added = try sana.run(["learner", "add", "--db", db, "--iin", "1015500007", "--last-name", "Мадонна", "--first-name", "-"])
        #expect(added.status == 0)
        #expect(added.stderr == "sana: warning: IIN 1015500007 has 10 digits: restored the 2 leading zeros Excel dropped (001015500007)\n")
        #expect(added.stdout == "added 001015500007 Мадонна\n")
    }

    @Test func institutionsAreListedRenamedAndMerged() throws {
        let (work, db) = try store()
        try work.write("r.csv", "iin,last_name,first_name,university\n\(RosterText.iin(1)),Ким,Анна,Satbayev University\n\(RosterText.iin(2)),Ли,Ия,Satbaev Universty\n\(RosterText.iin(3)),Ан,Ия,Satbayev University\n")
        #expect(try sana.run(["roster", "import", "--db", db, "r.csv", "--course", "ai-foundations"], in: work.path).status == 0)
        let list = try sana.run(["institution", "list", "--db", db, "--lang", "ru"])
        #expect(list.stdout == """
            учащиеся  потоки  вуз
                   1       0  Satbaev Universty
                   2       0  Satbayev University

            """)
        let unknown = try sana.run(["learner", "list", "--db", db, "--institution", "Satbayev Univ"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "sana: error: no university named 'Satbayev Univ' in the store: did you mean 'Satbayev University'?\n")
        let merged = try sana.run(["institution", "merge", "--db", db, "satbayev university", "Satbaev Universty", "--json"])
        #expect(merged.status == 0)
        #expect(merged.stdout.contains("\"learners_moved\" : 1"))
        let same = try sana.run(["institution", "merge", "--db", db, "Satbayev University", "SATBAYEV UNIVERSITY"])
        #expect(same.stderr == "sana: error: 'Satbayev University' names the same university twice: name two different ones\n")
        let renamed = try sana.run(["institution", "rename", "--db", db, "Satbayev University", "Satbayev University (SU)"])
        #expect(renamed.stdout == "renamed 'Satbayev University' to 'Satbayev University (SU)' (3 learners)\n")
        let list2 = try sana.run(["institution", "list", "--db", db, "--json"])
        #expect(list2.stdout.contains("\"name\" : \"Satbayev University (SU)\""))
        #expect(list2.stdout.contains("\"learners\" : 3"))
        let audit = try DatabaseQueue(path: db).read { try String.fetchAll($0, sql: "SELECT action || ' ' || actor FROM audit_log WHERE action LIKE 'institution.%' ORDER BY id") }
        #expect(audit.count == 2)
        #expect(audit.first?.hasPrefix("institution.merge ") == true)
    }
}
