/// How far an import has read, for a progress bar.
public struct ImportProgress: Sendable {
    public let bytesRead: Int64
    public let totalBytes: Int64
    public let rows: Int
}
