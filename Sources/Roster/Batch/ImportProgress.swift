/// How far an import has read, for a progress bar.
package struct ImportProgress: Sendable {
    package let bytesRead: Int64
    package let totalBytes: Int64
    package let rows: Int
}
