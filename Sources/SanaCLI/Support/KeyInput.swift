/// A key a learner pressed at a prompt, decoded from the bytes a terminal sends: UTF-8 text,
/// Enter, the editing keys (arrows, Home/End, Backspace, Delete, Ctrl-A/E/B/F/U/K/W/D) in their
/// xterm, VT100 and Linux console forms, and Ctrl-C. Escape sequences for other keys (Up, F1, a
/// paste bracket) are swallowed whole, so they never reach the answer as `^[[A`.
enum KeyInput: Equatable, Sendable {
    case text(String)
    case enter, backspace, delete, left, right, home, end
    case clearLine, killToEnd, deleteWordBack
    /// Ctrl-D: the end of input on an empty line, else Delete.
    case endOfInput
    case interrupt

    /// Decodes the complete keys at the front of `bytes`, up to and including the first Enter, and
    /// removes them; what follows an Enter (typed ahead) stays for the next line, and so does an
    /// incomplete escape sequence or UTF-8 character, unless `flush` (nothing more came): then a
    /// lone ESC is dropped and broken UTF-8 becomes U+FFFD.
    static func decode(_ bytes: inout [UInt8], flush: Bool = false) -> [KeyInput] {
        var keys: [KeyInput] = []
        var index = 0
        var text: [UInt8] = []
        func endText() {
            if !text.isEmpty {
                keys.append(.text(String(decoding: text, as: UTF8.self)))
                text = []
            }
        }
        loop: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1B:
                guard let (key, length) = escape(bytes, at: index) else {
                    if flush {
                        index += 1
                        continue
                    }
                    break loop
                }
                endText()
                if let key { keys.append(key) }
                index += length
            case 0x0D, 0x0A:
                endText()
                keys.append(.enter)
                // CR LF (a pasted line) is one Enter.
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                // What was typed after it belongs to the next prompt: leave it for then.
                break loop
            case 0x7F, 0x08:
                endText(); keys.append(.backspace); index += 1
            case 0x01:
                endText(); keys.append(.home); index += 1
            case 0x05:
                endText(); keys.append(.end); index += 1
            case 0x02:
                endText(); keys.append(.left); index += 1
            case 0x06:
                endText(); keys.append(.right); index += 1
            case 0x15:
                endText(); keys.append(.clearLine); index += 1
            case 0x0B:
                endText(); keys.append(.killToEnd); index += 1
            case 0x17:
                endText(); keys.append(.deleteWordBack); index += 1
            case 0x04:
                endText(); keys.append(.endOfInput); index += 1
            case 0x03:
                endText(); keys.append(.interrupt); index += 1
            case 0x09:
                text.append(0x20); index += 1
            case 0x00..<0x20:
                index += 1
            case 0x80...:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if index + length > bytes.count {
                    if !flush { break loop }
                    text += [0xEF, 0xBF, 0xBD]
                    index = bytes.count
                    continue
                }
                text += bytes[index..<(index + length)]
                index += length
            default:
                text.append(byte)
                index += 1
            }
        }
        endText()
        bytes.removeFirst(index)
        return keys
    }

    /// The key an escape sequence at `start` stands for (nil inside when it is one to swallow) and
    /// its length; nil when the sequence is not complete yet.
    private static func escape(_ bytes: [UInt8], at start: Int) -> (KeyInput?, Int)? {
        guard start + 1 < bytes.count else { return nil }
        let kind = bytes[start + 1]
        if kind == UInt8(ascii: "O") {
            guard start + 2 < bytes.count else { return nil }
            switch bytes[start + 2] {
            case UInt8(ascii: "C"): return (.right, 3)
            case UInt8(ascii: "D"): return (.left, 3)
            case UInt8(ascii: "H"): return (.home, 3)
            case UInt8(ascii: "F"): return (.end, 3)
            default: return (nil, 3)
            }
        }
        guard kind == UInt8(ascii: "[") else {
            // Alt and a key: swallow both.
            return (nil, 2)
        }
        var index = start + 2
        var parameters = ""
        while index < bytes.count, (0x20...0x3F).contains(bytes[index]) {
            parameters.append(Character(UnicodeScalar(bytes[index])))
            index += 1
        }
        guard index < bytes.count else { return nil }
        let final = bytes[index]
        let length = index - start + 1
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        switch final {
        case UInt8(ascii: "C"): return (.right, length)
        case UInt8(ascii: "D"): return (.left, length)
        case UInt8(ascii: "H"): return (.home, length)
        case UInt8(ascii: "F"): return (.end, length)
        case UInt8(ascii: "~"):
            switch first {
            case "1", "7": return (.home, length)
            case "4", "8": return (.end, length)
            case "3": return (.delete, length)
            default: return (nil, length)
            }
        default:
            return (nil, length)
        }
    }
}
