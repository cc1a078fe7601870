import Foundation
import SanaStore

/// A roster file read in chunks: fingerprinted (SHA-256 of its raw bytes, on a thread of its own),
/// its encoding detected or forced, and turned into UTF-8 for the CSV reader. Memory stays flat
/// at any file size.
final class RosterSource {
    static let chunkSize = 1 << 20

    let path: String
    let totalBytes: Int64
    let encoding: TextEncoding
    private(set) var bytesRead: Int64 = 0
    private let handle: FileHandle
    private let digest: FileDigest
    private var transcoder: UTF8Transcoder
    private var firstChunk: [UInt8]?
    private var finished = false
    /// Reused for every read: fresh 1 MB buffers would cost a page fault per page.
    private var chunk = [UInt8](repeating: 0, count: RosterSource.chunkSize)

    init(path: String, forcedEncoding: TextEncoding?) throws(RosterError) {
        self.path = path
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory {
                throw RosterError.cannotRead(path: path, reason: "it is a folder")
            }
            totalBytes = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        } catch let error as RosterError {
            throw error
        } catch {
            throw .cannotRead(path: path, reason: RosterSource.reason(error))
        }
        digest = FileDigest(path: path)
        let prefix: [UInt8]
        do {
            prefix = Array(try handle.read(upToCount: RosterSource.chunkSize) ?? Data())
        } catch {
            throw .cannotRead(path: path, reason: RosterSource.reason(error))
        }
        let bom: Int
        if let forcedEncoding {
            encoding = forcedEncoding
            bom = forcedEncoding.bomLength(in: prefix)
        } else {
            (encoding, bom) = TextEncoding.detect(prefix, isWholeFile: Int64(prefix.count) >= totalBytes)
        }
        bytesRead = Int64(prefix.count)
        transcoder = UTF8Transcoder(encoding: encoding)
        var first: [UInt8] = []
        prefix.withUnsafeBytes { raw in
            transcoder.transcode(UnsafeRawBufferPointer(rebasing: raw[bom...]), into: &first)
        }
        if prefix.count < RosterSource.chunkSize {
            transcoder.finish(into: &first)
            finished = true
        }
        firstChunk = first
    }

    deinit {
        try? handle.close()
    }

    /// The first decoded bytes, to detect the delimiter from the header line.
    var head: ArraySlice<UInt8> {
        (firstChunk ?? [])[...]
    }

    /// Appends the next decoded bytes; false at the end of the file.
    func read(into buffer: inout [UInt8]) throws -> Bool {
        if let first = firstChunk {
            firstChunk = nil
            buffer.append(contentsOf: first)
            return true
        }
        if finished { return false }
        let count = chunk.withUnsafeMutableBytes { Foundation.read(handle.fileDescriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            throw RosterError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        if count == 0 {
            transcoder.finish(into: &buffer)
            finished = true
            return false
        }
        bytesRead += Int64(count)
        chunk.withUnsafeBytes { raw in
            let filled = UnsafeRawBufferPointer(rebasing: raw[..<count])
            transcoder.transcode(filled, into: &buffer)
        }
        return true
    }

    /// Hex SHA-256 of the whole file.
    func sha256() throws -> String {
        try digest.value()
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError || nsError.code == 4 {
            return "No such file or directory"
        }
        return nsError.localizedDescription
    }
}
