import Enrollment
import GRDB
import SanaStore

/// Reads stored certificates for `sana cert lookup` and `sana cert show`.
package struct CertificateViews: Sendable {
    package let store: Store

    package init(store: Store) {
        self.store = store
    }

    package func view(_ idOrCode: String) throws -> CertificateView {
        try store.read { db in
            let record = try CertificateRecord.find(db, idOrCode: idOrCode)
            let row = try Row.fetchOne(db, sql: """
                SELECT cv.course_id, cv.version, cv.definition, l.last_name, l.first_name, l.middle_name
                FROM course_version cv, learner l WHERE cv.id = ? AND l.id = ?
                """, arguments: [record.courseVersionId, record.learnerId])
            let courseID: String = row?["course_id"] ?? "?"
            let version: Int = row?["version"] ?? 0
            let course = CourseInfo(courseID: courseID, version: version, definition: row?["definition"] ?? "{}")
            let payload = (try? CompactJWS.parse(record.credential))?.payload ?? .object([:])
            let summary = CertificateSummary(payload: payload)
            return CertificateView(
                id: record.id, code: record.code,
                holder: summary.holder ?? Learner.fullName(row?["last_name"] ?? "", row?["first_name"] ?? "", row?["middle_name"]),
                courseID: courseID, courseVersion: version,
                courseTitles: course.titles.isEmpty ? ["": summary.course ?? courseID] : course.titles,
                lang: summary.lang ?? "en", score: summary.score ?? "?",
                issuedAt: summary.validFrom ?? record.issuedAt, validUntil: summary.validUntil,
                issuerName: summary.issuerName ?? "?", issuerURL: summary.issuerURL ?? "",
                kid: record.kid, revocation: try Revocation.fetchOne(db, key: record.id),
                credential: record.credential, holderCode: record.holderCode
            )
        }
    }
}
