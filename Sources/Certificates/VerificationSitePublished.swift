/// What `VerificationSite.publish` did: how many files it wrote and left as they were, and the
/// status list it signed, with the time by which the site must be published again.
package struct VerificationSitePublished: Codable, Sendable, Equatable {
    /// The site's folder.
    package var folder: String
    package var certificates: Int
    package var certificatesWritten: Int
    package var certificatesUnchanged: Int
    /// The page, the trust file, the status list and the folders' placeholder pages.
    package var otherFilesWritten: Int
    package var otherFilesUnchanged: Int
    package var keys: Int
    package var statusList: String
    package var statusListEntries: Int
    package var revoked: Int
    package var statusListValidFrom: String
    /// When verifiers stop trusting this status list (its `validUntil`, else 7 days after its
    /// `validFrom`): publish again before then.
    package var statusListValidUntil: String
}
