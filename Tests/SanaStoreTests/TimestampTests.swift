import Foundation
import SanaStore
import Testing

@Suite struct TimestampTests {
    @Test func storeFormatAndISOInstantsRoundTrip() throws {
        let date = Date(timeIntervalSince1970: 1_795_284_813.768)
        let text = Timestamp.string(from: date)
        #expect(text == "2026-11-21 18:13:33.768")
        #expect(Timestamp.date(from: text) == date)
        #expect(Timestamp.date(from: "2026-11-21T18:13:33Z") == Date(timeIntervalSince1970: 1_795_284_813))
    }

    @Test(arguments: ["2026-01-01 Z", "2026-11-21T.", "2026-13-01 00:00:00", "2026-02-31 00:00:00", "2026-01-01 25:00:00", "yesterday", ""])
    func malformedTextIsNilNotACrash(_ text: String) {
        #expect(Timestamp.date(from: text) == nil)
    }
}
