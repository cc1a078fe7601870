extension QRCode {
    /// The symbol for a terminal or a monospace page: each character is one module wide and two high
    /// (`▀` upper dark, `▄` lower dark, `█` both, a space neither), ink for dark modules, with a light
    /// quiet zone of `quietZone` modules on every side. Lines are all the same width.
    package func halfBlockLines(quietZone: Int = 4) -> [String] {
        let range = -quietZone..<(size + quietZone)
        return stride(from: range.lowerBound, to: range.upperBound, by: 2).map { top in
            String(range.map { column -> Character in
                switch (self[top, column], self[top + 1, column]) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }
}
