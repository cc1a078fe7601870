import Foundation
import GRDB
import SanaConcurrency
import SanaStore

/// The static verification site (`sana cert publish DIR`): a folder any web host or CDN serves as it
/// is. `index.html` and its script and style check a certificate in the browser; beside them the
/// trust file (`trust.json`), a freshly signed status list (`status.jwt`, and again at
/// `credentials/status/revocation` so the folder can be served at the issuer's URL), and every
/// certificate at `c/<AB>/<code>.jwt`. Each data file is also written as a script (`trust.js`,
/// `status.js`, `c/<AB>/<code>.js`) that hands its text to the page, which is how the page reads
/// them from `file://`, where browsers refuse `fetch`. Publishing again writes only what changed.
package struct VerificationSite: Sendable {
    package let store: Store
    package let signer: Signer

    /// Certificates read from the store at a time.
    static let batchSize = 2048
    /// How long a status list without `validUntil` is trusted, as the page counts it.
    package static let statusListDefaultLifetime: Int64 = 7 * 86_400

    package init(store: Store, signer: Signer) {
        self.store = store
        self.signer = signer
    }

    package func publish(to path: String, now: Date = Date()) throws -> VerificationSitePublished {
        let site = try VerificationSiteFolder(path)
        var written = 0, unchanged = 0
        func put(_ relative: String, _ text: String) throws {
            if try site.put(relative, Array(text.utf8)) { written += 1 } else { unchanged += 1 }
        }
        for (name, text) in Self.pageFiles { try put(name, text) }

        // Certificates first, then the keys and the status list that cover them: a certificate
        // issued meanwhile is either published with both, or left for the next run.
        let (certificates, certificatesWritten, shards) = try publishCertificates(site)
        try put(VerificationSiteAddress.root + "/index.html", Self.placeholder(depth: 1))
        for shard in shards.sorted() { try put(shard + "/index.html", Self.placeholder(depth: 2)) }

        let trust = try SigningKeys(store: store).trustList(now: now)
        guard !trust.keys.isEmpty else { throw CertificatesError.noSigningKey }
        let trustText = try trust.jsonText()
        try put("trust.json", trustText)
        try put("trust.js", "sanaTrust(\(try Self.literal(trustText)));\n")

        let status = try StatusListPublisher(store: store, signer: signer).publish(now: now)
        let statusText = status.jws + "\n"
        try put("status.jwt", statusText)
        try put("credentials/status/revocation", statusText)
        try put("status.js", "sanaStatusList(\(try Self.literal(status.jws)));\n")
        site.sync()

        let payload = try CompactJWS.parse(status.jws).payload
        let validFrom = payload["validFrom"]?.stringValue.flatMap(Timestamp.seconds(from:)) ?? Timestamp.seconds(now)
        let validUntil = payload["validUntil"]?.stringValue.flatMap(Timestamp.seconds(from:)) ?? validFrom + Self.statusListDefaultLifetime
        let published = VerificationSitePublished(
            folder: path, certificates: certificates, certificatesWritten: certificatesWritten,
            certificatesUnchanged: certificates - certificatesWritten, otherFilesWritten: written, otherFilesUnchanged: unchanged,
            keys: trust.keys.count, statusList: status.url, statusListEntries: status.length, revoked: status.revoked,
            statusListValidFrom: Timestamp.iso(seconds: validFrom), statusListValidUntil: Timestamp.iso(seconds: validUntil)
        )
        try store.write { db in
            try AuditEntry.record(
                db, action: "cert.publish", subject: path,
                detail: "\(certificates) certificates (\(certificatesWritten) written), status list valid until \(published.statusListValidUntil)"
            )
        }
        return published
    }

    /// Writes every certificate in the store (both its files), in batches in code order, on all
    /// cores. Returns how many there are, how many had a file written, and the shard folders.
    private func publishCertificates(_ site: VerificationSiteFolder) throws -> (count: Int, written: Int, shards: Set<String>) {
        var count = 0, written = 0
        var shards = Set<String>()
        var after = ""
        while true {
            let batch = try store.read { db in
                try CertificateRecord.fetchAll(
                    db, sql: CertificateRecord.selection + " WHERE c.code > ? ORDER BY c.code LIMIT ?", arguments: [after, Self.batchSize]
                )
            }
            guard let last = batch.last else { break }
            after = last.code
            let changed = try ConcurrentMap.map(batch.count) { index -> Bool in
                let record = batch[index]
                guard HumanCode.normalize(record.code) == record.code else { throw CertificatesError.invalidCode(record.code) }
                let jwt = try site.put(VerificationSiteAddress.certificate(record.code), Array((record.credential + "\n").utf8))
                let script = try site.put(
                    VerificationSiteAddress.script(record.code),
                    Array("sanaCertificate(\(try Self.literal(record.code)), \(try Self.literal(record.credential)));\n".utf8)
                )
                return jwt || script
            }
            count += batch.count
            written += changed.filter { $0 }.count
            for record in batch { shards.insert(VerificationSiteAddress.folder(of: record.code)) }
        }
        return (count, written, shards)
    }

    /// The page, its script, texts, style and icon.
    static let pageFiles: [(String, String)] = [
        ("index.html", VerificationSitePage.text),
        ("verify.js", VerificationSiteScript.text),
        ("verify-texts.js", VerificationSiteTexts.text),
        ("verify.css", VerificationSiteStyle.text),
        ("favicon.svg", VerificationSiteIcon.text),
    ]

    /// What a web server that lists folders shows for `c/` and `c/AB/` instead of the codes in
    /// them: a page that sends the visitor to the verification page.
    static func placeholder(depth: Int) -> String {
        let up = String(repeating: "../", count: depth) + "index.html"
        return """
            <!doctype html>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="0; url=\(up)">
            <title>Certificate check</title>
            <a href="\(up)">Certificate check</a>

            """
    }

    /// A JavaScript string literal of `text` (JSON's, which JavaScript reads as the same string).
    static func literal(_ text: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(text), as: UTF8.self)
    }
}
