/// A code just issued: shown once (in the codes file), never stored in clear.
package struct IssuedAccessCode: Sendable, Equatable {
    package let iin: String
    package let name: String
    package let code: AccessCode
    /// True when it replaced a code the learner already had (which stopped working).
    package let replaced: Bool

    package init(iin: String, name: String, code: AccessCode, replaced: Bool = false) {
        self.iin = iin
        self.name = name
        self.code = code
        self.replaced = replaced
    }
}
