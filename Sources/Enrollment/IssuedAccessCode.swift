/// A code just issued: shown once (in the codes file), never stored in clear.
public struct IssuedAccessCode: Sendable, Equatable {
    public let iin: String
    public let name: String
    public let code: AccessCode
    /// True when it replaced a code the learner already had (which stopped working).
    public let replaced: Bool

    public init(iin: String, name: String, code: AccessCode, replaced: Bool = false) {
        self.iin = iin
        self.name = name
        self.code = code
        self.replaced = replaced
    }
}
