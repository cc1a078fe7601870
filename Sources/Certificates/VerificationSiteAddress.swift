/// Where a certificate lives in the verification site: `c/<first two characters>/<code>.jwt` (and
/// the same text as `.js`, for a page opened from `file://`), from its canonical code. The first two
/// characters are random (10 bits), so a million certificates make 1,024 folders of ~1,000 each
/// (two files apiece): small folders for any file system, CDN or upload tool, and no folder of a
/// million entries. Nothing lists the codes: a code is found only by knowing it.
package enum VerificationSiteAddress {
    /// The folder of all certificates, inside the site.
    package static let root = "c"

    /// The shard folder of a canonical code, relative to the site: `c/AB`.
    package static func folder(of code: String) -> String {
        root + "/" + code.prefix(2)
    }

    /// The certificate's file, relative to the site: `c/AB/ABCD-EFGH-JKMN-PQRS-T.jwt`.
    package static func certificate(_ code: String) -> String {
        folder(of: code) + "/" + code + ".jwt"
    }

    /// The same certificate as a script the page loads with a `<script>` tag.
    package static func script(_ code: String) -> String {
        folder(of: code) + "/" + code + ".js"
    }
}
