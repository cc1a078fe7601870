import Foundation
import GRDB
import Roster
import SanaStore
import SanaTestSupport

/// A store with the course `ai-foundations`, and a way to import roster text into it.
final class RosterFixture: @unchecked Sendable {
    let test: TestStore
    private let lock = NSLock()
    private var collected: [RowDiagnostic] = []

    init() throws {
        test = try TestStore()
        try test.addCourse("ai-foundations")
    }

    var store: Store { test.store }
    var diagnostics: [RowDiagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    func file(_ name: String, _ text: String) throws -> String {
        try test.folder.write(name, text)
    }

    func file(_ name: String, bytes: [UInt8]) throws -> String {
        try test.folder.write(name, bytes)
    }

    @discardableResult
    func run(_ path: String, _ configure: (inout RosterImportOptions) -> Void = { _ in }) throws -> RosterImportSummary {
        var options = RosterImportOptions()
        options.institution = "Әл-Фараби атындағы ҚазҰУ"
        options.course = "ai-foundations"
        configure(&options)
        lock.lock()
        collected = []
        lock.unlock()
        return try RosterImporter(store: store).importRoster(path, options: options, diagnostic: { [self] diagnostic in
            lock.lock()
            collected.append(diagnostic)
            lock.unlock()
        })
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    func value(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try store.read { try String.fetchOne($0, sql: sql, arguments: arguments) }
    }

    /// Everything an import may touch, as text, to prove a store unchanged.
    func snapshot() throws -> String {
        try store.read { db in
            try ["learner", "enrollment", "institution", "cohort", "import_batch", "import_change"].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map(\.description).joined(separator: "\n")
            }.joined(separator: "\n--\n")
        }
    }
}

/// Valid IINs (computed with the two-pass check digit) to build rosters from.
enum SampleIIN {
    static let a = "010101500003"
    static let b = "980525440647"
    static let c = "021022691168"
    static let d = "990105364864"
    static let e = "010101500401"
}
