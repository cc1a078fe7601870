import Enrollment
import Testing

@Suite struct IINTests {
    @Test(arguments: ["010101500003", "980525440647", "021022691168", "990105364864"])
    func validIINsAreAccepted(_ value: String) throws {
        #expect(try IIN(value).digits == value)
    }

    @Test func secondPassCheckDigitIsUsedWhenTheFirstGivesTen() throws {
        // 0101015004 01: the first weighted sum is 10 mod 11, the second pass gives 1.
        #expect(IIN.checkDigit([0, 1, 0, 1, 0, 1, 5, 0, 0, 4, 0]) == 1)
        #expect(try IIN("010101500401").digits == "010101500401")
    }

    @Test func eachProblemHasItsOwnMessage() {
        let cases: [(String, String)] = [
            ("", "IIN is missing"),
            ("01010150000A", "IIN '01010150000A' must be 12 digits"),
            ("0101015000031", "IIN 0101015000031 must be 12 digits, not 13"),
            ("010101900003", "IIN 010101900003 has 7th digit 9: it must be 1 to 6 (century and sex)"),
            ("011301500003", "IIN 011301500003 does not start with a real birth date (YYMMDD 011301)"),
            ("010229500003", "IIN 010229500003 does not start with a real birth date (YYMMDD 010229)"),
            ("010101501200", "IIN 010101501200 can never be issued: its check digit is undefined"),
            ("010101500004", "IIN 010101500004 is not valid: its check digit does not match; check it against the person's ID card"),
        ]
        for (value, message) in cases {
            #expect(throws: IIN.Problem.self, "\(value)") { try IIN(value) }
            do {
                _ = try IIN(value)
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test func leapDayFollowsTheCenturyDigit() throws {
        // 29 February 2000 (century digit 5) exists; 29 February 1900 (digit 3) does not.
        let digits2000 = [0, 0, 0, 2, 2, 9, 5, 0, 0, 0, 0]
        let valid = digits2000.map(String.init).joined() + String(IIN.checkDigit(digits2000)!)
        #expect(try IIN(valid).digits == valid)
        let digits1900 = [0, 0, 0, 2, 2, 9, 3, 0, 0, 0, 0]
        let invalid = digits1900.map(String.init).joined() + String(IIN.checkDigit(digits1900)!)
        #expect(throws: IIN.Problem.badDate(invalid)) { try IIN(invalid) }
    }

    @Test func elevenDigitsValidWithALeadingZeroAreRepaired() throws {
        let reading = try IIN.read("10101500003")
        #expect(reading.iin.digits == "010101500003")
        #expect(reading.restoredLeadingZero)
        #expect(try IIN.read(" 010101500003 ").restoredLeadingZero == false)
        #expect(throws: IIN.Problem.lostLeadingZeros("10101500004")) { try IIN.read("10101500004") }
    }
}
