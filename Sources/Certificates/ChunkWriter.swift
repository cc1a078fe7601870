import Dispatch
import Foundation
import GRDB
import SanaStore

/// Stores signed certificates one transaction per chunk, and then writes their files, on its own
/// thread, so signing the next chunk overlaps with storing this one. At most two chunks wait.
final class ChunkWriter: @unchecked Sendable {
    private let store: Store
    private let outDir: String?
    private let queue = DispatchQueue(label: "sana.certificates.writer")
    private let fileQueue = DispatchQueue(label: "sana.certificates.files")
    private let slots = DispatchSemaphore(value: 2)
    private let fileSlots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: Error?

    init(store: Store, outDir: String?) {
        self.store = store
        self.outDir = outDir
    }

    func submit(_ records: [CertificateRecord]) throws {
        try check()
        slots.wait()
        queue.async {
            defer { self.slots.signal() }
            guard self.currentFailure == nil else { return }
            do {
                try self.save(records)
            } catch {
                self.record(error)
                return
            }
            // Files only for what is stored, on a third thread.
            guard let outDir = self.outDir else { return }
            self.fileSlots.wait()
            self.fileQueue.async {
                defer { self.fileSlots.signal() }
                do {
                    for record in records {
                        try OutputFile.writeNew(outDir + "/" + record.code + ".jwt", Array((record.credential + "\n").utf8))
                    }
                } catch {
                    self.record(error)
                }
            }
        }
    }

    private func record(_ error: Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// Waits for every chunk; throws the first failure.
    func finish() throws {
        queue.sync {}
        fileQueue.sync {}
        try check()
    }

    private var currentFailure: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    private func check() throws {
        if let failure = currentFailure { throw failure }
    }

    private func save(_ records: [CertificateRecord]) throws {
        try store.write { db in
            // The certificate table is keyed by random UUIDs (WITHOUT ROWID): inserts land all over the
            // b-tree. A large page cache for this connection and inserts in key order keep that cheap.
            try db.execute(sql: "PRAGMA cache_size = -262144")
            let statement = try db.cachedStatement(sql: """
                INSERT INTO certificate (id, code, learner_id, course_version_id, attempt_id, issued_at, kid, status_index, credential)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            do {
                for record in records.sorted(by: { $0.id < $1.id }) {
                    try statement.execute(arguments: [
                        record.id, record.code, record.learnerId, record.courseVersionId, record.attemptId,
                        record.issuedAt, record.kid, record.statusIndex, record.credential,
                    ])
                }
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw CertificatesError.concurrentIssuance
            }
        }
    }
}
