/// A property an input broke: `kind` names the property (inputs breaking the same one count as
/// one finding), `detail` says how, for this input.
package struct FuzzFailure: Error, Sendable, Equatable, CustomStringConvertible {
    package var kind: String
    package var detail: String

    package init(_ kind: String, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    package var description: String { "\(kind): \(detail)" }
}
