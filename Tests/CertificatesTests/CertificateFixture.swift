import Certificates
import Courses
import Foundation
import GRDB
import SanaStore
import SanaTestSupport

/// A fresh store with the course `ai-foundations` (version 1), an issuer, a signing key and learners
/// whose attempts the tests choose.
final class CertificateFixture: @unchecked Sendable {
    let test: TestStore
    let keyPath: String
    var store: Store { test.store }

    /// The shipped course's definition, as Courses stores it: a key renamed in either module fails here.
    static let shipped: CourseDefinition = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        guard let package = try? CoursePackage.load(url.appendingPathComponent("courses/ai-foundations").path),
              let definition = package.definition, !package.hasErrors else { fatalError("the shipped course does not load") }
        return definition
    }()

    static var definition: String { (try? shipped.storedJSON()) ?? "{}" }

    init(validityDays: Int? = nil, now: Date = Date()) throws {
        test = try TestStore()
        keyPath = test.folder.file("keys/signing-key.pem")
        var course = CertificateFixture.shipped
        course.certificateValidityDays = validityDays
        let definition = try course.storedJSON()
        try store.write { db in
            try db.execute(sql: "INSERT INTO course (id, created_at) VALUES ('ai-foundations', 'x')")
            try db.execute(sql: """
                INSERT INTO course_version (id, course_id, version, content_sha256, definition, loaded_at)
                VALUES (1, 'ai-foundations', 1, ?, ?, 'x')
                """, arguments: [String(repeating: "a", count: 64), definition])
            try IssuerProfile(name: "AI-Sana", url: "https://aisana.example.kz").save(db)
        }
        _ = try SigningKeys(store: store).generate(at: keyPath, now: now)
    }

    /// Adds a learner; returns their id.
    @discardableResult
    func learner(_ iin: String, first: String = "Айгерім", last: String = "Серікова") throws -> Int64 {
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO learner (iin, last_name, first_name, locale, subject_uuid, created_at, updated_at)
                VALUES (?, ?, ?, 'kk', ?, 'x', 'x')
                """, arguments: [iin, last, first, UUID().uuidString.lowercased()])
            return db.lastInsertedRowID
        }
    }

    /// Adds a submitted attempt (or an open one when `score` is nil).
    func attempt(learner: Int64, score: Double?, passed: Bool, lang: String = "kk", version: Int64 = 1) throws {
        try store.write { db in
            if let score {
                try db.execute(sql: """
                    INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline, submitted_at, submitted_by, score, passed)
                    VALUES (?, ?, ?, 1, 'x', 'x', '2026-11-20 10:00:00.000', 'learner', ?, ?)
                    """, arguments: [learner, version, lang, score, passed ? 1 : 0])
            } else {
                try db.execute(sql: """
                    INSERT INTO attempt (learner_id, course_version_id, lang, seed, started_at, deadline)
                    VALUES (?, ?, ?, 1, 'x', 'x')
                    """, arguments: [learner, version, lang])
            }
        }
    }

    func signer() throws -> Signer {
        try SigningKeys(store: store).signer(keyPath: keyPath)
    }

    func issue(learnerIIN: String? = nil, now: Date = Date()) throws -> [IssuedCertificate] {
        try Issuance(store: store, signer: signer()).issue(course: "ai-foundations", learnerIIN: learnerIIN, outDir: nil, now: now)
    }

    func credential(_ id: String) throws -> String {
        try store.read { try CertificateRecord.find($0, idOrCode: id).credential }
    }

    func holderCode(_ id: String) throws -> String? {
        try store.read { try CertificateRecord.find($0, idOrCode: id).holderCode }
    }

    func trust() throws -> TrustList {
        try SigningKeys(store: store).trustList()
    }
}
