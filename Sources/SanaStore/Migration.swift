import SanaCrypto
/// One file of schema/: `NNNN_description.sql`, carried inside the binary.
public struct Migration: Sendable, Equatable {
    public let name: String
    public let sql: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The leading number of the file name: `0003_x.sql` is version 3.
    public var version: Int {
        Migration.version(of: name)
    }

    /// The leading number of a schema file's name.
    static func version(of name: String) -> Int {
        Int(name.prefix { $0.isNumber }) ?? 0
    }

    /// Hex SHA-256 of the file's bytes, recorded when applied.
    public var sha256: String {
        SHA256.hex(of: Array(sql.utf8))
    }

    /// The migrations this binary carries, in order.
    public static let all: [Migration] = EmbeddedSchema.files
        .map { Migration(name: $0.name, sql: $0.sql) }
        .sorted { $0.name < $1.name }
}
