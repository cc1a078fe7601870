import Enrollment
import Testing

/// A roster field's bytes take a fast route to its normalized value when they need nothing done;
/// these pin that both routes give the same value, scan and verdict on the values that are not
/// plain letters.
@Suite struct NormalizedTextTests {
    static let tricky: [String] = [
        "Әбілқасымова", "Ким Анна", "Ким Анна Болатұлы", "Smith", "José", "Zoë", "Straße",
        "Ким\u{A0}Анна", "Ким\u{A0}", "\u{A0}Ким",  // no-break space
        "Ки\u{301}м", "\u{418}\u{306}рина", "\u{415}\u{308}лка", "К\u{483}им",  // combining marks, decomposed Й and Ё
        "К\u{200B}им", "Ким\u{200D}", "\u{202E}Ким", "Ким\u{2060}", "Ким\u{FEFF}",  // zero-width, bidi
        "Ким\u{85}", "Ким\u{7F}", "Ким\u{AD}", "Ким\u{1}", "Ким\nАнна",
        String(repeating: "ә", count: 100), String(repeating: "ә", count: 101), String(repeating: "ә", count: 99) + " а",
        String(repeating: "a", count: 100), String(repeating: "a", count: 101), String(repeating: "ә", count: 200),
        "Ким?", "?", "\u{FFFD}Ким",
        "Ким ", " Ким", "Ким  Анна", " Ким  Анна ", "Ким\tАнна", "\tКим", "Ким\u{3000}Анна", "Ким\u{2003}", "  ", "",
        "\u{482}", "\u{48A}", "\u{52F}", "\u{530}", "\u{2FF}", "\u{300}", "ǅ", "ｋｉｍ", "🇰🇿",
        "A@B.KZ", "x@Edu.Kz", " a@b.kz ", "a@b.kz\u{A0}", "Ким@x.kz", "a..b@x.kz", "RU", " kk ", "Қазақ", "Рус",
    ]

    /// Runs `body` over the UTF-8 bytes of `text`.
    func bytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8(body)
    }

    func outcome(_ check: () throws -> String?) -> String {
        do {
            return try check() ?? "nil"
        } catch {
            return "error: \(error)"
        }
    }

    @Test func bytesAndStringsGiveTheSameValueAndScan() {
        for value in NormalizedTextTests.tricky {
            let fromBytes = bytes(value) { NormalizedText(utf8: $0) }
            let fromString = NormalizedText(value)
            #expect(fromBytes == fromString, "\(value.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(fromBytes.value == LearnerFields.normalized(value))
            #expect(fromBytes.scan == FieldScan(fromBytes.value))
        }
    }

    @Test func bytesAndStringsGetTheSameVerdict() {
        for value in NormalizedTextTests.tricky {
            let text = bytes(value) { NormalizedText(utf8: $0) }
            #expect(outcome { try LearnerFields.name(text, field: "last name", required: true) }
                == outcome { try LearnerFields.name(value, field: "last name", required: true) })
            #expect(outcome { try LearnerFields.text(text, field: "university", limit: 200, lettersOnly: true) }
                == outcome { try LearnerFields.text(value, field: "university", limit: 200, lettersOnly: true) })
            #expect(outcome { try LearnerFields.text(text, field: "group", limit: 100) }
                == outcome { try LearnerFields.text(value, field: "group", limit: 100) })
            #expect(outcome { try LearnerFields.email(text) } == outcome { try LearnerFields.email(value) })
            #expect(outcome { try LearnerFields.locale(text) } == outcome { try LearnerFields.locale(value) })
        }
    }

    @Test func trickyNamesFromBytesAsPinned() {
        let cases: [(String, String)] = [
            ("Әбілқасымова", "Әбілқасымова"),
            ("Ким\u{A0}Анна", "Ким Анна"),
            (" Ким  Анна ", "Ким Анна"),
            ("Ким\tАнна", "Ким Анна"),
            ("Ким\u{3000}Анна", "Ким Анна"),
            ("\u{418}\u{306}рина", "\u{419}рина"),
            ("\u{415}\u{308}лка", "\u{401}лка"),
            ("Ки\u{301}м", "Ки\u{301}м"),
            ("К\u{200B}им", "error: last name contains a control or invisible formatting character"),
            ("Ким\u{85}", "error: last name contains a control or invisible formatting character"),
            ("Ким\nАнна", "error: last name contains a control or invisible formatting character"),
            (String(repeating: "ә", count: 100), String(repeating: "ә", count: 100)),
            (String(repeating: "ә", count: 101), "error: last name is longer than 100 characters"),
            ("Ким?", "error: last name 'Ким?' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8"),
            ("  ", "error: last name is missing"),
        ]
        for (value, expected) in cases {
            let text = bytes(value) { NormalizedText(utf8: $0) }
            #expect(outcome { try LearnerFields.name(text, field: "last name", required: true) } == expected, "\(value)")
        }
    }

    @Test func plainLettersNeedNothingDone() {
        for value in ["Әбілқасымова", "Ким Анна Болатұлы", "Zoë", "ИС-21-4", "a@b.kz", "Ким?", "Ким\u{7F}"] {
            #expect(FieldScan(value).isNormalized, "\(value)")
        }
        #expect(FieldScan("Ким\u{A0}Анна").needsFolding)
        #expect(FieldScan("Ким  Анна").needsFolding)
        #expect(FieldScan("Ким ").needsFolding)
        #expect(FieldScan("Ким\tАнна").needsFolding && FieldScan("Ким\tАнна").hasControl)
        #expect(FieldScan("\u{418}\u{306}рина").needsNFC)
        #expect(FieldScan("К\u{483}им").needsNFC)
        #expect(FieldScan("Ким\u{200B}").hasControl && FieldScan("\u{202E}Ким").hasControl && !FieldScan("Ким\u{AD}").hasControl)
    }

    @Test func theLimitCountsScalarsNotBytes() throws {
        let hundred = String(repeating: "ә", count: 100)
        #expect(bytes(hundred) { NormalizedText(utf8: $0) }.scan.scalars == 100)
        #expect(try LearnerFields.name(bytes(hundred) { NormalizedText(utf8: $0) }, field: "first name", required: true) == hundred)
        #expect(throws: FieldProblem.tooLong(field: "first name", limit: 100)) {
            try LearnerFields.name(bytes(hundred + "ә") { NormalizedText(utf8: $0) }, field: "first name", required: true)
        }
        // Decomposed, 101 scalars compose to 100 letters: within the limit.
        let decomposed = String(repeating: "й", count: 99) + "\u{418}\u{306}"
        #expect(try LearnerFields.name(bytes(decomposed) { NormalizedText(utf8: $0) }, field: "first name", required: true)?.unicodeScalars.count == 100)
    }

    @Test func aSequenceCutShortIsAReplacementNotAnOverrun() {
        for bytes: [UInt8] in [[0xD0], [0x41, 0xE2, 0x80], [0xF0, 0x9F, 0x8E]] {
            let scan = bytes.withUnsafeBufferPointer { FieldScan(utf8: $0) }
            #expect(scan.hasReplacement && scan.bytes == bytes.count)
        }
    }

    @Test func emailDomainsAreLoweredFromBytesToo() throws {
        #expect(try LearnerFields.email(bytes("Aigerim.N@KazNU.KZ") { NormalizedText(utf8: $0) }) == "Aigerim.N@kaznu.kz")
        #expect(throws: FieldProblem.badEmail("a@b.k1")) { try LearnerFields.email(bytes("a@b.k1") { NormalizedText(utf8: $0) }) }
    }

    @Test func iinFromBytesReadsAsFromText() {
        for value in ["010101500003", " 010101500003 ", "10101500003", "010101500004", "010101700003", "011301500003", "0101015000031", "abc", "", " ", "０１０１０１５００００３"] {
            let fromBytes = bytes(value) { bytes in Result { () throws(IIN.Problem) in try IIN.read(utf8: bytes) } }
            let fromText = Result { () throws(IIN.Problem) in try IIN.read(value) }
            #expect(fromBytes == fromText, "\(value)")
        }
        let reading = try? IIN.read("010101500003")
        #expect(reading?.iin.number == 10101500003)
    }
}
