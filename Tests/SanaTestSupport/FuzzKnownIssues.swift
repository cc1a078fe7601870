import Testing

/// Turns a fuzz report into test results: each broken property fails the test, unless it is a
/// known open bug (`known`: kind → the bug), which is recorded as a known issue instead. (Each
/// known bug also has a regression input, which fails the test once the bug is fixed, so that its
/// entry here and in known-issues.txt gets removed.)
package enum FuzzKnownIssues {
    package static func expect(_ report: Fuzzer.Report, known: [String: String], sourceLocation: SourceLocation = #_sourceLocation) {
        for finding in report.findings {
            let text = "\(report.target): \(finding.failure.kind) (\(finding.count) inputs): \(finding.failure.detail.prefix(1500))\nsaved: \(finding.path)\nminimised: \(finding.minimizedPath)"
            if let bug = known[finding.failure.kind] {
                withKnownIssue(Comment(rawValue: bug)) {
                    Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
                }
            } else {
                Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
            }
        }
    }
}
