import SanaCSV
/// Records read one after another, packed into one buffer: what the reading thread hands a
/// validating one. `index` orders batches in the file.
struct RecordBatch: Sendable {
    let index: Int
    /// How far the reader had got when the batch was full (for progress).
    var bytesRead: Int64 = 0
    var totalBytes: Int64 = 0
    private(set) var storage: [UInt8] = []
    /// Each field's end in `storage`, record after record.
    private var ends: [Int32] = []
    /// Where each record's fields start in `ends`, plus one past the last.
    private var firstFields: [Int] = [0]
    private var lines: [Int] = []

    init(index: Int, capacity: Int) {
        self.index = index
        storage.reserveCapacity(capacity * 192)
        ends.reserveCapacity(capacity * 10)
        firstFields.reserveCapacity(capacity + 1)
        lines.reserveCapacity(capacity)
    }

    var count: Int { lines.count }

    mutating func append(_ record: CSVRecord) {
        let base = storage.count
        storage.append(contentsOf: record.storage)
        for end in record.ends { ends.append(Int32(base + end)) }
        firstFields.append(ends.count)
        lines.append(record.line)
    }

    /// The physical line record `row` starts on.
    func line(_ row: Int) -> Int {
        lines[row]
    }

    /// The bytes of field `column` of record `row` in `storage`; empty when the record is shorter.
    func range(_ row: Int, _ column: Int) -> Range<Int> {
        let first = firstFields[row]
        guard column < firstFields[row + 1] - first else { return 0..<0 }
        let index = first + column
        return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    /// The record's fields with invalid bytes replaced, for echoing a row back (the rejects file).
    func lossyFields(_ row: Int) -> [String] {
        (0..<(firstFields[row + 1] - firstFields[row])).map { String(decoding: storage[range(row, $0)], as: UTF8.self) }
    }
}
