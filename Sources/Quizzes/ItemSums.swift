/// Running sums for one question over the attempts that drew it: x its credit, T the attempt's
/// total credit.
struct ItemSums: Sendable {
    var n = 0
    var sx = 0.0
    var sxx = 0.0
    var st = 0.0
    var stt = 0.0
    var sxt = 0.0

    mutating func add(_ x: Double, total t: Double) {
        n += 1
        sx += x
        sxx += x * x
        st += t
        stt += t * t
        sxt += x * t
    }

    mutating func merge(_ other: ItemSums) {
        n += other.n
        sx += other.sx
        sxx += other.sxx
        st += other.st
        stt += other.stt
        sxt += other.sxt
    }
}
