extension Unicode.Scalar {
    /// Control characters (C0, DEL, C1) and the invisible format characters (zero-width spaces and
    /// joiners, bidi marks and overrides, word joiners and isolates, a stray BOM): what must not be in
    /// a name, and what must not reach a terminal unescaped.
    package var isControlOrInvisible: Bool {
        let v = value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if v < 0x200B { return false }
        return (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x206F).contains(v) || v == 0xFEFF
    }
}
