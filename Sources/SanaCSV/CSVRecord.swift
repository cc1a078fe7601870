/// One record of a CSV file: its fields' unescaped bytes, and the physical line it starts on.
package struct CSVRecord: Sendable {
    /// 1-based physical line number of the record's first line in the file.
    package internal(set) var line = 0
    package var storage: [UInt8] = []
    package var ends: [Int] = []

    package init() {
        storage.reserveCapacity(512)
        ends.reserveCapacity(32)
    }

    package init(line: Int, fields: [String]) {
        self.line = line
        for field in fields {
            storage.append(contentsOf: field.utf8)
            ends.append(storage.count)
        }
    }

    package var count: Int { ends.count }

    package mutating func reset(line: Int) {
        self.line = line
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    package func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// The field's text, or nil when its bytes are not valid UTF-8. Missing fields are empty.
    package func field(_ index: Int) -> String? {
        guard index < ends.count else { return "" }
        let range = range(index)
        if range.isEmpty { return "" }
        return storage.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range])
            return UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    /// The field's text with invalid bytes replaced, for echoing a row back (the rejects file).
    package func lossyField(_ index: Int) -> String {
        guard index < ends.count else { return "" }
        return String(decoding: storage[range(index)], as: UTF8.self)
    }

    package var lossyFields: [String] {
        (0..<count).map(lossyField)
    }

    /// True when every field is empty (a blank line, or `;;;;` that Excel leaves below the data).
    package var isBlank: Bool { storage.isEmpty }
}
