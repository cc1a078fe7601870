/// One line of a verification: which check, how it came out, and why.
package struct VerificationCheck: Codable, Sendable, Equatable {
    package enum Outcome: String, Codable, Sendable {
        /// The check holds.
        case passed
        /// The check fails: the certificate is invalid.
        case failed
        /// The check could not be made with what was given (no trust file, no status list).
        case undecided
        /// Not made because an earlier check already failed.
        case skipped
    }

    package static let names = [
        "well-formed", "signature", "key trusted", "key valid when issued", "not revoked", "dates",
        "Open Badges fields", "identity",
    ]

    package var name: String
    package var outcome: Outcome
    package var detail: String

    package init(_ name: String, _ outcome: Outcome, _ detail: String) {
        self.name = name
        self.outcome = outcome
        self.detail = detail
    }
}
