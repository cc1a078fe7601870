// libFuzzer harness: the CSV reader and writer (see README.md). Compiled with Sources/SanaCSV/*.swift;
// AtomicFile is stubbed (the real one is the store's, and files are not fuzzed here).
final class AtomicFile {
    enum Existing { case refuse, replace }
    init(path: String, mode: UInt32, existing: Existing) throws {}
    func write(_ bytes: [UInt8]) throws {}
    func sync() throws {}
    func commit() throws {}
    func discard() {}
}

func records(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, chunk: Int) -> ([[[UInt8]]], CSVReader.Problem?) {
    var rest = bytes[...]
    var reader = CSVReader(delimiter: delimiter) { buffer in
        if rest.isEmpty { return false }
        buffer.append(contentsOf: rest.prefix(chunk))
        rest = rest.dropFirst(chunk)
        return true
    }
    var out: [[[UInt8]]] = []
    var record = CSVRecord()
    do {
        while try reader.next(into: &record) {
            out.append((0..<record.count).map { Array(record.lossyField($0).utf8) })
        }
    } catch let problem as CSVReader.Problem {
        return (out, problem)
    } catch {
        fatalError("\(error)")
    }
    return (out, nil)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let delimiter = Delimiter.detect(headerLine: bytes)
    let whole = records(bytes, delimiter: delimiter.byte, chunk: Int.max)
    let chunked = records(bytes, delimiter: delimiter.byte, chunk: 1 + size % 7)
    if whole.0 != chunked.0 || whole.1 != chunked.1 { fatalError("records depend on the chunk size") }
    guard whole.1 == nil else { return 0 }
    let fields = whole.0.map { $0.map { String(decoding: $0, as: UTF8.self) } }.filter { $0.contains { !$0.isEmpty } }
    let written = fields.map { $0.map(CSVWriter.escape).joined(separator: delimiter == .tab ? "\t" : delimiter.rawValue) + "\r\n" }.joined()
    let back = Array(written.utf8).withUnsafeBufferPointer { records($0, delimiter: delimiter.byte, chunk: Int.max) }
    let guarded = fields.map { $0.map { value in value.unicodeScalars.first.map { CSVWriter.formulaStarts.contains($0) } == true ? "'" + value : value } }
    if back.1 != nil || back.0.map({ $0.map { String(decoding: $0, as: UTF8.self) } }) != guarded {
        fatalError("round trip: \(guarded) came back as \(back)")
    }
    return 0
}
