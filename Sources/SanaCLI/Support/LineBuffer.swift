/// The line being typed at a prompt: its text as characters (so a Kazakh `ә` typed as `а` and a
/// combining mark is one), and the cursor between them. Pure editing, no terminal.
struct LineBuffer: Sendable, Equatable {
    private(set) var characters: [Character] = []
    /// 0 (before the first character) ... characters.count (after the last).
    private(set) var cursor = 0

    var text: String { String(characters) }

    /// Inserts typed text at the cursor; a combining mark joins the character before it.
    mutating func insert(_ typed: String) {
        let before = String(characters[..<cursor]) + typed
        let after = characters[cursor...]
        let joined = Array(before + String(after))
        cursor = Array(before).count
        characters = joined
        cursor = min(cursor, characters.count)
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    mutating func delete() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    mutating func left() { cursor = max(0, cursor - 1) }
    mutating func right() { cursor = min(characters.count, cursor + 1) }
    mutating func home() { cursor = 0 }
    mutating func end() { cursor = characters.count }

    /// Ctrl-U: the whole line.
    mutating func clear() {
        characters = []
        cursor = 0
    }

    /// Ctrl-K: from the cursor to the end.
    mutating func killToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Ctrl-W: the word before the cursor, and the spaces after it.
    mutating func deleteWordBack() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }
}
