import Foundation
import GRDB
import Quizzes
import Testing

@Suite struct ItemAnalysisTests {
    /// Pearson's r computed the long way, for comparison.
    func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let cov = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let vx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), vy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        return cov / (vx.squareRoot() * vy.squareRoot())
    }

    @Test func pointBiserialFromSumsEqualsTheDirectCorrelationWithTheRestScore() {
        let x: [Double] = [1, 0, 1, 1, 0, 0.5]
        let totals: [Double] = [4, 1, 3.5, 3, 2, 2.5]
        let sums = (sx: x.reduce(0, +), sxx: x.map { $0 * $0 }.reduce(0, +), st: totals.reduce(0, +),
                    stt: totals.map { $0 * $0 }.reduce(0, +), sxt: zip(x, totals).map(*).reduce(0, +))
        let statistics = ItemAnalysis.statistics(qid: "q", pool: "p", type: "choice", n: 6, sx: sums.sx, sxx: sums.sxx, st: sums.st, stt: sums.stt, sxt: sums.sxt)
        let rest = zip(totals, x).map(-)
        #expect(abs(statistics.discrimination! - pearson(x, rest)) < 1e-9)
        #expect(abs(statistics.difficulty - 3.5 / 6) < 1e-12)
        #expect(statistics.flags == [])
    }

    @Test func flagsTooEasyTooHardAndNegativeDiscrimination() {
        func stats(_ x: [Double], _ totals: [Double]) -> ItemStatistics {
            ItemAnalysis.statistics(qid: "q", pool: "p", type: "t", n: x.count, sx: x.reduce(0, +), sxx: x.map { $0 * $0 }.reduce(0, +),
                                    st: totals.reduce(0, +), stt: totals.map { $0 * $0 }.reduce(0, +), sxt: zip(x, totals).map(*).reduce(0, +))
        }
        #expect(stats([1, 1, 1, 1], [4, 3, 2, 1]).flags == [.tooEasy])
        #expect(stats([1, 1, 1, 1], [4, 3, 2, 1]).discrimination == nil)
        #expect(stats([0, 0, 0, 0], [3, 2, 1, 0]).flags == [.tooHard])
        // Strong learners (high rest score) got it wrong, weak ones right.
        let negative = stats([0, 0, 1, 1], [3, 3, 1, 1])
        #expect(negative.flags == [.negativeDiscrimination])
        #expect(negative.discrimination! < -0.9)
    }

    @Test func theReportOverStoredAttemptsCountsDrawsAnswersAndCredit() throws {
        let fixture = try QuizFixture(exam: "time_limit_minutes: 30\n  attempts: 5\n  cooldown_minutes: 0\n  pass_mark: 80\n  grading: last\n  review: score")
        for round in 0..<3 {
            let sheet = try fixture.sessions.start(course: "mini", iin: QuizFixture.iin, now: Clock.minutes(Double(round * 100)))
            for item in sheet.items.prefix(round + 1) {
                try fixture.sessions.answer(attemptId: sheet.attempt.id, qid: item.question.id, response: QuizFixture.right[item.question.id]!, now: Clock.minutes(Double(round * 100 + 1)))
            }
            let result = try fixture.sessions.submit(attemptId: sheet.attempt.id, now: Clock.minutes(Double(round * 100 + 2)))
            #expect(result.items == [])
            #expect(result.score == Double(round + 1) * 25)
        }
        let report = try ItemAnalysis(store: fixture.store).items(course: "mini")
        #expect(report.attempts == 3)
        #expect(report.items.map(\.drawn).reduce(0, +) == 12)
        let credit = report.items.map { $0.difficulty * Double($0.drawn) }.reduce(0, +)
        #expect(abs(credit - 6) < 1e-9)
        // Pool order, then question order.
        #expect(report.items.map(\.qid) == report.items.map(\.qid).sorted())
        // Results: grading 'last' counts the third attempt (75%, under the pass mark of 80).
        let results = try QuizResults(store: fixture.store).results(course: "mini")
        #expect(results.count == 1)
        #expect(results[0].attempts == 3)
        #expect(results[0].score == 75)
        #expect(results[0].status == .failed)
        let completions = try CompletionReport(store: fixture.store).rows(course: "mini")
        #expect(completions == [CompletionRow(institution: "ҚазҰУ", enrolled: 1, attempted: 1, passed: 0)])
    }
}
