import SanaStore
import Testing

struct BusyWaitTests {
    /// Every look, and the wait as a whole, for a wait of `seconds`.
    private func sleeps(_ seconds: Int) -> [UInt32] {
        let wait = BusyWait(seconds: seconds)
        var sleeps: [UInt32] = []
        while let next = wait.sleep(afterTries: sleeps.count) { sleeps.append(next) }
        return sleeps
    }

    @Test func looksEveryMillisecondAtFirstThenEveryFive() {
        let sleeps = sleeps(3)
        #expect(sleeps.prefix(100).allSatisfy { $0 == 1_000 })
        #expect(sleeps.dropFirst(100).allSatisfy { $0 == 5_000 })
        #expect(sleeps.count == 100 + (3_000_000 - 100_000) / 5_000)
    }

    @Test func waitsTheWholeTimeoutAndNoLonger() {
        for seconds in [1, 3, 30] {
            let total = sleeps(seconds).reduce(0) { $0 + Int($1) }
            #expect(total >= seconds * 1_000_000)
            #expect(total < seconds * 1_000_000 + 5_000)
        }
    }
}
