import SanaStore

/// A credential template of one issuing run as the store keeps it (`credential_template`): the
/// JWS's header part and the marked payload, identified by the SHA-256 of both.
struct RunTemplate: Sendable {
    let template: CredentialTemplate
    let header: String
    let sha256: String

    init(template: CredentialTemplate, header: String) {
        self.template = template
        self.header = header
        sha256 = SHA256.hex(of: Array(header.utf8) + [46] + template.marked)
    }
}
