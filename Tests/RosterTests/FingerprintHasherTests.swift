@testable import Roster
import Testing

@Suite struct FingerprintHasherTests {
    private func hash(_ values: [String?]) -> UInt64 {
        var hasher = FingerprintHasher()
        for value in values { hasher.combine(value) }
        return hasher.finalize()
    }

    @Test func equalValuesHashAlikeAndEveryDifferenceShows() {
        #expect(hash(["Әбілқасымова", "Әйгерім"]) == hash(["Әбілқасымова", "Әйгерім"]))
        // Field boundaries, NULL against empty, a change in the last (partial) word or in a full one.
        #expect(hash(["ab", "c"]) != hash(["a", "bc"]))
        #expect(hash([nil]) != hash([""]))
        #expect(hash(["12345678abc"]) != hash(["12345678abd"]))
        #expect(hash(["12345678abc"]) != hash(["02345678abc"]))
        #expect(hash(["x\u{0}"]) != hash(["x"]))
        // A thousand one-letter variants of a name all differ.
        let variants = (0..<1000).map { hash(["Иванов\($0)", "Сергей"]) }
        #expect(Set(variants).count == 1000)
    }
}
