import ArgumentParser

struct CertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cert",
        abstract: "Issue, verify, revoke and print Open Badges 3.0 certificates; manage the signing keys.",
        subcommands: [
            CertIssuerCommand.self, CertKeygenCommand.self, CertKeysCommand.self, CertRotateCommand.self,
            CertTrustExportCommand.self, CertIssueCommand.self, CertVerifyCommand.self, CertLookupCommand.self,
            CertRevokeCommand.self, CertStatusListCommand.self, CertPublishCommand.self, CertShowCommand.self, CertCompromiseCommand.self,
            CertReissueCommand.self,
        ]
    )
}
