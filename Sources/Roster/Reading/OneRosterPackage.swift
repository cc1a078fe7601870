import Foundation
import SanaCSV
import SanaCrypto
import SanaStore

/// A OneRoster 1.1 CSV package (a folder or a .zip of manifest.csv, users.csv, orgs.csv,
/// classes.csv, enrollments.csv and optionally courses.csv), read as roster rows: one per
/// student and course. The IIN is `metadata.kz.iin` when present, else `identifier`; when the IIN
/// is `metadata.kz.iin`, `identifier` (the SIS's own id of the student) is the student number; the
/// institution is the student's first org; the course is the class's course's `courseCode`, one
/// row per course (rows from one user line are one learner, not duplicates).
final class OneRosterPackage: RosterRecords {
    static let rowHeaders = ["iin", "last_name", "first_name", "middle_name", "email", "university", "course", "student_number"]

    let headers = OneRosterPackage.rowHeaders
    let encoding = TextEncoding.utf8
    let delimiter = Delimiter.comma
    private let files: Files
    private let users: CSVRoster
    private let columns: [String: Int]
    private let organisations: [String: String]
    private let coursesOfUser: [String: [String]]
    private var hasher = SHA256()
    private var pending: [CSVRecord] = []
    private var userRecord = CSVRecord()

    /// Where the package's files are: a folder, or a zip read in process.
    private enum Files {
        case folder(String)
        case zip(OneRosterZip)

        /// How messages name one of the files.
        func name(_ file: String) -> String {
            switch self {
            case .folder(let folder): return folder + "/" + file
            case .zip(let zip): return zip.name(of: file)
            }
        }

        func has(_ file: String) -> Bool {
            switch self {
            case .folder(let folder): return FileManager.default.fileExists(atPath: folder + "/" + file)
            case .zip(let zip): return zip.has(file)
            }
        }

        func open(_ file: String, isCancelled: @escaping @Sendable () -> Bool) throws -> CSVRoster {
            switch self {
            case .folder(let folder):
                return try CSVRoster(path: folder + "/" + file, encoding: .utf8, delimiter: .comma, isCancelled: isCancelled)
            case .zip(let zip):
                return try CSVRoster(input: ZipEntryInput(zip: zip, entry: file, isCancelled: isCancelled), name: zip.name(of: file), encoding: .utf8, delimiter: .comma)
            }
        }
    }

    /// How row diagnostics name users.csv of the package at `path`: a path in a folder, not one in a zip.
    static func usersName(_ path: String, isZip: Bool) -> String {
        isZip ? "\(path) (users.csv)" : "\(path)/users.csv"
    }

    /// Whether `path` is a file (a zip) rather than a folder.
    static func isZip(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// One warning per class whose course the store does not have (`knownCourses`), in classes.csv's order.
    let classDiagnostics: [RowDiagnostic]

    /// `knownCourses`: the store's courses (nil: take every class); `only`: import only the
    /// classes of this course (`--course`).
    init(
        path: String, maxZipBytes: Int64 = OneRosterZip.maxBytes, knownCourses: Set<String>? = nil, only: String? = nil,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw RosterError.cannotRead(path: path, reason: "No such file or directory")
        }
        let files: Files = isFolder.boolValue ? .folder(path) : .zip(try OneRosterZip(path: path, maxBytes: maxZipBytes))
        self.files = files
        var hasher = SHA256()
        func table(_ name: String, required: Bool, columns: [String]) throws -> [[String: String]] {
            try OneRosterPackage.table(files, name, path: path, required: required, columns: columns, isCancelled: isCancelled, hasher: &hasher)
        }
        let manifest = try table("manifest.csv", required: true, columns: ["propertyName", "value"])
        let version = manifest.first { $0["propertyName"] == "oneroster.version" }?["value"] ?? ""
        guard version.hasPrefix("1.") else {
            throw RosterError.oneRoster(path: path, message: "manifest.csv gives oneroster.version '\(version)'; sana reads OneRoster 1.x CSV")
        }
        let orgs = try table("orgs.csv", required: true, columns: ["sourcedId", "name"])
        organisations = Dictionary(orgs.map { ($0["sourcedId"] ?? "", $0["name"] ?? "") }, uniquingKeysWith: { first, _ in first })
        let courses = try table("courses.csv", required: false, columns: ["sourcedId", "courseCode"])
        let courseCode = Dictionary(courses.map { ($0["sourcedId"] ?? "", ($0["courseCode"] ?? "").isEmpty ? ($0["sourcedId"] ?? "") : $0["courseCode"]!) }, uniquingKeysWith: { first, _ in first })
        let classes = try table("classes.csv", required: true, columns: ["sourcedId", "courseSourcedId"])
        var classLine: [String: Int] = [:]
        let courseOfClass = Dictionary(classes.enumerated().map { index, row -> (String, String) in
            let course = row["courseSourcedId"] ?? ""
            if classLine[row["sourcedId"] ?? ""] == nil { classLine[row["sourcedId"] ?? ""] = index + 2 }
            return (row["sourcedId"] ?? "", courseCode[course] ?? course)
        }, uniquingKeysWith: { first, _ in first })
        var coursesOfUser: [String: [String]] = [:]
        // Classes of courses the store does not have: counted, then one warning each, not one error per student.
        var unknownClasses: [String: Set<String>] = [:]
        for enrollment in try table("enrollments.csv", required: true, columns: ["role", "status", "userSourcedId", "classSourcedId"])
        where enrollment["role"]?.lowercased() == "student" && enrollment["status"]?.lowercased() != "tobedeleted" {
            let classID = enrollment["classSourcedId"] ?? ""
            guard let user = enrollment["userSourcedId"], let course = courseOfClass[classID], !course.isEmpty else { continue }
            if let only, course != only {
                // --course: another course's class; its students are listed only for their classes of that course.
                coursesOfUser[user, default: []] = coursesOfUser[user] ?? []
                continue
            }
            if let knownCourses, !knownCourses.contains(course) {
                unknownClasses[classID, default: []].insert(user)
                coursesOfUser[user, default: []] = coursesOfUser[user] ?? []
                continue
            }
            if !(coursesOfUser[user]?.contains(course) ?? false) { coursesOfUser[user, default: []].append(course) }
        }
        let classesName = files.name("classes.csv")
        classDiagnostics = unknownClasses.keys.sorted { (classLine[$0] ?? 0, $0) < (classLine[$1] ?? 0, $1) }.map { classID in
            RowDiagnostic(
                line: classLine[classID] ?? 0, severity: .warning,
                problems: [.unknownClassCourse(classID: classID, course: courseOfClass[classID] ?? "", students: unknownClasses[classID]?.count ?? 0)],
                source: classesName)
        }
        self.coursesOfUser = coursesOfUser
        self.hasher = hasher
        guard files.has("users.csv") else { throw RosterError.oneRoster(path: path, message: "has no users.csv") }
        users = try files.open("users.csv", isCancelled: isCancelled)
        columns = Dictionary(users.headers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for required in ["sourcedId", "role", "givenName", "familyName"] where columns[required] == nil {
            throw RosterError.oneRoster(path: files.name("users.csv"), message: "has no \(required) column")
        }
        if columns["identifier"] == nil && columns["metadata.kz.iin"] == nil {
            throw RosterError.oneRoster(path: files.name("users.csv"), message: "has neither an identifier nor a metadata.kz.iin column for the IIN")
        }
    }

    var bytesRead: Int64 { users.bytesRead }
    var totalBytes: Int64 { users.totalBytes }

    func next(into record: inout CSVRecord) throws -> Bool {
        while pending.isEmpty {
            guard try users.next(into: &userRecord) else { return false }
            func value(_ name: String) -> String {
                columns[name].map { userRecord.lossyField($0) } ?? ""
            }
            guard value("role").lowercased() == "student", value("status").lowercased() != "tobedeleted",
                  value("enabledUser").lowercased() != "false" else { continue }
            let kazakhIIN = value("metadata.kz.iin")
            let iin = kazakhIIN.isEmpty ? value("identifier") : kazakhIIN
            // The identifier is the student number only when it is not the IIN.
            let studentNumber = kazakhIIN.isEmpty ? "" : value("identifier")
            let org = value("orgSourcedIds").split(separator: ",").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            let university = organisations[org] ?? org
            // A student with classes, none of them imported (another course's, or one the store
            // does not have), is not listed; one with no classes takes --course.
            let courses = coursesOfUser[value("sourcedId")] ?? [""]
            if courses.isEmpty { continue }
            for course in courses {
                pending.append(CSVRecord(line: userRecord.line, fields: [
                    iin, value("familyName"), value("givenName"), value("middleName"), value("email"), university, course, studentNumber,
                ]))
            }
        }
        record = pending.removeFirst()
        return true
    }

    func sha256() throws -> String {
        // The small files' digests, then users.csv's: one fingerprint of the package.
        var copy = hasher
        copy.update(Array(try users.sha256().utf8))
        return SHA256.hexString(copy.finalize())
    }

    /// A whole small file as rows of column name to value (only `columns`, to keep a big
    /// enrollments.csv small in memory); [] when an optional file is absent.
    private static func table(
        _ files: Files, _ name: String, path: String, required: Bool, columns: [String], isCancelled: @escaping @Sendable () -> Bool,
        hasher: inout SHA256
    ) throws -> [[String: String]] {
        guard files.has(name) else {
            if required { throw RosterError.oneRoster(path: path, message: "has no \(name)") }
            return []
        }
        let file = try files.open(name, isCancelled: isCancelled)
        let wanted = file.headers.enumerated().filter { columns.contains($0.element) }
        var rows: [[String: String]] = []
        var record = CSVRecord()
        while try file.next(into: &record) {
            rows.append(Dictionary(wanted.map { ($1, record.lossyField($0)) }, uniquingKeysWith: { first, _ in first }))
        }
        // The file's digest, from the one read the reader made.
        hasher.update(Array(try file.sha256().utf8))
        return rows
    }
}
