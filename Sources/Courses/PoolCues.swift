/// The cue figures of one exam pool in one language, as `CueCheck` measures them: what a learner
/// who knows nothing could exploit (the key is the longest option, True is the safe guess, every
/// multiple-answer question has the same number of right answers) and general feedback that gives
/// the key away.
package struct PoolCues: Sendable, Equatable {
    /// A question whose general feedback gives its key away.
    package struct Leak: Sendable, Equatable {
        package var qid: String
        package var line: Int
        package var message: String
    }

    package var pool: String
    package var language: Language
    /// The pool file, as diagnostics name it.
    package var file: String
    package var questions: Int
    /// Single-answer questions (`choice`).
    package var singleAnswer: Int
    /// The single-answer questions whose key is the strictly longest option, in file order.
    package var longestKey: [String]
    /// The expected score, in percent, of always choosing the longest option alone (ties shared)
    /// and always answering True, over every question of the pool.
    package var longestTrueScore: Double
    /// The questions on which that strategy earns credit, in file order.
    package var longestTrueScoring: [String]
    /// The multiple-answer questions, in file order, and how many right answers each has.
    package var multiAnswer: [String]
    package var rightCounts: [Int]
    /// The true/false questions whose answer is True, and those whose answer is False.
    package var trueItems: [String]
    package var falseItems: [String]
    package var leaks: [Leak]

    /// The share (0...1) of single-answer questions whose key is the longest option.
    package var longestKeyShare: Double {
        singleAnswer == 0 ? 0 : Double(longestKey.count) / Double(singleAnswer)
    }

    /// The share (0...1) of true/false questions with the more frequent answer.
    package var trueFalseMajorityShare: Double {
        let total = trueItems.count + falseItems.count
        return total == 0 ? 0 : Double(max(trueItems.count, falseItems.count)) / Double(total)
    }
}
