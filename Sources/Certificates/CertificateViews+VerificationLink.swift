extension CertificateViews {
    /// The verification page's link for a certificate (`URL#CODE`): the page set with
    /// `sana cert issuer --verify-url`, else the issuer's URL + `/index.html` (where `sana cert publish` puts the page when the site is served at the issuer's URL); nil when neither is known.
    package func verificationLink(for view: CertificateView) throws -> String? {
        try store.read { db in
            try VerificationPage.load(db, issuerURL: view.issuerURL)?.link(code: view.code)
        }
    }
}
