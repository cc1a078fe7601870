import Foundation
import Testing

/// Every table has exactly one owning module, and only that module's sources hold SQL that writes
/// it (INSERT, UPDATE, DELETE, REPLACE) or a record type that persists to it; other modules call
/// the owner's API. The map is ARCHITECTURE.md's table, and a table in schema/ that the map lacks
/// fails too.
@Suite struct TableOwnershipTests {
    static let owners: [String: String] = [
        "sana_migration": "SanaStore", "audit_log": "SanaStore", "setting": "SanaStore",
        "institution": "Enrollment", "cohort": "Enrollment", "learner": "Enrollment", "enrollment": "Enrollment",
        "access_code": "Enrollment",
        "course": "Courses", "course_version": "Courses", "lesson": "Courses", "question": "Courses",
        "lesson_progress": "Courses", "practice_question": "Courses",
        "attempt": "Quizzes", "attempt_item": "Quizzes", "answer": "Quizzes", "practice_answer": "Quizzes",
        "accommodation": "Quizzes",
        "signing_key": "Certificates", "certificate": "Certificates", "credential_template": "Certificates",
        "revocation": "Certificates",
        "import_batch": "Roster", "import_change": "Roster",
    ]

    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// (module, file, line, table) of every write found in Sources/.
    static func writes() throws -> [(module: String, file: String, line: Int, table: String)] {
        let sources = root.appendingPathComponent("Sources")
        let statement = try Regex(#"(?i)\b(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update|delete\s+from)\s+([a-z_]+)\b"#)
        let record = try Regex(#"databaseTableName\s*=\s*"([a-z_]+)""#)
        var found: [(String, String, Int, String)] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files where !file.hasSuffix("EmbeddedSchema.swift") {
            let module = String(file.split(separator: "/")[0])
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.hasPrefix("///") { continue }
                for match in code.matches(of: statement) {
                    let table = String(match.output[1].substring ?? "").lowercased()
                    // `ON CONFLICT ... DO UPDATE SET` writes the statement's own table.
                    if table == "set" { continue }
                    found.append((module, file, number + 1, table))
                }
                for match in code.matches(of: record) {
                    found.append((module, file, number + 1, String(match.output[1].substring ?? "")))
                }
            }
        }
        return found
    }

    @Test func onlyTheOwningModuleWritesATable() throws {
        let writes = try Self.writes()
        #expect(writes.count > 30, "the scan found too few writes to be reading the sources")
        let foreign = writes.filter { Self.owners[$0.table] != $0.module }
            .map { "\($0.file):\($0.line): \($0.module) writes \($0.table), owned by \(Self.owners[$0.table] ?? "nobody")" }
        #expect(foreign == [], "\(foreign.joined(separator: "\n"))")
    }

    @Test func everyTableInTheSchemaHasAnOwner() throws {
        let schema = Self.root.appendingPathComponent("schema")
        // The migrations in order: what they create and drop, in the order they do it.
        let statement = try Regex(#"(?i)(CREATE|DROP) TABLE\s+(?:IF (?:NOT )?EXISTS\s+)?([a-z_0-9]+)"#)
        var live: Set<String> = ["sana_migration"]
        for file in try FileManager.default.contentsOfDirectory(atPath: schema.path).filter({ $0.hasSuffix(".sql") }).sorted() {
            let text = try String(contentsOf: schema.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: statement) {
                let table = String(match.output[2].substring ?? "").lowercased()
                if (match.output[1].substring ?? "").uppercased() == "CREATE" { live.insert(table) } else { live.remove(table) }
            }
        }
        #expect(live.subtracting(Self.owners.keys).sorted() == [], "tables without an owner in ARCHITECTURE.md and this test")
        #expect(Set(Self.owners.keys).subtracting(live).sorted() == [], "owners of tables the schema does not have")
    }
}
