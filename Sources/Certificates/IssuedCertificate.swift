/// One certificate `sana cert issue` made: enough for its report line and for scripts.
public struct IssuedCertificate: Codable, Sendable, Equatable {
    public var id: String
    public var code: String
    public var learner: String
    public var course: String
    public var version: Int
    public var score: String
    public var file: String?
}
