/// The checks made on one certificate file and the verdict they add up to: invalid if any check
/// failed, undecided if any could not be made, valid otherwise.
package struct VerificationReport: Codable, Sendable, Equatable {
    package enum Verdict: String, Codable, Sendable {
        case valid, invalid, undecided

        /// 0 valid, 1 invalid, 2 could not decide.
        package var exitCode: Int32 {
            switch self {
            case .valid: return 0
            case .invalid: return 1
            case .undecided: return 2
            }
        }
    }

    package var file: String
    package var checks: [VerificationCheck]
    package var verdict: Verdict
    package var summary: CertificateSummary?

    package init(file: String, checks: [VerificationCheck], summary: CertificateSummary?) {
        self.file = file
        self.checks = checks
        self.summary = summary
        if checks.contains(where: { $0.outcome == .failed }) {
            verdict = .invalid
        } else if checks.contains(where: { $0.outcome == .undecided }) {
            verdict = .undecided
        } else {
            verdict = .valid
        }
    }

    package func check(_ name: String) -> VerificationCheck? {
        checks.first { $0.name == name }
    }

    /// The worst verdict of several files: any invalid, else any undecided, else valid.
    package static func overall(_ reports: [VerificationReport]) -> Verdict {
        if reports.contains(where: { $0.verdict == .invalid }) { return .invalid }
        if reports.contains(where: { $0.verdict == .undecided }) { return .undecided }
        return .valid
    }
}
