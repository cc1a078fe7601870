import Foundation
import SanaCrypto
import SanaStore

/// A roster's bytes (a file, a pipe, a zip entry) read once, in chunks: fingerprinted (SHA-256 of
/// its raw bytes), its encoding detected or forced, and turned into UTF-8
/// for the CSV reader. Memory stays flat at any file size. A single-byte file's words are weighed
/// as CP1251 and as KZ-1048 to the end (`EncodingEvidence`): a line that contradicts the encoding
/// chosen from the first megabyte stops the import instead of being read wrong.
final class RosterSource {
    static let chunkSize = 1 << 20

    /// The file's name in messages.
    let path: String
    let totalBytes: Int64
    let encoding: TextEncoding
    private(set) var bytesRead: Int64 = 0
    private let input: ByteInput
    /// The SHA-256 of the bytes consumed (pipes included), on the reading thread: OpenSSL hashes
    /// at ~1.9 GB/s, so a 160 MB roster costs ~0.08 s here; a thread of its own no longer paid.
    private var hasher = SHA256()
    private var digest: String?
    private var transcoder: UTF8Transcoder
    /// Kept while a detected single-byte encoding must stay consistent with the rest of the file.
    private var evidence: EncodingEvidence?
    private var firstChunk: [UInt8]?
    private var finished = false
    /// Reused for every read: fresh 1 MB buffers would cost a page fault per page.
    private var chunk = [UInt8](repeating: 0, count: RosterSource.chunkSize)

    convenience init(path: String, forcedEncoding: TextEncoding?, isCancelled: @escaping @Sendable () -> Bool = { false }) throws {
        try self.init(input: try FileInput(path: path, isCancelled: isCancelled), path: path, forcedEncoding: forcedEncoding)
    }

    init(input: ByteInput, path: String, forcedEncoding: TextEncoding?) throws {
        self.path = path
        self.input = input
        totalBytes = input.totalBytes
        // A pipe hands out what it has: read until a whole chunk or the end.
        var prefix = [UInt8](repeating: 0, count: RosterSource.chunkSize)
        var filled = 0
        while filled < prefix.count {
            let count = try prefix.withUnsafeMutableBytes { raw in
                try input.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if count == 0 { break }
            filled += count
        }
        prefix.removeLast(prefix.count - filled)
        hasher.update(prefix)
        let atEnd = filled < RosterSource.chunkSize
        let bom: Int
        if let forcedEncoding {
            encoding = forcedEncoding
            bom = forcedEncoding.bomLength(in: prefix)
        } else if let unicode = TextEncoding.detectUnicode(prefix, isWholeFile: atEnd) {
            (encoding, bom) = unicode
        } else {
            var evidence = EncodingEvidence()
            prefix.withUnsafeBytes { evidence.scan($0) }
            if atEnd { evidence.finish() }
            switch evidence.verdict {
            case .cp1251: encoding = .cp1251
            case .kz1048: encoding = .kz1048
            case .unclear: throw RosterSource.unclear(path, evidence)
            }
            bom = 0
            if !atEnd { self.evidence = evidence }
        }
        bytesRead = Int64(prefix.count)
        transcoder = UTF8Transcoder(encoding: encoding)
        var first: [UInt8] = []
        prefix.withUnsafeBytes { raw in
            transcoder.transcode(UnsafeRawBufferPointer(rebasing: raw[bom...]), into: &first)
        }
        if atEnd {
            transcoder.finish(into: &first)
            digest = SHA256.hexString(hasher.finalize())
            finished = true
        }
        firstChunk = first
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
        let count = try chunk.withUnsafeMutableBytes { raw in try input.read(into: raw) }
        if count == 0 {
            try check { $0.finish() }
            transcoder.finish(into: &buffer)
            digest = SHA256.hexString(hasher.finalize())
            finished = true
            return false
        }
        bytesRead += Int64(count)
        chunk.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[..<count])) }
        try chunk.withUnsafeBytes { raw in
            let filled = UnsafeRawBufferPointer(rebasing: raw[..<count])
            try check { $0.scan(filled) }
            transcoder.transcode(filled, into: &buffer)
        }
        return true
    }

    /// Feeds the evidence and stops when it no longer supports the encoding chosen.
    private func check(_ feed: (inout EncodingEvidence) -> Void) throws {
        guard evidence != nil else { return }
        feed(&evidence!)
        let agrees = switch evidence!.verdict {
        case .cp1251: encoding == .cp1251
        case .kz1048: encoding == .kz1048
        case .unclear: false
        }
        if !agrees { throw RosterSource.unclear(path, evidence!) }
    }

    private static func unclear(_ path: String, _ evidence: EncodingEvidence) -> RosterError {
        let (shown, more) = evidence.doubtful
        return .unclearEncoding(path: path, readings: shown, more: more)
    }

    /// Hex SHA-256 of the whole file, once it has been read to the end.
    func sha256() -> String {
        precondition(digest != nil, "the roster's digest is asked for before its end was read")
        return digest!
    }
}
