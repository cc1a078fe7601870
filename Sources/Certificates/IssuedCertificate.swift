/// One certificate `sana cert issue` made: enough for its report line and for scripts.
package struct IssuedCertificate: Codable, Sendable, Equatable {
    package var id: String
    package var code: String
    package var learner: String
    package var course: String
    package var version: Int
    package var score: String
    package var file: String?
}
