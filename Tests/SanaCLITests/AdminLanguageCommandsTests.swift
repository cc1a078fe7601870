import Foundation
import GRDB
import SanaTestSupport
import Testing

/// Issue 14, case 9: `init`, `db ...`, `course ...` and `cert ...` and their errors in the admin's
/// language (`--lang`, else `$LANG`, else English), times in the store's zone with the zone named.
/// The binary's environment is minimal, so without either the messages are English, as before.
@Suite struct AdminLanguageCommandsTests {
    let sana = SanaBinary.built
    static let russian = ["LANG": "ru_RU.UTF-8"]
    static let kazakh = ["LANG": "kk_KZ.UTF-8"]

    static let schemaFiles = StoreCommandsTests.schemaFiles

    // MARK: errors

    @Test func aDomainErrorInKazakhAndRussianWithTheStablePrefix() throws {
        let work = TemporaryFolder()
        let db = work.file("none.db")
        let kk = try sana.run(["db", "status", "--db", db, "--lang", "kk"])
        #expect(kk.status == 1)
        #expect(kk.stderr == "sana: error: \(db) жолында sana дерекқоры жоқ: оны 'sana init --db \(db)' командасымен жасаңыз\n")
        let ru = try sana.run(["course", "list", "--db", db], environment: Self.russian)
        #expect(ru.status == 1)
        #expect(ru.stderr == "sana: error: хранилища sana по пути \(db) нет: создайте его командой 'sana init --db \(db)'\n")
        // English stays word for word what it was.
        let en = try sana.run(["course", "list", "--db", db])
        #expect(en.stderr == "sana: error: no sana store at \(db): run 'sana init --db \(db)' to create one\n")
        // --lang wins over $LANG.
        let chosen = try sana.run(["course", "list", "--db", db, "--lang", "en"], environment: Self.kazakh)
        #expect(chosen.stderr == en.stderr)
    }

    @Test func errorsOfCommandsWhoseLangIsTheContentsSpeakThatLanguage() throws {
        let (work, db) = try CertCommandsTests.prepared()
        defer { withExtendedLifetime(work) {} }
        let gift = try sana.run(["course", "export-gift", "nope", "what-is-ai", "--db", db, "--lang", "kk"])
        #expect(gift.status == 1)
        #expect(gift.stderr == "sana: error: дерекқорда nope курсы жоқ: оны 'sana course import' командасымен импорттаңыз\n")
        let show = try sana.run(["cert", "show", "ABCD-EFGH-JKMN-PQRS-T", "--db", db, "--lang", "ru"])
        #expect(show.status == 1)
        #expect(show.stderr == "sana: error: «ABCD-EFGH-JKMN-PQRS-T» — не код сертификата: не сходится контрольный символ\n")
    }

    @Test func usageErrorsStayArgumentParsersWithExit64() throws {
        let missing = try sana.run(["cert", "verify", "--lang", "ru"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '<file> ...'"))
        let help = try sana.run(["db", "check", "--help"], environment: Self.russian)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--lang <kk|ru|en>"))
        // `sana help CMD` ends by a type internal to ArgumentParser: help, exit 0, not an error.
        let helpCommand = try sana.run(["help", "db", "check"])
        #expect(helpCommand.status == 0, "\(helpCommand.stderr)")
        #expect(helpCommand.stdout.contains("--lang <kk|ru|en>"))
        #expect(helpCommand.stderr.isEmpty)
    }

    // MARK: init and db

    @Test func initAndDbCommandsInKazakhAndRussian() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        let version = Int(Self.schemaFiles.last!.prefix { $0.isNumber })!
        let created = try sana.run(["init", "--db", db, "--lang", "ru"])
        #expect(created.stdout == "хранилище \(db): применены \(Self.schemaFiles.joined(separator: ", "))\nверсия схемы \(version)\n")
        let again = try sana.run(["init", "--db", db], environment: Self.kazakh)
        #expect(again.stdout == "\(db) дерекқоры жаңартылған күйде\nсхема нұсқасы: \(version)\n")
        let check = try sana.run(["db", "check", "--db", db, "--lang", "kk"])
        #expect(check.stdout == "\(db) дерекқоры: тұтастығы дұрыс, сыртқы кілттері дұрыс\n")
        let zone = try sana.run(["db", "time-zone", "--db", db, "--lang", "kk"])
        #expect(zone.stdout == "Asia/Almaty (UTC+5), әдепкі белдеу\n")
        let set = try sana.run(["db", "time-zone", "Europe/Moscow", "--db", db], environment: Self.russian)
        #expect(set.stdout == "теперь учащиеся видят время в поясе Europe/Moscow (UTC+3)\n")
        let backup = try sana.run(["db", "backup", "--db", db, "copy.db", "--lang", "ru"], in: work.path)
        let size = try FileManager.default.attributesOfItem(atPath: work.file("copy.db"))[.size] as? Int ?? 0
        #expect(backup.stdout == """
            резервная копия \(db) записана в \(work.file("copy.db")) (\(size / 1024) KB)
            ключей подписи в копии нет: они остаются в \(work.file("keys"))

            """)
    }

    @Test func dbCheckFindingsInRussian() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        var unchecked = Configuration()
        unchecked.foreignKeysEnabled = false
        try DatabaseQueue(path: db, configuration: unchecked).write { db in
            try db.execute(sql: "INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, updated_at) VALUES (99, 'ghost', 'active', 'x', 'x')")
        }
        let check = try sana.run(["db", "check", "--db", db, "--lang", "ru"])
        #expect(check.status == 1)
        #expect(check.stderr.hasSuffix("sana: error: хранилище \(db) не прошло проверку\n"), "\(check.stderr)")
        #expect(check.stderr.contains("\(db): error: внешний ключ: строка 1 таблицы enrollment ссылается на отсутствующую запись"), "\(check.stderr)")
    }

    // MARK: course

    @Test func courseCommandsInRussianAndKazakh() throws {
        let work = TemporaryFolder()
        let db = work.file("s.db")
        _ = try sana.run(["init", "--db", db])
        let course = CertCommandsTests.shippedCourse
        let imported = try sana.run(["course", "import", course, "--db", db, "--lang", "ru"])
        #expect(imported.stdout.hasPrefix("импортирован курс ai-foundations, версия 1: уроков — 10, вопросов — 300, языки: kk, ru, en, "
            + "тренировочных вопросов — 94, терминов глоссария — 62 (sha256 "), "\(imported.stdout)")
        let again = try sana.run(["course", "import", course, "--db", db], environment: Self.kazakh)
        #expect(again.stdout.hasPrefix("ai-foundations өзгерген жоқ: бұл мазмұн 1 нұсқасында бар (sha256 "))
        let list = try sana.run(["course", "list", "--db", db, "--lang", "kk"])
        #expect(list.stdout == """
            курс            нұсқа  сабақтар  тілдер    атауы
            ai-foundations  1/1    10        kk ru en  Жасанды интеллект негіздері

            """)
        let english = try sana.run(["course", "list", "--db", db])
        #expect(english.stdout == """
            course          version  lessons  languages  title
            ai-foundations  1 of 1   10       kk ru en   Foundations of Artificial Intelligence

            """)
        let show = try sana.run(["course", "show", "ai-foundations", "--db", db, "--lang", "ru"])
        let lines = show.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "ai-foundations, версия 1 из 1 (текущая)")
        #expect(lines.contains("экзамен      вопросов: 30 из банков: 10; 45 мин; попыток: 3; между попытками 1440 мин; проходной балл 70%; оценивание: highest; разбор: correctness"), "\(show.stdout)")
        #expect(lines.contains("глоссарий    62 термина"))
        #expect(lines.contains { $0.hasPrefix("загружена    ") && $0.hasSuffix("(Asia/Almaty, UTC+5)") }, "the load time in the store's zone, named")
        let check = try sana.run(["course", "check", course, "--lang", "ru"])
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix("\(course): в порядке: уроков — 10, вопросов — 300 в банках: 10, языки: kk ru en, в попытке — 30, "
            + "тренировочных вопросов — 94 к урокам: 10, терминов глоссария — 62\n"), "\(check.stdout)")
        let none = try sana.run(["course", "list", "--db", work.file("empty.db")], environment: Self.russian)
        #expect(none.status == 1)
    }

    @Test func courseCheckFailureInKazakh() throws {
        let work = TemporaryFolder()
        let result = try sana.run(["course", "check", work.path, "--lang", "kk"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("sana: error: \(work.path) курс пакеті тексеруден өтпеді\n"), "\(result.stderr)")
    }

    // MARK: cert

    @Test func certCommandsInRussianAndKazakh() throws {
        let (work, db) = try CertCommandsTests.prepared()
        let issuer = try sana.run(["cert", "issuer", "--db", db, "--lang", "kk"])
        #expect(issuer.stdout == """
            беруші: AI-Sana <https://aisana.example.kz>
            мәртебе тізімі: https://aisana.example.kz/credentials/status/revocation
            тексеру беті: https://aisana.example.kz/index.html (беруші URL + /index.html, sana cert publish бетті сонда қояды; --verify-url арқылы өзгертіледі)

            """)
        let issue = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--learner", CertCommandsTests.iin, "--lang", "ru"], in: work.path)
        #expect(issue.status == 0, "\(issue.stderr)")
        #expect(issue.stdout.hasSuffix("  Серікова Айгерім  ai-foundations v1  балл 86\nвыдан 1 сертификат по курсу ai-foundations\n"), "\(issue.stdout)")
        let nothing = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible"], environment: Self.kazakh)
        #expect(nothing.stdout == "беретін ештеңе жоқ: ai-foundations курсын тапсырғандардың бәрінде сертификат бар\n")

        let keys = try sana.run(["cert", "keys", "--db", db, "--lang", "ru"])
        let keyLines = keys.stdout.split(separator: "\n").map(String.init)
        #expect(keyLines.count == 2 && keyLines[0].hasPrefix("текущий  did:key:"))
        #expect(keyLines.last?.hasPrefix("         действует с ") == true && keyLines.last?.hasSuffix(" (Asia/Almaty, UTC+5)") == true, "\(keys.stdout)")

        let trust = try sana.run(["cert", "trust-export", "--db", db, "issuer.json", "--lang", "ru"], in: work.path)
        #expect(trust.stdout == "записан \(work.file("issuer.json")): 1 ключ\n")
        let status = try sana.run(["cert", "status-list", "--db", db, "status.jwt", "--lang", "kk"], in: work.path)
        #expect(status.stdout.hasPrefix("\(work.file("status.jwt")) жазылды: https://aisana.example.kz/credentials/status/revocation, 131072 жазба, 1 сертификаттың 0 кері қайтарылған, "))
        #expect(status.stdout.hasSuffix(" (Asia/Almaty, UTC+5) дейін жарамды\n"), "\(status.stdout)")

        let code = try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT code FROM certificate") } ?? ""
        let lookup = try sana.run(["cert", "lookup", "--db", db, code, "--lang", "ru"])
        #expect(lookup.stdout.contains("\nподписанный сертификат (JWS):\n"))
        let revoke = try sana.run(["cert", "revoke", "--db", db, code, "--reason", "ошибка в ФИО", "--lang", "ru"], environment: ["USER": "registrar"])
        let revokeLines = revoke.stdout.split(separator: "\n").map(String.init)
        #expect(revokeLines.first?.hasPrefix("сертификат urn:uuid:") == true)
        #expect(revokeLines.first?.contains("(\(code)) отозван пользователем ") == true)
        #expect(revokeLines.first?.hasSuffix(" (Asia/Almaty, UTC+5): ошибка в ФИО") == true, "\(revoke.stdout)")
        #expect(revokeLines.last == "опубликуйте отзыв командой 'sana cert status-list OUT.jwt'")
        let twice = try sana.run(["cert", "revoke", "--db", db, code, "--reason", "x"], environment: Self.kazakh)
        #expect(twice.stderr.hasPrefix("sana: error: urn:uuid:") && twice.stderr.hasSuffix(" сертификаты бұрын кері қайтарылған\n"), "\(twice.stderr)")
    }

    /// What a verifier reads: the verdict and the outcome of each check in their language.
    @Test func certVerifyVerdictsInRussianAndKazakh() throws {
        let (work, db) = try CertCommandsTests.prepared()
        let issue = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--learner", CertCommandsTests.iin, "--out", "out"], in: work.path)
        #expect(issue.status == 0)
        _ = try sana.run(["cert", "trust-export", "--db", db, "issuer.json"], in: work.path)
        _ = try sana.run(["cert", "status-list", "--db", db, "status.jwt"], in: work.path)
        let valid = try sana.run(["cert", "verify", "out", "--trust", "issuer.json", "--status", "status.jwt", "--lang", "ru"], in: work.path)
        #expect(valid.status == 0)
        let lines = valid.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix(".jwt: ДЕЙСТВИТЕЛЕН") == true, "\(valid.stdout)")
        #expect(lines[1].contains(": Серікова Айгерім, «Foundations of Artificial Intelligence», балл 86%, выдан: AI-Sana, "))
        #expect(lines[1].hasSuffix(" (Asia/Almaty, UTC+5)"), "the date of issue in a named zone: \(lines[1])")
        #expect(lines.contains("  пройдена  подпись" + String(repeating: " ", count: 27 - 7) + "Ed25519 signature verifies with the key in kid"), "\(valid.stdout)")
        let brief = try sana.run(["cert", "verify", "out", "--brief"], in: work.path, environment: Self.kazakh)
        #expect(brief.status == 2)
        #expect(brief.stdout.hasSuffix(".jwt: АНЫҚТАУ МҮМКІН БОЛМАДЫ (сенімді кілт, берілгенде кілт жарамды, кері қайтарылмаған)\n"), "\(brief.stdout)")
        let english = try sana.run(["cert", "verify", "out", "--brief"], in: work.path)
        #expect(english.stdout.hasSuffix(".jwt: COULD NOT DECIDE (key trusted, key valid when issued, not revoked)\n"))
        let empty = work.file("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let none = try sana.run(["cert", "verify", empty, "--lang", "ru"])
        #expect(none.status == 2)
        #expect(none.stderr == "sana: error: в \(empty) не найдено сертификатов: ожидаются файлы .jwt или .jws\n")
    }

    @Test func keyLifecycleInKazakh() throws {
        let (work, db) = try CertCommandsTests.prepared()
        _ = try sana.run(["cert", "issue", "--db", db, "--course", "ai-foundations", "--all-eligible"], in: work.path)
        let rotate = try sana.run(["cert", "rotate", "--db", db, "--lang", "kk"])
        #expect(rotate.status == 0, "\(rotate.stderr)")
        let rotated = rotate.stdout.split(separator: "\n").map(String.init)
        #expect(rotated.first?.hasPrefix("did:key:") == true && rotated.first?.contains(" кілті қолданыстан шығарылды (") == true, "\(rotate.stdout)")
        #expect(rotated.last?.hasPrefix("жаңа did:key:") == true && rotated.last?.hasSuffix(" кілті \(work.file("data/keys/signing-key.pem")) файлында") == true, "\(rotate.stdout)")
        let kid = try DatabaseQueue(path: db).read { try String.fetchOne($0, sql: "SELECT kid FROM signing_key WHERE not_after IS NOT NULL") } ?? ""
        let compromise = try sana.run(["cert", "compromise", "--db", db, kid, "--lang", "kk"])
        #expect(compromise.status == 0, "\(compromise.stderr)")
        #expect(compromise.stdout.hasPrefix("\(kid) кілті 20"), "\(compromise.stdout)")
        #expect(compromise.stdout.contains(" (Asia/Almaty, UTC+5) бастап әшкереленген деп белгіленді\n"))
        let reissue = try sana.run(["cert", "reissue", "--db", db, kid, "--lang", "kk"])
        #expect(reissue.stdout.hasSuffix(" кілтімен 1 сертификат қайта берілді\n"), "\(reissue.stdout) \(reissue.stderr)")
        let publish = try sana.run(["cert", "publish", "--db", db, work.file("site"), "--lang", "ru"])
        #expect(publish.status == 0, "\(publish.stderr)")
        #expect(publish.stdout.hasPrefix("опубликовано в \(work.file("site")): сертификатов — 1 (записано 1, без изменений 0), других файлов — "), "\(publish.stdout)")
        #expect(publish.stdout.contains("; проверяющие доверяют ему до "))
    }
}
