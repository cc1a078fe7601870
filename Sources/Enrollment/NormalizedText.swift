/// A field's value after `LearnerFields.normalized`, with the scan of that value the rules check.
/// Built from a `String`, or straight from a roster file's bytes: bytes that need no trimming,
/// folding or composing become the value as they are (one `String`, one pass); any others take
/// the `String` route, so both give the same value and the same scan.
package struct NormalizedText: Sendable, Equatable {
    package let value: String
    package let scan: FieldScan

    package init(_ raw: String) {
        let scan = FieldScan(raw)
        if scan.isNormalized {
            self.init(value: raw, scan: scan)
        } else {
            let value = LearnerFields.normalize(raw, scan)
            self.init(value: value, scan: FieldScan(value))
        }
    }

    private init(value: String, scan: FieldScan) {
        self.value = value
        self.scan = scan
    }

    /// `bytes` must be valid UTF-8.
    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let scan = FieldScan(utf8: bytes)
        if scan.isNormalized {
            self.init(value: String(decoding: bytes, as: UTF8.self), scan: scan)
        } else {
            self.init(String(decoding: bytes, as: UTF8.self))
        }
    }

    package var isEmpty: Bool { scan.bytes == 0 }
}
