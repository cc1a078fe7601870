import Enrollment
import Testing

/// How a roster's IIN is read: what Excel does to IINs (lost leading zeros, scientific notation,
/// no-break spaces) is repaired when exactly one IIN can be meant, and named when it cannot.
@Suite struct IINRepairTests {
    @Test func theCheckDigitMessageNeverProposesADigit() {
        let problem = IIN.Problem.badCheckDigit("010101500004")
        #expect(problem.description == "IIN 010101500004 is not valid: its check digit does not match; check it against the person's ID card")
        #expect(throws: IIN.Problem.badCheckDigit("010101500004")) { try IIN.read("010101500004") }
    }

    @Test func twoOrThreeLostLeadingZerosAreRestored() throws {
        // Born 15 January 2000: three leading zeros, which Excel drops.
        let nine = try IIN.read("115500008")
        #expect(nine.iin.digits == "000115500008")
        #expect(nine.repair == .leadingZeros(given: "115500008", zeros: 3))
        let ten = try IIN.read("1015500007")
        #expect(ten.iin.digits == "001015500007")
        #expect(ten.repair == .leadingZeros(given: "1015500007", zeros: 2))
        #expect(try IIN.read("10101500003").repair == .leadingZeros(given: "10101500003", zeros: 1))
        #expect(try IIN.read("010101500003").repair == nil)
    }

    @Test func lostZerosThatGiveNoValidIINAreExplained() {
        #expect(throws: IIN.Problem.lostLeadingZeros("1015500008")) { try IIN.read("1015500008") }
        #expect(IIN.Problem.lostLeadingZeros("1015500008").description
            == "IIN 1015500008 has 10 digits and is not valid with its leading zeros restored either: Excel drops leading zeros when the column is a number; format it as Text and check the IIN against the person's ID card")
        // Eight digits are too few to be an IIN that lost zeros.
        #expect(throws: IIN.Problem.wrongLength("15500008")) { try IIN.read("15500008") }
    }

    @Test func scientificNotationIsNamed() {
        for value in ["4.20101E+11", "4,20101E+11", "4.2E11"] {
            #expect(throws: IIN.Problem.scientificNotation(value)) { try IIN.read(value) }
        }
        #expect(IIN.Problem.scientificNotation("4,20101E+11").description
            == "IIN '4,20101E+11' is in Excel's scientific notation: its last digits are lost; format the IIN column as Text in Excel and export the file again")
    }

    @Test func spacesInsideAnIINAreRemovedWhenTheDigitsAreValid() throws {
        let reading = try IIN.read("010101\u{A0}500003")
        #expect(reading.iin.digits == "010101500003")
        #expect(reading.repair == .spaces(given: "010101\u{A0}500003", kinds: [.noBreak]))
        #expect(try IIN.read("0101 0150 0003").repair == .spaces(given: "0101 0150 0003", kinds: [.space]))
        #expect(throws: IIN.Problem.spaces("010101\u{202F}500004", kinds: [.narrowNoBreak])) { try IIN.read("010101\u{202F}500004") }
        #expect(IIN.Problem.spaces("010101\u{202F}500004", kinds: [.narrowNoBreak]).description
            == "IIN '010101\u{202F}500004' contains a narrow no-break space (U+202F) between its digits and is not valid without them; check it against the person's ID card")
    }

    @Test func universityNamesSuggestTheClosestOnes() {
        let names = InstitutionNames(["Әл-Фараби атындағы ҚазҰУ", "Satbayev University", "КазНУ им. аль-Фараби", "SDU University"])
        #expect(names.suggestions(for: "Сатбаев University") == ["Satbayev University"])
        #expect(names.suggestions(for: "satbayev universty") == ["Satbayev University"])
        #expect(names.suggestions(for: "КАЗНУ им. аль Фараби") == ["КазНУ им. аль-Фараби"])
        #expect(names.suggestions(for: "Казну им аль-Фараби") == ["КазНУ им. аль-Фараби"])
        #expect(names.suggestions(for: "Әл-Фараби атындағы КазУУ") == ["Әл-Фараби атындағы ҚазҰУ"])
        #expect(names.suggestions(for: "sdu university") == [])  // the same university
        #expect(names.suggestions(for: "Astana IT University") == [])
    }
}
