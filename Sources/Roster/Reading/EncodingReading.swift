/// A word that CP1251 and KZ-1048 read differently, where a file's encoding is in doubt: its line
/// and both readings, for the message that asks the admin to choose.
package struct EncodingReading: Sendable, Equatable {
    /// Physical line of the file (1 is the header).
    package let line: Int
    package let cp1251: String
    package let kz1048: String

    package init(line: Int, cp1251: String, kz1048: String) {
        self.line = line
        self.cp1251 = cp1251
        self.kz1048 = kz1048
    }
}
