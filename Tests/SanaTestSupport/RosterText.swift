import Enrollment

/// Rosters made up for tests: valid, distinct IINs (two-pass check digit) and Kazakh names.
package enum RosterText {
    /// The n-th of a sequence of distinct valid IINs: a birth date from n / 10000, serial n % 10000,
    /// and the first century digit (3 to 6) that gives a defined check digit.
    package static func iin(_ n: Int) -> String {
        let day = n / 10000
        let date = [9, 9 - (day / 336) % 10, (day % 12 + 1) / 10, (day % 12 + 1) % 10, ((day / 12) % 28 + 1) / 10, ((day / 12) % 28 + 1) % 10]
        let serial = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10]
        for century in 3...6 {
            let first11 = date + [century] + serial
            if let check = IIN.checkDigit(first11) {
                return (first11 + [check]).map(String.init).joined()
            }
        }
        fatalError("no valid IIN for \(n)")
    }

    /// A CSV roster of `rows` learners (header iin,last_name,first_name,middle_name,email).
    package static func csv(rows: Int, from start: Int = 0) -> String {
        var text = "iin,last_name,first_name,middle_name,email\n"
        text.reserveCapacity(rows * 80)
        let last = ["Әбілқасымова", "Нұрланов", "Жұмабаева", "Қайратов", "Иванова", "Smith"]
        let first = ["Әйгерім", "Ерлан", "Гүлназ", "Дәурен", "Мария", "John"]
        for n in start..<(start + rows) {
            text += "\(iin(n)),\(last[n % last.count]),\(first[n % first.count]),,s\(n)@edu.kz\n"
        }
        return text
    }
}
