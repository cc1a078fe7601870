/// A property an input broke: `kind` names the property (inputs breaking the same one count as
/// one finding), `detail` says how, for this input.
public struct FuzzFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var kind: String
    public var detail: String

    public init(_ kind: String, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind): \(detail)" }
}
