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

/// One time type: the fast path for credentials' compact instants and the general parser agree
/// (the compact one once read 31 February as 3 March).
@Suite struct TimestampSecondsTests {
    @Test func impossibleDatesAreRefusedByEveryPath() {
        #expect(Timestamp.seconds(from: "2026-02-31T00:00:00Z") == nil)
        #expect(Timestamp.seconds(from: "2026-02-31 00:00:00.000") == nil)
        #expect(Timestamp.seconds(from: "2026-04-31T10:00:00Z") == nil)
        #expect(Timestamp.seconds(from: "2027-02-29T10:00:00Z") == nil)
        #expect(Timestamp.seconds(from: "2028-02-29T10:00:00Z") == Timestamp.seconds(from: "2028-02-29 10:00:00.000"))
        #expect(Timestamp.seconds(from: "2100-02-29T00:00:00Z") == nil)
        #expect(Timestamp.seconds(from: "2000-02-29T00:00:00Z") == 951_782_400)
    }

    @Test func isoAndStoreTextRoundTrip() {
        let seconds: Int64 = 1_795_000_000
        #expect(Timestamp.iso(seconds: seconds) == "2026-11-18T11:06:40Z")
        #expect(Timestamp.string(seconds: seconds) == "2026-11-18 11:06:40.000")
        #expect(Timestamp.seconds(from: Timestamp.iso(seconds: seconds)) == seconds)
        #expect(Timestamp.seconds(from: Timestamp.string(seconds: seconds)) == seconds)
    }
}

@Suite struct TimestampRangeTests {
    /// A forged certificate's nbf of -2^63 seconds once trapped `sana cert verify` (found by the fuzzer).
    @Test func datesBeyondTheYearsAreWrittenAsTheNearestEnd() {
        #expect(Timestamp.iso(seconds: Int64.min) == "0001-01-01T00:00:00Z")
        #expect(Timestamp.iso(seconds: Int64.max) == "9999-12-31T23:59:59Z")
    }
}
