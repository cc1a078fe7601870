import Enrollment
@testable import Roster
import Testing

@Suite struct ValueCacheTests {
    /// More distinct values than slots, met again in another order: every answer is what
    /// `NormalizedText(utf8:)` gives, whichever value last took the slot.
    @Test func answersAreThoseOfNormalizedTextWhateverCollides() {
        var cache = ValueCache()
        let values = (0..<300).map { "Факультет \($0)" } + ["", " ИС-21 ", "ИС-21", "Ки\u{301}м", String(repeating: "ә", count: 60), "ai-foundations"]
        for value in values + values.reversed() + values.shuffled() {
            var text = value
            let cached = text.withUTF8 { cache.normalized($0) }
            #expect(cached == NormalizedText(value), "\(value)")
        }
    }
}
