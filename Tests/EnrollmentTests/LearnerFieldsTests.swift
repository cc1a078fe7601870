import Enrollment
import Testing

@Suite struct LearnerFieldsTests {
    @Test func namesAreTrimmedFoldedAndNFC() throws {
        // "Й" decomposed (И + combining breve) becomes the single precomposed letter.
        let decomposed = "  Ахмет\u{0418}\u{0306}  \t Оглы "
        #expect(try LearnerFields.name(decomposed, field: "last name", required: true) == "Ахмет\u{0419} Оглы")
        #expect(try LearnerFields.name("Әбілқасымова", field: "last name", required: true) == "Әбілқасымова")
        #expect(try LearnerFields.name("   ", field: "middle name", required: false) == nil)
    }

    @Test func aDashAloneMarksASingleName() {
        for dash in ["-", "–", "—"] { #expect(LearnerFields.isSingleNameMarker(dash), "\(dash)") }
        for other in ["", "--", "—-", "Әл", "−", "-a", "Айгерім"] { #expect(!LearnerFields.isSingleNameMarker(other), "\(other)") }
    }

    @Test func badNamesAreRejectedWithReasons() {
        let cases: [(String, FieldProblem)] = [
            ("", .missing(field: "first name")),
            (String(repeating: "ә", count: 101), .tooLong(field: "first name", limit: 100)),
            ("Ай\u{0007}гүл", .controlCharacter(field: "first name")),
            ("Н?рлан", .lostLetters(field: "first name", value: "Н?рлан")),
        ]
        for (value, problem) in cases {
            #expect(throws: problem) { try LearnerFields.name(value, field: "first name", required: true) }
        }
        #expect(FieldProblem.lostLetters(field: "last name", value: "Н?рланов").description
            == "last name 'Н?рланов' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8")
    }

    @Test func emails() throws {
        #expect(try LearnerFields.email(" Aigerim.N@KazNU.KZ ") == "Aigerim.N@kaznu.kz")
        #expect(try LearnerFields.email("") == nil)
        for bad in ["aigerim", "a@b", "a@@b.kz", "a b@c.kz", ".a@b.kz", "a@-b.kz", "a@b.k"] {
            #expect(throws: FieldProblem.badEmail(bad)) { try LearnerFields.email(bad) }
        }
    }

    @Test func languagesByCodeOrName() throws {
        #expect(try LearnerFields.locale("Қазақша") == "kk")
        #expect(try LearnerFields.locale("русский") == "ru")
        #expect(try LearnerFields.locale("EN") == "en")
        #expect(throws: FieldProblem.badLocale("de")) { try LearnerFields.locale("de") }
    }
}
