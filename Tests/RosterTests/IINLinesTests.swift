@testable import Roster
import Testing

@Suite struct IINLinesTests {
    /// Enough IINs to grow every table several times: each keeps the line it was first seen on.
    @Test func firstLineWinsThroughGrowth() {
        var lines = IINLines(capacity: 64)
        let iins = (0..<200_000).map { UInt64($0) &* 7_919 &+ 10_000_000_000 }
        for (index, iin) in iins.enumerated() {
            #expect(lines.firstLine(of: iin, at: index + 2) == nil)
        }
        for (index, iin) in iins.enumerated() where index % 997 == 0 {
            #expect(lines.firstLine(of: iin, at: 999_999) == index + 2)
            #expect(lines.contains(iin))
        }
        #expect(!lines.contains(9_999_999_999))
        #expect(lines.firstLine(of: 0, at: 5) == nil)  // the smallest key is an entry, not an empty slot
        #expect(lines.firstLine(of: 0, at: 6) == 5)
    }
}
