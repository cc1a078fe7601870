/// Valid IINs for tests: a fixed birth date and century digit, a serial, and the computed check digit.
enum IINMaker {
    static func valid(serial: Int) -> String {
        for bump in 0..<100 {
            let base = "0001013" + String(String(serial * 100 + bump).suffix(4)).leftPadded(4)
            let digits = base.map { Int(String($0))! }
            var check = zip(digits, 1...11).map { $0 * $1 }.reduce(0, +) % 11
            if check == 10 {
                check = zip(digits, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).map { $0 * $1 }.reduce(0, +) % 11
            }
            if check < 10 { return base + String(check) }
        }
        fatalError("no valid IIN for serial \(serial)")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
