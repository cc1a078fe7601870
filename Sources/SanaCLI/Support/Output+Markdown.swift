extension Output {
    /// Text of ours passed through the lesson renderer as it is: Markdown's markers escaped, so
    /// `--lesson N` or a course title with `*` is not read as emphasis.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
