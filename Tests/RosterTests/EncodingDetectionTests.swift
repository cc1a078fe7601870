import Foundation
@testable import Roster
import SanaTestSupport
import Testing

/// CP1251 or KZ-1048: chosen on evidence only, never by a guess that rewrites letters silently
/// (issue 10: Uzbek `ў` was stored as `ұ`, Ukrainian `є ї ґ` as `ғ ү ө`).
@Suite struct EncodingDetectionTests {
    static let uzbek = ["Бахтиёр", "Сардор", "ўгли", "Тўхтаев", "Ўткир", "Ўктам", "Шўхрат", "Мўминов", "Бўрибоев", "Хўжаев"]
    static let ukrainian = ["Шевченко", "Євген", "Олексіївна", "Сергієнко", "Ґонта", "Київ", "Віталіївна", "Євгенія", "Ґалаґан", "Андріївна"]
    static let russian = ["Иванова", "Мария", "Сергеевна", "Артём", "Алёна", "Кузнецов", "Щукин", "Подъячев", "Эльвира", "Юрьевич"]
    static let kazakh = [
        "Әбілқасымов", "Нұрланов", "Сейітқали", "Жұмабаев", "Қайратов", "Төлеуов", "Ғабитов", "Өмірзақов", "Құрманғали", "Серікбаев",
        "Бекмұханов", "Мұқанов", "Әуезов", "Тұрсынов", "Нұрсұлтан", "Әлихан", "Ерұлан", "Дәурен", "Қанат", "Ғалым", "Мұхтар",
        "Әйгерім", "Аружан", "Гүлназ", "Жансая", "Айгүл", "Мөлдір", "Назерке", "Ұлжан", "Інжу", "Серікұлы", "Болатұлы",
        "Нұрланұлы", "Қайратұлы", "Серікқызы", "Нұрланқызы", "Мұсаұлы", "Сәуле", "Күләш", "Гүлнұр", "Үкібай", "Еңлік", "Жаңбыршы",
        "Құнанбайұлы", "Байтұрсынұлы", "Ақерке", "Шәкәрім", "Жүсіпбек", "Бөкейханов", "Мағжан",
    ]

    /// Text in KZ-1048, from sana's own table (Foundation has no KZ-1048).
    static func kz1048(_ text: String) -> [UInt8] {
        var bytes: [UInt32: UInt8] = [:]
        for (index, unit) in CodePageTable.kz1048.enumerated() { bytes[UInt32(unit)] = UInt8(0x80 + index) }
        return text.unicodeScalars.map { $0.isASCII ? UInt8($0.value) : bytes[$0.value]! }
    }

    static func cp1251(_ text: String) -> [UInt8] {
        Array(text.data(using: .windowsCP1251)!)
    }

    /// A roster of `names` taken three at a time as last, first and middle name.
    static func roster(_ names: [String]) -> String {
        var text = "iin,last_name,first_name,middle_name\n"
        for (row, start) in stride(from: 0, to: names.count, by: 3).enumerated() {
            let three = (names[start..<min(start + 3, names.count)] + ["Х", "Х"]).prefix(3)
            text += "\(RosterText.iin(row + 1)),\(three.joined(separator: ","))\n"
        }
        return text
    }

    func stored(_ fixture: RosterFixture) throws -> [String] {
        try fixture.store.read { db in
            try String.fetchAll(db, sql: "SELECT last_name || ',' || first_name || ',' || middle_name FROM learner ORDER BY iin")
        }
    }

    func expected(_ names: [String]) -> [String] {
        Self.roster(names).split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst().joined(separator: ",") }
            .sorted { a, b in a < b }
    }

    @Test func uzbekNamesInCP1251KeepTheirLetters() throws {
        let fixture = try RosterFixture()
        let summary = try fixture.run(try fixture.file("uz.csv", bytes: Self.cp1251(Self.roster(Self.uzbek))))
        #expect(summary.encoding == .cp1251)
        #expect(try fixture.value("SELECT middle_name FROM learner WHERE last_name = 'Бахтиёр'") == "ўгли")
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE last_name || first_name || middle_name GLOB '*[ұҰ]*'") == 0)
    }

    @Test func ukrainianNamesInCP1251KeepTheirLetters() throws {
        let fixture = try RosterFixture()
        let summary = try fixture.run(try fixture.file("ua.csv", bytes: Self.cp1251(Self.roster(Self.ukrainian))))
        #expect(summary.encoding == .cp1251)
        #expect(try fixture.value("SELECT first_name || ' ' || middle_name FROM learner WHERE last_name = 'Шевченко'") == "Євген Олексіївна")
        #expect(try fixture.value("SELECT first_name FROM learner WHERE middle_name = 'Київ'") == "Ґонта")
    }

    @Test func russianNamesInEitherCodePageReadTheSame() throws {
        for bytes in [Self.cp1251(Self.roster(Self.russian)), Self.kz1048(Self.roster(Self.russian))] {
            let fixture = try RosterFixture()
            let summary = try fixture.run(try fixture.file("ru.csv", bytes: bytes))
            #expect(summary.encoding == .cp1251)
            #expect(try stored(fixture).sorted() == expected(Self.russian).sorted())
        }
    }

    @Test func kazakhNamesInKZ1048AreReadAsKazakh() throws {
        let fixture = try RosterFixture()
        let summary = try fixture.run(try fixture.file("kz.csv", bytes: Self.kz1048(Self.roster(Self.kazakh))))
        #expect(summary.encoding == .kz1048)
        #expect(try stored(fixture).sorted() == expected(Self.kazakh).sorted())
    }

    @Test func everyNameInUTF8IsReadAsItIs() throws {
        let all = Self.uzbek + Self.ukrainian + Self.russian + Self.kazakh
        let fixture = try RosterFixture()
        let summary = try fixture.run(try fixture.file("all.csv", Self.roster(all)))
        #expect(summary.encoding == .utf8)
        #expect(try stored(fixture).sorted() == expected(all).sorted())
    }

    @Test func whenBothReadingsArePlausibleTheImportStopsAndAsks() throws {
        // Names with ў only where Kazakh has ұ too: either code page could be meant.
        let uzbek = "iin,last_name,first_name,middle_name\n\(SampleIIN.a),Тўхтаев,Ўткир,Шўхратович\n\(SampleIIN.b),Мўминов,Ўлмас,Бахтиёрович\n"
        let fixture = try RosterFixture()
        let before = try fixture.snapshot()
        let path = try fixture.file("uz.csv", bytes: Self.cp1251(uzbek))
        #expect(throws: RosterError.self) { try fixture.run(path) }
        do {
            try fixture.run(path)
        } catch {
            #expect("\(error)" == "\(path) reads differently as CP1251 and as KZ-1048 and either could be meant (line 2: 'Тўхтаев' or 'Тұхтаев'; line 2: 'Ўткир' or 'Ұткир'; line 2: 'Шўхратович' or 'Шұхратович'; and 2 more words): nothing was imported; choose with --encoding cp1251 or --encoding kz1048")
        }
        #expect(try fixture.snapshot() == before)
        // The admin says which.
        let summary = try fixture.run(path) { $0.encoding = .cp1251 }
        #expect(summary.created == 2)
        #expect(try fixture.value("SELECT first_name FROM learner WHERE last_name = 'Тўхтаев'") == "Ўткир")

        // The same for a Kazakh file whose words CP1251 could also read.
        let kazakh = try fixture.file("kz.csv", bytes: Self.kz1048("iin,last_name,first_name,middle_name\n\(SampleIIN.c),Нұрланов,Ерлан,Болатұлы\n"))
        #expect(throws: RosterError.unclearEncoding(path: kazakh, readings: [
            EncodingReading(line: 2, cp1251: "Нўрланов", kz1048: "Нұрланов"), EncodingReading(line: 2, cp1251: "Болатўлы", kz1048: "Болатұлы"),
        ], more: 0)) { try fixture.run(kazakh) }
    }

    @Test func aLaterLineThatContradictsTheFirstMegabyteStopsTheImport() throws {
        // Russian rows (the same in both code pages) past the first megabyte, then Kazakh ones.
        var text = "iin,last_name,first_name\n"
        var row = 1
        var size = text.utf8.count
        while size < (1 << 20) + 1000 {
            let line = "\(RosterText.iin(row)),Иванова,Мария\n"
            text += line
            size += line.unicodeScalars.count  // one byte a letter in a single-byte code page
            row += 1
        }
        text += "\(RosterText.iin(row)),Әбілқасымова,Әйгерім\n"
        let fixture = try RosterFixture()
        let before = try fixture.snapshot()
        let path = try fixture.file("late.csv", bytes: Self.kz1048(text))
        #expect(throws: RosterError.unclearEncoding(path: path, readings: [
            EncodingReading(line: row + 1, cp1251: "Јбілќасымова", kz1048: "Әбілқасымова"), EncodingReading(line: row + 1, cp1251: "Јйгерім", kz1048: "Әйгерім"),
        ], more: 0)) { try fixture.run(path) }
        #expect(try fixture.snapshot() == before)
        #expect(try fixture.run(path) { $0.encoding = .kz1048 }.created == row)
    }

    @Test func wordsAreWeighedByAlphabetAndShape() {
        func word(_ text: String, _ encode: (String) -> [UInt8]) -> [UInt8] { encode(text) }
        // Every Kazakh name reads as Kazakh; the ones mixing alphabets in CP1251 read as nothing else.
        for name in Self.kazakh {
            #expect(EncodingEvidence.isPlausibleKazakh(Self.kz1048(name)), "\(name)")
        }
        for name in ["Әбілқасымов", "Қайратов", "Әйгерім", "Серікқызы"] {
            #expect(!EncodingEvidence.isPlausibleCP1251(Self.kz1048(name)), "\(name)")
        }
        // Every Uzbek and Ukrainian name reads as CP1251; those with a non-Kazakh shape not as KZ-1048.
        for name in Self.uzbek + Self.ukrainian {
            #expect(EncodingEvidence.isPlausibleCP1251(Self.cp1251(name)), "\(name)")
        }
        for name in ["ўгли", "Ўктам", "Євген", "Олексіївна", "Ґонта", "Київ", "Паўлаў"] {
            #expect(!EncodingEvidence.isPlausibleKazakh(Self.cp1251(name)), "\(name)")
        }
    }
}
