/// A certificate signed by `Issuance`, on its way to the store and to its file (a class: chunks of
/// them are handed from thread to thread, and copying one would retain each of its fields).
final class SignedCertificate: Sendable {
    let id: String
    let code: String
    let learnerID: Int64
    let courseVersionID: Int64
    let attemptID: Int64
    let statusIndex: Int
    /// The credential's text (the file's content before its newline).
    let text: [UInt8]
    /// How the store keeps the credential: the run's template number and the encoded
    /// `CredentialParts`, or nil when it keeps `text` whole.
    let compact: (template: Int, parts: [UInt8])?

    init(id: String, code: String, learnerID: Int64, courseVersionID: Int64, attemptID: Int64, statusIndex: Int, text: [UInt8], compact: (template: Int, parts: [UInt8])?) {
        self.id = id
        self.code = code
        self.learnerID = learnerID
        self.courseVersionID = courseVersionID
        self.attemptID = attemptID
        self.statusIndex = statusIndex
        self.text = text
        self.compact = compact
    }
}
