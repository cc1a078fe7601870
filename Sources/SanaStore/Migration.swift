import SanaCrypto
/// One file of schema/: `NNNN_description.sql`, carried inside the binary.
package struct Migration: Sendable, Equatable {
    package let name: String
    package let sql: String

    package init(name: String, sql: String) {
        self.name = name
        self.sql = sql
    }

    /// The leading number of the file name: `0003_x.sql` is version 3.
    package var version: Int {
        Migration.version(of: name)
    }

    /// The leading number of a schema file's name.
    static func version(of name: String) -> Int {
        Int(name.prefix { $0.isNumber }) ?? 0
    }

    /// Hex SHA-256 of the file's bytes, recorded when applied.
    package var sha256: String {
        SHA256.hex(of: Array(sql.utf8))
    }

    /// The migrations this binary carries, in order.
    package static let all: [Migration] = EmbeddedSchema.files
        .map { Migration(name: $0.name, sql: $0.sql) }
        .sorted { $0.name < $1.name }
}
