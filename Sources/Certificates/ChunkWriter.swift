import Dispatch
import Foundation
import GRDB
import SanaConcurrency
import SanaStore
import Synchronization

/// Stores signed certificates on its own thread while the next chunks are signed, and then writes
/// their files on a third, so that signing, storing and writing files overlap. A transaction
/// stores the chunks signed so far, up to `rowsPerTransaction` rows or `secondsPerTransaction`:
/// every commit rewrites the pages of the random-keyed indexes (code, status_index), so fewer,
/// larger commits write less, but the store is the exams' too and is never held waiting. A chunk's
/// files are written once its transaction has committed: never a file for a certificate the store
/// does not hold. At most two chunks wait to be stored.
final class ChunkWriter: Sendable {
    static let rowsPerTransaction = 16_384
    /// A transaction is also committed once it has been open this long, so that a learner's answer
    /// waiting to be stored during an exam is kept out no longer than this.
    static let secondsPerTransaction = 0.05
    /// The pause between two transactions, for a waiting writer to get in.
    static let pauseMicroseconds: UInt32 = 2_000
    /// The last rows of a run are committed chunk by chunk: a chunk's files are written after its
    /// commit, and what is left when signing ends is not overlapped with anything.
    static let tailRows = 16_384

    private let store: Store
    private let folder: OutputFolder?
    private let issuedAt: String
    private let kid: String
    private let expected: Int
    /// Chunks signed and waiting to be stored: at most two.
    private let inbox = BoundedQueue<[SignedCertificate]>(capacity: 2)
    /// The run's templates, which certificates refer to by number.
    private let templates: [RunTemplate]
    private let outcome = Mutex(Outcome())
    private let stopped = DispatchGroup()
    private let fileQueue = DispatchQueue(label: "sana.certificates.files")
    private let fileSlots = DispatchSemaphore(value: 2)

    private struct Outcome {
        var cancelled = false
        var failure: (any Error)?
    }

    /// What the writer thread alone keeps between transactions.
    private struct Progress {
        var committed = 0
        /// Store ids of the run's templates, by their number in the run.
        var templateIDs: [Int: Int64] = [:]
    }

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
        if let failure = outcome.withLock({ $0.failure }) { throw failure }
        // The queue is closed when the writer fails or the run is stopped.
        guard inbox.push(certificates) else { throw outcome.withLock { $0.failure } ?? CancellationError() }
    }

    /// Stores what is queued, writes the files, and throws the first failure.
    func finish() throws {
        stop(cancelling: false)
        if let failure = outcome.withLock({ $0.failure }) { throw failure }
    }

    /// Stops without storing what is not committed yet (the run failed elsewhere).
    func cancel() {
        stop(cancelling: true)
    }

    private func stop(cancelling: Bool) {
        if cancelling { outcome.withLock { $0.cancelled = true } }
        inbox.close()
        stopped.wait()
        fileQueue.sync {}
    }

    private func record(_ error: any Error) {
        outcome.withLock { if $0.failure == nil { $0.failure = error } }
        inbox.close()
    }

    /// The next queued chunk; nil once closed and empty, cancelled, or failed.
    private func next() -> [SignedCertificate]? {
        guard let item = inbox.pop(), !shouldRollBack else { return nil }
        return item
    }

    private var shouldRollBack: Bool {
        outcome.withLock { $0.cancelled || $0.failure != nil }
    }

    private func run() {
        var progress = Progress()
        do {
            // A transaction begins with a signed chunk in hand and takes in more only while they are
            // queued already: the store is never held while the next chunk is being signed.
            while let first = next() {
                var stored = [first]
                try store.write { db in
                    // A large page cache keeps the random-keyed index pages in memory between commits.
                    try db.execute(sql: "PRAGMA cache_size = -65536")
                    let insert = try db.makeStatement(sql: """
                        INSERT INTO certificate (id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index,
                                                 credential, template_id, credential_parts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    let opened = DispatchTime.now().uptimeNanoseconds
                    func open() -> Bool {
                        Double(DispatchTime.now().uptimeNanoseconds - opened) < Self.secondsPerTransaction * 1e9
                    }
                    try save(first, with: insert, &progress, db)
                    var rows = first.count
                    while rows < Self.rowsPerTransaction && progress.committed + rows + Self.tailRows < expected && open(),
                          !shouldRollBack, let certificates = inbox.popIfQueued() {
                        try save(certificates, with: insert, &progress, db)
                        rows += certificates.count
                        stored.append(certificates)
                    }
                    if shouldRollBack { throw CancellationError() }
                    progress.committed += rows
                }
                if let folder {
                    for certificates in stored { writeFiles(certificates, in: folder) }
                }
                // A learner's answer waiting for the store looks every millisecond (BusyWait): a
                // pause between transactions lets it in even when the next chunk is queued already.
                usleep(Self.pauseMicroseconds)
            }
        } catch is CancellationError {
            return
        } catch {
            record(error)
        }
    }

    /// Stores a chunk; two runs at once are told apart from other failures.
    private func save(_ certificates: [SignedCertificate], with insert: Statement, _ progress: inout Progress, _ db: Database) throws {
        do {
            try insertRows(certificates, with: insert, &progress, db)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw CertificatesError.concurrentIssuance
        }
    }

    private func insertRows(_ certificates: [SignedCertificate], with insert: Statement, _ progress: inout Progress, _ db: Database) throws {
        for certificate in certificates {
            try insert.bind(1, certificate.id)
            try insert.bind(2, certificate.code)
            try insert.bind(3, certificate.learnerID)
            try insert.bind(4, certificate.courseVersionID)
            try insert.bind(5, certificate.attemptID)
            try insert.bind(6, issuedAt)
            try insert.bind(7, kid)
            try insert.bind(8, Int64(certificate.statusIndex))
            if let compact = certificate.compact {
                try insert.bind(9, nil as String?)
                try insert.bind(10, try templateID(compact.template, &progress, db))
                try insert.bind(11, blob: compact.parts)
            } else {
                try insert.bind(9, utf8: certificate.text)
                try insert.bind(10, nil as Int64?)
                try insert.bind(11, blob: nil)
            }
            try insert.run()
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
    private func templateID(_ number: Int, _ progress: inout Progress, _ db: Database) throws -> Int64 {
        if let id = progress.templateIDs[number] { return id }
        let id = try templates[number].storedID(db, createdAt: issuedAt)
        progress.templateIDs[number] = id
        return id
    }
}
