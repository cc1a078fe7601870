import Foundation
@testable import Roster
import SanaCSV
import Testing

@Suite struct TextEncodingTests {
    func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String {
        var transcoder = UTF8Transcoder(encoding: encoding)
        var out: [UInt8] = []
        // Byte by byte: state across chunk boundaries must survive.
        for byte in bytes {
            [byte].withUnsafeBytes { transcoder.transcode($0, into: &out) }
        }
        transcoder.finish(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func cp1251TableAgreesWithFoundation() throws {
        let bytes = (0x80...0xFF).map { UInt8($0) }.filter { $0 != 0x98 }  // 0x98 is undefined in CP1251
        let foundation = try #require(String(data: Data(bytes), encoding: .windowsCP1251))
        #expect(decode(bytes, as: .cp1251) == foundation)
    }

    @Test func aWholeChunkDecodesAsByteByByte() throws {
        let bytes = (0...255).map { UInt8($0) } + Array("ИИН;Тегі\n".utf8.prefix(3)) + (0...255).reversed().map { UInt8($0) }
        for encoding in [TextEncoding.cp1251, .kz1048] {
            var transcoder = UTF8Transcoder(encoding: encoding)
            var out: [UInt8] = Array("kept".utf8)
            bytes.withUnsafeBytes { transcoder.transcode($0, into: &out) }
            transcoder.finish(into: &out)
            #expect(String(decoding: out, as: UTF8.self) == "kept" + decode(bytes, as: encoding))
        }
        let defined = (0...255).map { UInt8($0) }.filter { $0 != 0x98 }
        var transcoder = UTF8Transcoder(encoding: .cp1251)
        var out: [UInt8] = []
        defined.withUnsafeBytes { transcoder.transcode($0, into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == String(data: Data(defined), encoding: .windowsCP1251))
    }

    @Test func utf8CheckFindsABadByteAtAnyOffsetOfALongASCIIRun() {
        for offset in 0..<40 {
            var bytes = Array(String(repeating: "a", count: 40).utf8)
            #expect(UTF8Validation.isValid(bytes, allowTruncatedEnd: false))
            bytes[offset] = 0xFF
            #expect(!UTF8Validation.isValid(bytes, allowTruncatedEnd: false), "at \(offset)")
            bytes[offset] = 0xD0
            #expect(!UTF8Validation.isValid(bytes, allowTruncatedEnd: false), "at \(offset)")
            bytes.insert(0x9A, at: offset + 1)  // "К": valid again
            #expect(UTF8Validation.isValid(bytes, allowTruncatedEnd: false), "at \(offset)")
        }
    }

    @Test func utf8CheckOnTwoByteSequences() {
        #expect(UTF8Validation.isValid(Array("Қазақ ИИН".utf8), allowTruncatedEnd: false))
        #expect(!UTF8Validation.isValid([0xC1, 0x81], allowTruncatedEnd: false))  // overlong
        #expect(!UTF8Validation.isValid([0xD0, 0x41], allowTruncatedEnd: false))
        #expect(!UTF8Validation.isValid([0xD0, 0x9A, 0x9A], allowTruncatedEnd: false))
        #expect(!UTF8Validation.isValid([0x41, 0xD0], allowTruncatedEnd: false))
        #expect(UTF8Validation.isValid([0x41, 0xD0], allowTruncatedEnd: true))
    }

    @Test func kz1048HasTheKazakhLetters() {
        // Bytes from the KZ-1048 standard (STRK1048-2002), independent of our table.
        let bytes: [UInt8] = [
            0xA3, 0xE1, 0xB3, 0xEB, 0x9D, 0xE0, 0xF1, 0xFB, 0xEC, 0xA2, 0xEB, 0xFB, 0x20, 0xAA, 0xE0, 0xEB, 0xFB, 0xEC, 0x20,
            0xA5, 0xEC, 0xB3, 0xF0, 0xE7, 0xE0, 0x9D, 0x20, 0xAF, 0xEA, 0xB3, 0xE1, 0xE0, 0xE9, 0x20, 0xBD, 0xBE, 0x20, 0x8E, 0x9E,
        ]
        #expect(decode(bytes, as: .kz1048) == "Әбілқасымұлы Ғалым Өмірзақ Үкібай Ңң Һһ")
    }

    @Test func utf16BothByteOrdersWithSurrogates() {
        let text = "ИИН;Тегі 🎓\n"
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decode(le, as: .utf16LE) == text)
        #expect(decode(be, as: .utf16BE) == text)
    }

    @Test func utf16InChunksOfAnySizeWithBrokenSurrogates() {
        let units: [UInt16] = Array("ИИН;Тегі 🎓 a\n".utf16) + [0xD800, 0x0041, 0xDC00, 0xD83C, 0xD83C, 0xDF93, 0x0042, 0xD800]
        let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let expected = "ИИН;Тегі 🎓 a\n\u{FFFD}A\u{FFFD}\u{FFFD}🎓B\u{FFFD}"
        #expect(decode(le, as: .utf16LE) == expected)
        for size in [1, 2, 3, 5, 7, le.count] {
            var transcoder = UTF8Transcoder(encoding: .utf16LE)
            var out: [UInt8] = []
            for start in stride(from: 0, to: le.count, by: size) {
                Array(le[start..<min(start + size, le.count)]).withUnsafeBytes { transcoder.transcode($0, into: &out) }
            }
            transcoder.finish(into: &out)
            #expect(String(decoding: out, as: UTF8.self) == expected, "chunks of \(size)")
        }
    }

    @Test func detection() {
        func detect(_ bytes: [UInt8], whole: Bool = true) -> String {
            TextEncoding.detectUnicode(bytes, isWholeFile: whole).map { "\($0.encoding.rawValue) \($0.bomLength)" } ?? "single-byte"
        }
        #expect(detect([0xEF, 0xBB, 0xBF, 0x61]) == "utf-8 3")
        #expect(detect([0xFF, 0xFE, 0x61, 0x00]) == "utf-16le 2")
        #expect(detect([0xFE, 0xFF, 0x00, 0x61]) == "utf-16be 2")
        #expect(detect(Array("Әбілқасым".utf8)) == "utf-8 0")
        #expect(detect([0xC8, 0xC8, 0xCD]) == "single-byte")  // "ИИН" in CP1251
        // A multi-byte letter cut by the end of the first chunk is still UTF-8.
        let cut = Array(Array("Аты".utf8).dropLast())
        #expect(detect(cut, whole: false) == "utf-8 0")
        #expect(detect(cut) == "single-byte")
    }
}
