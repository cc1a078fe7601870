/// One field an edit changed, with its value before and after (nil: empty).
public struct LearnerChange: Codable, Sendable, Equatable {
    public let field: LearnerEdit.Field
    public let old: String?
    public let new: String?

    public init(field: LearnerEdit.Field, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
    }
}
