import Foundation
import SanaStore

/// A roster file (or pipe) read once, in chunks: fingerprinted (SHA-256 of its raw bytes, on a
/// thread of its own), its encoding detected or forced, and turned into UTF-8 for the CSV
/// reader. Memory stays flat at any file size.
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
        digest = FileDigest()
        // A pipe hands out what it has: read until a whole chunk or the end.
        var prefix = [UInt8](repeating: 0, count: RosterSource.chunkSize)
        var filled = 0
        let fd = handle.fileDescriptor
        while filled < prefix.count {
            let count = prefix.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        prefix.removeLast(prefix.count - filled)
        digest.add(prefix)
        let atEnd = filled < RosterSource.chunkSize
        let bom: Int
        if let forcedEncoding {
            encoding = forcedEncoding
            bom = forcedEncoding.bomLength(in: prefix)
        } else {
            (encoding, bom) = TextEncoding.detect(prefix, isWholeFile: atEnd)
        }
        bytesRead = Int64(prefix.count)
        transcoder = UTF8Transcoder(encoding: encoding)
        var first: [UInt8] = []
        prefix.withUnsafeBytes { raw in
            transcoder.transcode(UnsafeRawBufferPointer(rebasing: raw[bom...]), into: &first)
        }
        if atEnd {
            transcoder.finish(into: &first)
            digest.finish()
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
            digest.finish()
            finished = true
            return false
        }
        bytesRead += Int64(count)
        digest.add(Array(chunk[..<count]))
        chunk.withUnsafeBytes { raw in
            let filled = UnsafeRawBufferPointer(rebasing: raw[..<count])
            transcoder.transcode(filled, into: &buffer)
        }
        return true
    }

    /// Hex SHA-256 of the whole file.
    func sha256() -> String {
        digest.value()
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
