/// A code just issued: shown once (in the codes file), never stored in clear.
public struct IssuedAccessCode: Sendable, Equatable {
    public let iin: String
    public let name: String
    public let code: AccessCode

    public init(iin: String, name: String, code: AccessCode) {
        self.iin = iin
        self.name = name
        self.code = code
    }
}
