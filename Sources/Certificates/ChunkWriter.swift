import Dispatch
import Foundation
import GRDB
import SanaStore

/// Stores signed certificates on its own thread while the next chunks are signed, and then writes
/// their files on a third, so that signing, storing and writing files overlap. Chunks are stored
/// in transactions of up to `rowsPerTransaction` rows: every commit rewrites the pages of the
/// random-keyed indexes (code, status_index), so fewer, larger commits write far less. A chunk's
/// files are written once its transaction has committed: never a file for a certificate the store
/// does not hold. At most two chunks wait to be stored.
final class ChunkWriter: @unchecked Sendable {
    static let rowsPerTransaction = 16_384
    /// A transaction is also committed once it has been open this long, so that another process waiting to write
    /// (the busy timeout is `Store.busyTimeoutSeconds`) is never kept out for long on a loaded machine.
    static let secondsPerTransaction = 1.0
    /// The last rows of a run are committed chunk by chunk: a chunk's files are written after its
    /// commit, and what is left when signing ends is not overlapped with anything.
    static let tailRows = 16_384

    private let store: Store
    private let folder: OutputFolder?
    private let issuedAt: String
    private let kid: String
    private let expected: Int
    private var committed = 0
    private let condition = NSCondition()
    private var inbox: [[SignedCertificate]] = []
    /// The run's templates, which certificates refer to by number.
    private let templates: [RunTemplate]
    private var closed = false
    private var cancelled = false
    private var failure: Error?
    private let stopped = DispatchGroup()
    private let fileQueue = DispatchQueue(label: "sana.certificates.files")
    private let fileSlots = DispatchSemaphore(value: 2)
    /// Store ids of the run's templates, by their number in the run (writer thread only).
    private var templateIDs: [Int: Int64] = [:]

    /// `expected`: how many certificates the run will submit.
    init(store: Store, folder: OutputFolder?, templates: [RunTemplate], issuedAt: String, kid: String, expected: Int) {
        self.store = store
        self.templates = templates
        self.expected = expected
        self.folder = folder
        self.issuedAt = issuedAt
        self.kid = kid
        stopped.enter()
        DispatchQueue(label: "sana.certificates.writer").async {
            self.run()
            self.stopped.leave()
        }
    }

    /// Queues a chunk (waiting while two are queued). Throws the first failure so far.
    func submit(_ certificates: [SignedCertificate]) throws {
        condition.lock()
        defer { condition.unlock() }
        while inbox.count >= 2 && failure == nil { condition.wait() }
        if let failure { throw failure }
        inbox.append(certificates)
        condition.broadcast()
    }

    /// Stores what is queued, writes the files, and throws the first failure.
    func finish() throws {
        stop(cancelling: false)
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
    }

    /// Stops without storing what is not committed yet (the run failed elsewhere).
    func cancel() {
        stop(cancelling: true)
    }

    private func stop(cancelling: Bool) {
        condition.lock()
        closed = true
        if cancelling { cancelled = true }
        condition.broadcast()
        condition.unlock()
        stopped.wait()
        fileQueue.sync {}
    }

    private func record(_ error: Error) {
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The next queued chunk; nil once closed and empty, cancelled, or failed.
    private func next() -> [SignedCertificate]? {
        condition.lock()
        defer { condition.unlock() }
        while inbox.isEmpty && !closed && failure == nil { condition.wait() }
        guard failure == nil, !cancelled, !inbox.isEmpty else { return nil }
        let item = inbox.removeFirst()
        condition.broadcast()
        return item
    }

    private var shouldRollBack: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled || failure != nil
    }

    private func run() {
        do {
            var more = true
            while more {
                var stored: [[SignedCertificate]] = []
                try store.write { db in
                    // A large page cache keeps the random-keyed index pages in memory between commits.
                    try db.execute(sql: "PRAGMA cache_size = -65536")
                    let insert = try FastStatement(db, sql: """
                        INSERT INTO certificate (id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index,
                                                 credential, template_id, credential_parts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    var rows = 0
                    let opened = DispatchTime.now().uptimeNanoseconds
                    func open() -> Bool {
                        Double(DispatchTime.now().uptimeNanoseconds - opened) < Self.secondsPerTransaction * 1e9
                    }
                    while rows == 0 || (rows < Self.rowsPerTransaction && committed + rows + Self.tailRows < expected && open()) {
                        guard let certificates = next() else {
                            more = false
                            break
                        }
                        do {
                            try save(certificates, with: insert, db)
                        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                            throw CertificatesError.concurrentIssuance
                        }
                        rows += certificates.count
                        stored.append(certificates)
                    }
                    if shouldRollBack { throw CancellationError() }
                    committed += rows
                }
                if let folder {
                    for certificates in stored { writeFiles(certificates, in: folder) }
                }
            }
        } catch is CancellationError {
            return
        } catch {
            record(error)
        }
    }

    private func save(_ certificates: [SignedCertificate], with insert: FastStatement, _ db: Database) throws {
        for certificate in certificates {
            insert.bind(1, certificate.id)
            insert.bind(2, certificate.code)
            insert.bind(3, certificate.learnerID)
            insert.bind(4, certificate.courseVersionID)
            insert.bind(5, certificate.attemptID)
            insert.bind(6, issuedAt)
            insert.bind(7, kid)
            insert.bind(8, Int64(certificate.statusIndex))
            if let compact = certificate.compact {
                insert.bind(9, nil as String?)
                insert.bind(10, try templateID(compact.template, db))
                insert.bind(11, blob: compact.parts)
            } else {
                insert.bind(9, utf8: certificate.text)
                insert.bind(10, nil as Int64?)
                insert.bind(11, blob: nil)
            }
            try insert.execute()
        }
    }

    /// Files only for what is stored, on the file thread.
    private func writeFiles(_ certificates: [SignedCertificate], in folder: OutputFolder) {
        fileSlots.wait()
        fileQueue.async {
            defer { self.fileSlots.signal() }
            if self.shouldRollBack { return }
            do {
                for certificate in certificates {
                    try folder.writeNew(certificate.code + ".jwt", certificate.text + [10])
                }
            } catch {
                self.record(error)
            }
        }
    }

    /// The store id of the run's template `number`, stored by the first transaction that uses it (a
    /// template already in the store, byte for byte, is reused).
    private func templateID(_ number: Int, _ db: Database) throws -> Int64 {
        if let id = templateIDs[number] { return id }
        let id = try templates[number].storedID(db, createdAt: issuedAt)
        templateIDs[number] = id
        return id
    }
}
