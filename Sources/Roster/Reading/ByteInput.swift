/// Where a roster's raw bytes come from: a file, a pipe or a device (`FileInput`), or an entry
/// of a zip read in process (`ZipEntryInput`). Read by one thread at a time.
protocol ByteInput: AnyObject {
    /// The size when known beforehand (for progress), else 0.
    var totalBytes: Int64 { get }
    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
