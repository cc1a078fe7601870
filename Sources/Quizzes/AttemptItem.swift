/// One question of an attempt: where it stands and the order its options are shown in
/// (`optionOrder[k]` is the source index of the k-th option shown; empty for types without options).
package struct AttemptItem: Codable, Sendable, Equatable {
    package var position: Int
    package var qid: String
    package var optionOrder: [Int]

    package init(position: Int, qid: String, optionOrder: [Int]) {
        self.position = position
        self.qid = qid
        self.optionOrder = optionOrder
    }
}
