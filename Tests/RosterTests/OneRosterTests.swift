import Foundation
import GRDB
@testable import Roster
import SanaTestSupport
import Testing

@Suite struct OneRosterTests {
    /// A small OneRoster 1.1 package as an SIS exports it: a university, a teacher (skipped),
    /// students in a class of the AI course, one in two classes, one without an IIN.
    func package(in folder: TemporaryFolder) throws -> String {
        let base = "oneroster"
        try folder.write("\(base)/manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.users,bulk\n")
        try folder.write("\(base)/orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\norg-1,active,2026-09-01,Satbayev University,school,SU,\n")
        try folder.write("\(base)/courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes\nc-ai,active,2026-09-01,y2026,AI Foundations,ai-foundations,,org-1,,\n")
        try folder.write("\(base)/classes.csv", "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\ncl-1,active,2026-09-01,AI-101 A,,c-ai,AI-A,scheduled,,org-1,t1,,,\ncl-2,active,2026-09-01,AI-101 B,,c-ai,AI-B,scheduled,,org-1,t1,,,\n")
        try folder.write("\(base)/users.csv", """
            sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,metadata.kz.iin
            u-1,active,2026-09-01,true,org-1,student,aigerim,,Әйгерім,Сейітқали,Болатқызы,\(RosterText.iin(1)),a@satbayev.university,,,,,,
            u-2,active,2026-09-01,true,org-1,teacher,prof,,Олжас,Ким,,\(RosterText.iin(2)),k@satbayev.university,,,,,,
            u-3,active,2026-09-01,true,org-1,student,yerlan,,Ерлан,Нұрланов,,STU-0003,y@satbayev.university,,,,,,\(RosterText.iin(3))
            u-4,active,2026-09-01,true,org-1,student,nobody,,Дана,Ахметова,,,d@satbayev.university,,,,,,

            """)
        try folder.write("\(base)/enrollments.csv", "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\ne1,active,2026-09-01,cl-1,org-1,u-1,student,,,\ne2,active,2026-09-01,cl-2,org-1,u-1,student,,,\ne3,active,2026-09-01,cl-1,org-1,u-2,teacher,,,\ne4,active,2026-09-01,cl-2,org-1,u-3,student,,,\ne5,active,2026-09-01,cl-2,org-1,u-4,student,,,\n")
        return folder.file(base)
    }

    func importPackage(_ fixture: RosterFixture, _ path: String) throws -> (RosterImportSummary, [RowDiagnostic]) {
        let collected = Collected()
        let summary = try RosterImporter(store: fixture.store).importRoster(path, format: .oneroster, options: RosterImportOptions(), diagnostic: { collected.add($0) })
        return (summary, collected.all)
    }

    @Test func studentsBecomeLearnersOrgsBecomeInstitutions() throws {
        let fixture = try RosterFixture()
        let (summary, diagnostics) = try importPackage(fixture, try package(in: fixture.test.folder))
        // u-1 is in two classes of the same course: one learner, one enrollment. u-2 is a teacher.
        #expect((summary.rows, summary.created, summary.enrolled, summary.rejected) == (3, 2, 2, 1))
        #expect(diagnostics.map { "\($0.line): \($0.message)" } == ["5: IIN is missing"])
        #expect(try fixture.value("SELECT last_name || ' ' || first_name || ' ' || middle_name FROM learner WHERE iin = ?", [RosterText.iin(1)]) == "Сейітқали Әйгерім Болатқызы")
        // metadata.kz.iin wins over a non-IIN identifier.
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE iin = ?", [RosterText.iin(3)]) == 1)
        #expect(try fixture.value("SELECT DISTINCT i.name FROM learner l JOIN institution i ON i.id = l.institution_id") == "Satbayev University")
        #expect(try fixture.value("SELECT format FROM import_batch") == "oneroster")
        #expect(summary.ignoredColumns.isEmpty)
        let again = try importPackage(fixture, try package(in: fixture.test.folder)).0
        #expect((again.created, again.unchanged) == (0, 2))
    }

    /// `identifier` is the SIS's own id of the student when the IIN is `metadata.kz.iin`: it
    /// becomes the student number; when `identifier` is the IIN, there is none.
    @Test func theIdentifierIsTheStudentNumberWhenTheIINComesFromMetadata() throws {
        let fixture = try RosterFixture()
        let folder = try package(in: fixture.test.folder)
        let (summary, _) = try importPackage(fixture, folder)
        #expect(summary.ignoredColumns.isEmpty)
        #expect(try fixture.value("SELECT student_number FROM learner WHERE iin = ?", [RosterText.iin(3)]) == "STU-0003")
        #expect(try fixture.count("SELECT count(*) FROM learner WHERE iin = ? AND student_number IS NULL", [RosterText.iin(1)]) == 1)
        // The SIS renumbers the student: the next import updates it (not unchanged).
        let users = try String(contentsOfFile: folder + "/users.csv", encoding: .utf8).replacingOccurrences(of: "STU-0003", with: "STU-0103")
        try fixture.test.folder.write("oneroster/users.csv", users)
        let again = try importPackage(fixture, folder).0
        #expect((again.updated, again.unchanged) == (1, 1))
        #expect(try fixture.value("SELECT student_number FROM learner WHERE iin = ?", [RosterText.iin(3)]) == "STU-0103")
    }

    @Test func aStudentInClassesOfTwoCoursesIsEnrolledInBoth() throws {
        let fixture = try RosterFixture()
        try fixture.test.addCourse("data-literacy")
        let folder = try package(in: fixture.test.folder)
        try fixture.test.folder.write("oneroster/courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes\nc-ai,active,2026-09-01,y2026,AI Foundations,ai-foundations,,org-1,,\nc-dl,active,2026-09-01,y2026,Data Literacy,data-literacy,,org-1,,\n")
        let classes = try String(contentsOfFile: folder + "/classes.csv", encoding: .utf8) + "cl-3,active,2026-09-01,DL-101,,c-dl,DL-A,scheduled,,org-1,t1,,,\n"
        try fixture.test.folder.write("oneroster/classes.csv", classes)
        let enrollments = try String(contentsOfFile: folder + "/enrollments.csv", encoding: .utf8) + "e6,active,2026-09-01,cl-3,org-1,u-1,student,,,\n"
        try fixture.test.folder.write("oneroster/enrollments.csv", enrollments)
        let (summary, diagnostics) = try importPackage(fixture, folder)
        #expect(diagnostics.map(\.message) == ["IIN is missing"])
        #expect((summary.created, summary.enrolled) == (2, 3))
        #expect(try fixture.count("SELECT count(*) FROM enrollment e JOIN learner l ON l.id = e.learner_id WHERE l.iin = ?", [RosterText.iin(1)]) == 2)
        let again = try importPackage(fixture, folder).0
        #expect((again.created, again.updated, again.enrolled) == (0, 0, 0))
    }

    @Test func zippedPackageReadsTheSame() throws {
        let fixture = try RosterFixture()
        let folder = try package(in: fixture.test.folder)
        let zip = fixture.test.folder.file("export.zip")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        process.arguments = ["-q", "-j", zip] + ["manifest.csv", "orgs.csv", "courses.csv", "classes.csv", "users.csv", "enrollments.csv"].map { folder + "/" + $0 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let (summary, _) = try importPackage(fixture, zip)
        #expect(summary.created == 2)
    }

    @Test func aZipThatUnpacksPastTheBudgetStopsWithNothingWritten() throws {
        let fixture = try RosterFixture()
        let folder = try package(in: fixture.test.folder)
        // users.csv grows to about 3 MB, compressed to a few kilobytes.
        let user = "u-9,active,2026-09-01,true,org-1,teacher,t,,Олжас,Ким,,\(RosterText.iin(9)),k@satbayev.university,,,,,,\n"
        let users = try String(contentsOfFile: folder + "/users.csv", encoding: .utf8) + String(repeating: user, count: 30_000)
        try fixture.test.folder.write("oneroster/users.csv", users)
        let zip = fixture.test.folder.file("bomb.zip")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        process.arguments = ["-q", "-j", zip] + ["manifest.csv", "orgs.csv", "courses.csv", "classes.csv", "users.csv", "enrollments.csv"].map { folder + "/" + $0 }
        try process.run()
        process.waitUntilExit()
        let before = try fixture.snapshot()
        var importer = RosterImporter(store: fixture.store)
        importer.zipByteBudget = 1 << 20
        #expect(throws: RosterError.archiveTooLarge(path: zip, limit: 1 << 20)) {
            try importer.importRoster(zip, format: .oneroster, options: RosterImportOptions())
        }
        #expect(try fixture.snapshot() == before)
        #expect(RosterError.archiveTooLarge(path: "bomb.zip", limit: 1 << 30).description
            == "bomb.zip unpacks to more than 1 GiB, the most sana reads from a OneRoster zip: nothing was imported")
        // Within the budget the same zip imports.
        importer.zipByteBudget = 8 << 20
        #expect(try importer.importRoster(zip, format: .oneroster, options: RosterImportOptions()).created == 2)
    }

    /// The package of `package(in:)` with a class cl-9 of a course the store does not have, that
    /// u-1 and u-3 also take, and a class cl-3 of data-literacy that u-3 takes.
    func packageWithOtherCourses(in folder: TemporaryFolder) throws -> String {
        let path = try package(in: folder)
        try folder.write("oneroster/courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes\nc-ai,active,2026-09-01,y2026,AI Foundations,ai-foundations,,org-1,,\nc-ml,active,2026-09-01,y2026,Machine Learning,ml-201,,org-1,,\nc-dl,active,2026-09-01,y2026,Data Literacy,data-literacy,,org-1,,\n")
        let classes = try String(contentsOfFile: path + "/classes.csv", encoding: .utf8)
            + "cl-9,active,2026-09-01,ML-201,,c-ml,ML-A,scheduled,,org-1,t1,,,\ncl-3,active,2026-09-01,DL-101,,c-dl,DL-A,scheduled,,org-1,t1,,,\n"
        try folder.write("oneroster/classes.csv", classes)
        let enrollments = try String(contentsOfFile: path + "/enrollments.csv", encoding: .utf8)
            + "e7,active,2026-09-01,cl-9,org-1,u-1,student,,,\ne8,active,2026-09-01,cl-9,org-1,u-3,student,,,\ne9,active,2026-09-01,cl-3,org-1,u-3,student,,,\n"
        try folder.write("oneroster/enrollments.csv", enrollments)
        return path
    }

    @Test func aClassOfAnUnknownCourseIsOneWarningNotOneErrorPerStudent() throws {
        let fixture = try RosterFixture()
        try fixture.test.addCourse("data-literacy")
        let folder = try packageWithOtherCourses(in: fixture.test.folder)
        let (summary, diagnostics) = try importPackage(fixture, folder)
        #expect(diagnostics.map { "\($0.source ?? "users.csv"):\($0.line): \($0.severity.rawValue): \($0.message)" } == [
            "\(folder)/classes.csv:4: warning: class cl-9 is of course 'ml-201', which is not in the store: its 2 students are not enrolled in it (import the course, or pass --course to import one course's classes)",
            "users.csv:5: error: IIN is missing",
        ])
        #expect((summary.rejected, summary.created, summary.enrolled) == (1, 2, 3))
    }

    @Test func courseFiltersWhichClassesAreImported() throws {
        let fixture = try RosterFixture()
        try fixture.test.addCourse("data-literacy")
        let folder = try packageWithOtherCourses(in: fixture.test.folder)
        var options = RosterImportOptions()
        options.course = "data-literacy"
        let collected = Collected()
        let summary = try RosterImporter(store: fixture.store).importRoster(folder, format: .oneroster, options: options, diagnostic: { collected.add($0) })
        // Only u-3 takes a data-literacy class; the others' classes are not imported, and no warning
        // for ml-201, which --course leaves out anyway.
        #expect(collected.all.isEmpty)
        #expect((summary.rows, summary.created, summary.enrolled) == (1, 1, 1))
        #expect(try fixture.value("SELECT group_concat(e.course_id) FROM enrollment e JOIN learner l ON l.id = e.learner_id WHERE l.iin = ?", [RosterText.iin(3)]) == "data-literacy")
    }

    @Test func missingFilesAreNamed() throws {
        let fixture = try RosterFixture()
        let folder = try package(in: fixture.test.folder)
        try FileManager.default.removeItem(atPath: folder + "/enrollments.csv")
        #expect(throws: RosterError.oneRoster(path: folder, message: "has no enrollments.csv")) { try importPackage(fixture, folder) }
        #expect(RosterError.oneRoster(path: "x", message: "has no enrollments.csv").description == "x: has no enrollments.csv")
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [RowDiagnostic] = []

    func add(_ item: RowDiagnostic) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [RowDiagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
