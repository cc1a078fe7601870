import SanaStore

/// One pass over a field's UTF-8 bytes that answers everything the learner rules ask of it:
/// whether `LearnerFields.normalized` would change it (white space to trim or fold, scalars NFC
/// might compose), and, of text already normalized, its control characters, length in scalars,
/// '?' and U+FFFD. The one classifier behind `LearnerFields`, whether the text arrives as a
/// `String` or as a roster file's bytes.
package struct FieldScan: Sendable, Equatable {
    /// Length in UTF-8 bytes.
    package private(set) var bytes = 0
    /// Length in Unicode scalars (as SQLite's length() counts).
    package private(set) var scalars = 0
    /// Leading, trailing, repeated or non-ASCII white space.
    package private(set) var needsFolding = false
    /// A scalar NFC might change (anything from U+0300 up but the precomposed Cyrillic letters).
    package private(set) var needsNFC = false
    package private(set) var hasControl = false
    package private(set) var hasQuestionMark = false
    package private(set) var hasReplacement = false

    /// `LearnerFields.normalized` returns such text unchanged.
    package var isNormalized: Bool { !needsFolding && !needsNFC }

    /// Scans valid UTF-8 (a `String`'s bytes, or bytes checked by the caller; a sequence cut
    /// short at the end counts as U+FFFD rather than reading past the buffer).
    package init(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        bytes = buffer.count
        let table = FieldScan.classes
        var seen: UInt8 = 0
        var previousSpace = true
        var i = 0
        let n = buffer.count
        while i < n {
            let lead = buffer[i]
            let flags: UInt8
            if lead < 0x80 {
                flags = table[Int(lead)]
                i += 1
            } else if i + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) >= n {
                // A sequence cut short (bytes that were not valid UTF-8): one replacement character.
                flags = FieldScan.classify(0xFFFD)
                i = n
            } else if lead < 0xE0 {
                flags = table[Int(UInt32(lead & 0x1F) << 6 | UInt32(buffer[i + 1] & 0x3F))]
                i += 2
            } else if lead < 0xF0 {
                flags = FieldScan.classify(UInt32(lead & 0x0F) << 12 | UInt32(buffer[i + 1] & 0x3F) << 6 | UInt32(buffer[i + 2] & 0x3F))
                i += 3
            } else {
                flags = FieldScan.classify(
                    UInt32(lead & 0x07) << 18 | UInt32(buffer[i + 1] & 0x3F) << 12 | UInt32(buffer[i + 2] & 0x3F) << 6
                        | UInt32(buffer[i + 3] & 0x3F))
                i += 4
            }
            scalars += 1
            let space = flags & FieldScan.space != 0
            if space && (previousSpace || flags & FieldScan.otherSpace != 0) { seen |= FieldScan.fold }
            previousSpace = space
            seen |= flags
        }
        if previousSpace && n > 0 { seen |= FieldScan.fold }
        needsFolding = seen & (FieldScan.fold) != 0
        needsNFC = seen & FieldScan.nfc != 0
        hasControl = seen & FieldScan.control != 0
        hasQuestionMark = seen & FieldScan.question != 0
        hasReplacement = seen & FieldScan.replacement != 0
    }

    package init(_ text: String) {
        var text = text
        self = text.withUTF8 { FieldScan(utf8: $0) }
    }

    // What a scalar is to the rules, as bit flags.
    private static let space: UInt8 = 1
    /// White space other than U+0020: always folded.
    private static let otherSpace: UInt8 = 2
    private static let nfc: UInt8 = 4
    private static let control: UInt8 = 8
    private static let question: UInt8 = 16
    private static let replacement: UInt8 = 32
    /// Not a scalar's flag: set by the scan when white space must be trimmed or folded.
    private static let fold: UInt8 = 64

    /// A scalar's flags, from the rules' own predicates.
    private static func classify(_ value: UInt32) -> UInt8 {
        var flags: UInt8 = 0
        if isSpace(value) { flags |= value == 0x20 ? space : space | otherSpace }
        if value >= 0x300 && !isComposedCyrillic(value) { flags |= nfc }
        if let scalar = Unicode.Scalar(value), scalar.isControlOrInvisible { flags |= control }
        if value == 0x3F { flags |= question }
        if value == 0xFFFD { flags |= replacement }
        return flags
    }

    /// `classify` of every scalar below U+0800 (ASCII and the 2-byte sequences: Cyrillic, Latin,
    /// the C1 controls and the no-break space), computed once from the same predicates.
    nonisolated(unsafe) private static let classes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x800)
        for value in 0..<0x800 { table[value] = classify(UInt32(value)) }
        return UnsafePointer(table)
    }()

    /// Space, tab and the other Unicode white space (the no-break space Excel likes), not line breaks:
    /// those are control characters, and rejected.
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Cyrillic letters (Russian and Kazakh) are already in NFC: no need to ask Foundation.
    static func isComposedCyrillic(_ value: UInt32) -> Bool {
        (0x0400...0x0482).contains(value) || (0x048A...0x052F).contains(value)
    }
}
