import Testing

/// Turns a fuzz report into test results: each broken property fails the test, unless it is a
/// known open bug (`known`: kind → the bug), which is recorded as a known issue instead. A known
/// kind that no input broke fails too, with a fixed budget: the bug was fixed, drop the entry.
public enum FuzzKnownIssues {
    public static func expect(_ report: Fuzzer.Report, known: [String: String], sourceLocation: SourceLocation = #_sourceLocation) {
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
        // With a time budget the inputs differ from run to run: a known kind may just not come up.
        guard FuzzConfig.current.seconds == nil, FuzzConfig.current.replay == nil else { return }
        for (kind, bug) in known where !report.findings.contains(where: { $0.failure.kind == kind }) {
            Issue.record(Comment(rawValue: "\(report.target): no input broke '\(kind)' (known issue: \(bug)); if the bug is fixed, remove it from the known issues"), sourceLocation: sourceLocation)
        }
    }
}
