/// What can go wrong opening, migrating or copying the store.
package enum StoreError: SanaError, Equatable {
    /// SQLite's extended result codes for the constraints domain code catches instead of pre-checking.
    package static let uniqueViolation: Int32 = 2067
    package static let primaryKeyViolation: Int32 = 1555
    package static let foreignKeyViolation: Int32 = 787

    /// Whether SQLite refused a write because it would break a UNIQUE or PRIMARY KEY constraint.
    package var isUniqueViolation: Bool {
        if case .sqlite(_, let code, _, _) = self { return code == StoreError.uniqueViolation || code == StoreError.primaryKeyViolation }
        return false
    }

    case noStore(path: String)
    case cannotCreateFolder(path: String, reason: String)
    case cannotCreateFile(path: String, reason: String)
    case notADatabase(path: String)
    case notASanaStore(path: String, tables: [String])
    case locked(path: String, seconds: Int)
    case unknownMigration(path: String, name: String)
    case changedMigration(path: String, name: String)
    case missingMigration(path: String, name: String)
    case outdated(path: String, version: Int, required: Int)
    case fileExists(path: String)
    case readOnly(path: String)
    /// SQLite's own refusal, with its extended result code (`SQLITE_CONSTRAINT_UNIQUE` is 2067) and
    /// the statement that failed, so a caller can tell a constraint from an I/O error.
    case sqlite(path: String, code: Int32, message: String, statement: String?)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case notARegularFile(path: String, kind: FileKind)
    case tooLarge(path: String, limit: Int)
    case notUTF8(path: String)
    case readOnlyStoreIsBusy(path: String)
    case emptyStore(path: String)

    package var description: String {
        switch self {
        case .noStore(let path):
            return "no sana store at \(path): run 'sana init --db \(path)' to create one"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create folder \(path): \(reason)"
        case .cannotCreateFile(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .notADatabase(let path):
            return "\(path) is not a SQLite database"
        case .notASanaStore(let path, let tables):
            return "\(path) is a SQLite database but not a sana store (it has tables \(tables.joined(separator: ", ")))"
        case .locked(let path, let seconds):
            return "store \(path) is locked by another process (gave up after \(seconds) s)"
        case .unknownMigration(let path, let name):
            return "store \(path) has migration \(name), unknown to this sana: it was made by a newer version"
        case .changedMigration(let path, let name):
            return "store \(path) applied a different \(name) than this sana has: refusing a store whose history differs"
        case .missingMigration(let path, let name):
            return "store \(path) lacks migration \(name) but has later ones: refusing a store whose history differs"
        case .outdated(let path, let version, let required):
            return "store \(path) has schema version \(version), this sana needs \(required): run 'sana init --db \(path)' to migrate it"
        case .fileExists(let path):
            return "\(path) already exists: refusing to overwrite it"
        case .readOnly(let path):
            return "store \(path) is read-only"
        case .sqlite(let path, _, let message, _):
            return "store \(path): \(message)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .notARegularFile(let path, let kind):
            return "\(path) is \(kind.rawValue), not a regular file"
        case .tooLarge(let path, let limit):
            return "\(path) is larger than \(ByteCountText.text(limit)): not a file sana expects here"
        case .notUTF8(let path):
            return "\(path) is not UTF-8 text: save it as UTF-8"
        case .emptyStore(let path):
            return "\(path) is an empty file, not a sana store: run 'sana init --db \(path)' to create one there"
        case .readOnlyStoreIsBusy(let path):
            return "store \(path) is on a read-only disk and has a write-ahead log that was not checkpointed: copy it to a writable disk and run 'sana db check' there"
        }
    }
}
