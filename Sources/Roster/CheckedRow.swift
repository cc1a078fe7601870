import Enrollment

/// A record after the checks that need no other row, waiting for its IIN to be claimed in file order.
enum CheckedRow: Sendable {
    /// Rejected before its IIN could claim a line: not valid UTF-8, or no valid IIN.
    case rejected(RowDiagnostic)
    /// A valid IIN: claimed in file order, then the row is kept (with its warning, if any) or
    /// rejected for `outcome`'s problem, unless an earlier row holds the IIN.
    case claimed(iin: IIN, line: Int, outcome: Result<RosterRow, RowDiagnostic>, warning: RowDiagnostic?)
}
