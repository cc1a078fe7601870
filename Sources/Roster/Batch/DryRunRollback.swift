/// Thrown inside an import's write transaction to roll a dry run back after computing everything.
struct DryRunRollback: Error {}
