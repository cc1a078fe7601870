/// One field an edit changed, with its value before and after (nil: empty).
package struct LearnerChange: Codable, Sendable, Equatable {
    package let field: LearnerEdit.Field
    package let old: String?
    package let new: String?

    package init(field: LearnerEdit.Field, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
    }
}
