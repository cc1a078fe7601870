import Courses

/// Draws an attempt's questions from a seed: `draw` questions from each pool (in the exam's pool
/// order, each pool's questions in import order), then the drawn questions shuffled together, then
/// each question's options. The same seed and questions give the same items, so a stored attempt
/// can be re-derived and checked (`sana quiz show-attempt`).
package enum ExamDraw {
    package static func items(exam: ExamDefinition, questions: [Question], seed: Int64) throws -> [AttemptItem] {
        var generator = SplitMix64(seed: UInt64(bitPattern: seed))
        let byPool = Dictionary(grouping: questions, by: \.pool)
        var drawn: [Question] = []
        for pool in exam.pools {
            var candidates = byPool[pool.pool] ?? []
            guard candidates.count >= pool.draw else {
                throw QuizzesError.poolTooSmall(pool: pool.pool, has: candidates.count, draw: pool.draw)
            }
            generator.shuffle(&candidates)
            drawn += candidates.prefix(pool.draw)
        }
        generator.shuffle(&drawn)
        return drawn.enumerated().map { index, question in
            var order = Array(0..<question.options.count)
            generator.shuffle(&order)
            return AttemptItem(position: index + 1, qid: question.id, optionOrder: order)
        }
    }

    /// A fresh seed from the system's generator.
    package static func newSeed() -> Int64 {
        var system = SystemRandomNumberGenerator()
        return Int64(bitPattern: system.next())
    }
}
