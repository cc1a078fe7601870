import Foundation

/// Text as a dictionary key by its UTF-8 bytes as written: no Unicode normalization on every
/// hash, which String's own hashing does (costly for Cyrillic). For caches of values a roster
/// repeats verbatim on every row, such as its university.
struct VerbatimKey: Hashable {
    let text: String

    static func == (left: VerbatimKey, right: VerbatimKey) -> Bool {
        var (left, right) = (left.text, right.text)
        return left.withUTF8 { a in
            right.withUTF8 { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
