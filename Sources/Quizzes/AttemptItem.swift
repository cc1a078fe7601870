/// One question of an attempt: where it stands and the order its options are shown in
/// (`optionOrder[k]` is the source index of the k-th option shown; empty for types without options).
public struct AttemptItem: Codable, Sendable, Equatable {
    public var position: Int
    public var qid: String
    public var optionOrder: [Int]

    public init(position: Int, qid: String, optionOrder: [Int]) {
        self.position = position
        self.qid = qid
        self.optionOrder = optionOrder
    }
}
