import Foundation

/// A byte-order mark inside a roster, where only a file's very start may have one: left there when
/// files were joined (`cat a.csv b.csv`) or saved twice with one. In a UTF-8 file it is U+FEFF; a
/// file read as CP1251 or KZ-1048 shows its three bytes as `п»ї` or `п»ү`.
enum ByteOrderMark {
    static let forms: [[UInt8]] = [[0xEF, 0xBB, 0xBF], Array("п»ї".utf8), Array("п»ү".utf8)]

    /// Where the first mark is in `bytes` (UTF-8), or nil.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // The rare bytes first: 0xEF starts U+FEFF, 0xC2 0xBB is the '»' of the misread forms.
        for (lead, offset) in [(UInt8(0xEF), 0), (UInt8(0xC2), 2)] {
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(lead), bytes.count - from) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - offset
                for form in forms where form[offset] == lead && at >= 0 && at + form.count <= bytes.count
                    && form.indices.allSatisfy({ bytes[at + $0] == form[$0] }) {
                    return at..<(at + form.count)
                }
                from = at + offset + 1
            }
        }
        return nil
    }

    static func find(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { find(in: $0) }
    }

    /// `text` without its marks, to show the value as the admin sees it.
    static func removed(from text: String) -> String {
        text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "п»ї", with: "").replacingOccurrences(of: "п»ү", with: "")
    }
}
