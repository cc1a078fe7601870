import CSanaZlib

/// Why bytes could not be compressed or inflated.
package struct GzipError: Error, Equatable, Sendable {
    package let reason: String

    package init(_ reason: String) {
        self.reason = reason
    }
}

/// GZIP (RFC 1952) through the system zlib.
package enum Gzip {
    package static func compress(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard sana_gzip_deflate_init(&stream, Z_BEST_COMPRESSION) == Z_OK else {
            throw GzipError("deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let status: Int32 = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw GzipError("deflate returned \(status)") }
        return Array(output[0..<Int(stream.total_out)])
    }

    /// Inflates a gzip member, refusing output larger than `limit` bytes.
    package static func decompress(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard sana_gzip_inflate_init(&stream) == Z_OK else {
            throw GzipError("inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var input = input
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw GzipError("not valid gzip data (inflate returned \(status))")
                }
                output += chunk[0..<produced]
                if output.count > limit {
                    throw GzipError("more than \(limit) bytes once inflated")
                }
                if produced == 0 && status != Z_STREAM_END && stream.avail_in == 0 {
                    throw GzipError("truncated gzip data")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
