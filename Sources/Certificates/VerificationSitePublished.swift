/// What `VerificationSite.publish` did: how many files it wrote and left as they were, and the
/// status list it signed, with the time by which the site must be published again.
public struct VerificationSitePublished: Codable, Sendable, Equatable {
    /// The site's folder.
    public var folder: String
    public var certificates: Int
    public var certificatesWritten: Int
    public var certificatesUnchanged: Int
    /// The page, the trust file, the status list and the folders' placeholder pages.
    public var otherFilesWritten: Int
    public var otherFilesUnchanged: Int
    public var keys: Int
    public var statusList: String
    public var statusListEntries: Int
    public var revoked: Int
    public var statusListValidFrom: String
    /// When verifiers stop trusting this status list (its `validUntil`, else 7 days after its
    /// `validFrom`): publish again before then.
    public var statusListValidUntil: String
}
