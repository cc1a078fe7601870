/// Decides between CP1251 and KZ-1048 for a file that is not UTF-8, from its words, without guessing.
///
/// The two code pages differ in 16 bytes, each a letter in both: Ukrainian, Belarusian, Uzbek,
/// Serbian and Macedonian letters in CP1251 (є ї ґ ў ј ќ ћ ѕ), Kazakh ones in KZ-1048
/// (ғ ү ө ұ ә қ һ ң). Every word holding one of them is read both ways:
/// - as CP1251 it is plausible when all its letters belong to one alphabet CP1251 serves
///   (Ukrainian, Belarusian, Uzbek, Serbian, Macedonian): `Јбілќасымова` mixes four, so it is not;
/// - as KZ-1048 it is plausible when its letters are Kazakh and it has a Kazakh word's shape: no
///   word starts with ң, nor with ғ қ һ before a consonant; ә ө ү touch no other vowel; ұ touches
///   none either except before л (`Мұсаұлы`); ұ is never followed by г or к (`ұгли`).
///
/// A word only one reading explains is evidence for that code page. The verdict is KZ-1048 on
/// evidence for it and none against, CP1251 on evidence for it and none against or when no word
/// differs, and unclear otherwise (only words both read plausibly, or evidence both ways): then
/// the admin chooses with `--encoding`. Fed the whole file, chunk by chunk, so a later line
/// cannot contradict the verdict silently.
struct EncodingEvidence {
    enum Verdict: Equatable {
        case cp1251, kz1048, unclear
    }

    /// Words only CP1251 explains, only KZ-1048 explains, and both explain.
    private(set) var cp1251Only = 0
    private(set) var kz1048Only = 0
    private(set) var either = 0
    private var cp1251Examples: [EncodingReading] = []
    private var kz1048Examples: [EncodingReading] = []
    private var eitherExamples: [EncodingReading] = []

    private var word: [UInt8] = []
    private var wordLine = 1
    private var wordDiffers = false
    private var wordTooLong = false
    private var line = 1
    private var afterCarriageReturn = false
    /// The last two bytes read, and the two before the current word: a UTF-8 byte-order mark
    /// (EF BB BF, left where files were joined) is not a word; the row check names it.
    private var recent: UInt16 = 0
    private var beforeWord: UInt16 = 0

    static let examplesShown = 3
    /// Longer runs of letters are not words (nor evidence).
    static let longestWord = 64

    init() {
        word.reserveCapacity(EncodingEvidence.longestWord)
    }

    var verdict: Verdict {
        switch (cp1251Only > 0, kz1048Only > 0) {
        case (true, true): return .unclear
        case (false, true): return .kz1048
        case (true, false): return .cp1251
        case (false, false): return either > 0 ? .unclear : .cp1251
        }
    }

    /// The words that make the verdict unclear (or contradict the encoding chosen earlier), the first
    /// few in file order (evidence both ways when there is some), and how many more.
    var doubtful: (shown: [EncodingReading], more: Int) {
        let candidates = cp1251Only > 0 && kz1048Only > 0
            ? Array(cp1251Examples.prefix(2) + kz1048Examples.prefix(2))
            : Array((kz1048Examples + cp1251Examples + eitherExamples).prefix(EncodingEvidence.examplesShown))
        let shown = candidates.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return (shown, cp1251Only + kz1048Only + either - shown.count)
    }

    /// Reads more of the file.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        let flags = EncodingEvidence.flags
        for byte in bytes {
            let flag = flags[Int(byte)]
            defer { recent = recent << 8 | UInt16(byte) }
            if flag & EncodingEvidence.letter != 0 {
                if word.isEmpty { (wordLine, beforeWord) = (line, recent) }
                if word.count < EncodingEvidence.longestWord { word.append(byte) } else { wordTooLong = true }
                if flag & EncodingEvidence.differs != 0 { wordDiffers = true }
                afterCarriageReturn = false
                continue
            }
            if !word.isEmpty { endWord() }
            // Lines as the CSV reader counts them: LF, CR, or CRLF once.
            if byte == 0x0A {
                if !afterCarriageReturn { line += 1 }
                afterCarriageReturn = false
            } else if byte == 0x0D {
                line += 1
                afterCarriageReturn = true
            } else {
                afterCarriageReturn = false
            }
        }
    }

    /// The end of the file: a last word cut by it counts too.
    mutating func finish() {
        if !word.isEmpty { endWord() }
    }

    private mutating func endWord() {
        defer {
            word.removeAll(keepingCapacity: true)
            wordDiffers = false
            wordTooLong = false
        }
        guard wordDiffers, !wordTooLong, !(word == [0xBF] && beforeWord == 0xEFBB) else { return }
        let asCP1251 = EncodingEvidence.isPlausibleCP1251(word)
        let asKZ1048 = EncodingEvidence.isPlausibleKazakh(word)
        func reading() -> EncodingReading {
            EncodingReading(line: wordLine, cp1251: EncodingEvidence.decode(word, CodePageTable.cp1251), kz1048: EncodingEvidence.decode(word, CodePageTable.kz1048))
        }
        switch (asCP1251, asKZ1048) {
        case (true, true):
            either += 1
            if eitherExamples.count < EncodingEvidence.examplesShown { eitherExamples.append(reading()) }
        case (true, false):
            cp1251Only += 1
            if cp1251Examples.count < EncodingEvidence.examplesShown { cp1251Examples.append(reading()) }
        case (false, true):
            kz1048Only += 1
            if kz1048Examples.count < EncodingEvidence.examplesShown { kz1048Examples.append(reading()) }
        case (false, false):
            break  // neither: not text in either code page, so no evidence
        }
    }

    // MARK: - The alphabets

    private static let letter: UInt8 = 1
    private static let differs: UInt8 = 2

    /// Per byte: a letter in CP1251 (and so in KZ-1048), and whether the two read it differently.
    private static let flags: [UInt8] = (0..<256).map { byte in
        guard byte >= 0x80 else { return 0 }
        let cp = CodePageTable.cp1251[byte - 0x80], kz = CodePageTable.kz1048[byte - 0x80]
        guard let scalar = Unicode.Scalar(UInt32(cp)), scalar.properties.isAlphabetic else { return 0 }
        return letter | (cp != kz ? differs : 0)
    }

    private static let russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    /// The alphabets CP1251 serves beside Russian (Uzbek without қ ғ ҳ, which CP1251 lacks).
    private static let alphabets = [
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  // Ukrainian
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  // Belarusian
        russian + "ў",  // Uzbek
        "абвгдђежзијклљмнњопрстћуфхцчџш",  // Serbian
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  // Macedonian
    ].map { Set($0.unicodeScalars) }

    /// Per byte: a bit for each alphabet of `alphabets` that has the byte's CP1251 letter.
    private static let cp1251Alphabets: [UInt8] = (0..<256).map { byte in
        guard byte >= 0x80, let scalar = lowercase(CodePageTable.cp1251[byte - 0x80]) else { return 0 }
        return alphabets.enumerated().reduce(UInt8(0)) { $0 | ($1.element.contains(scalar) ? 1 << UInt8($1.offset) : 0) }
    }

    static func isPlausibleCP1251(_ word: [UInt8]) -> Bool {
        word.reduce(UInt8.max) { $0 & cp1251Alphabets[Int($1)] } != 0
    }

    private static let kazakh = Set((russian + "әғқңөұүһі").unicodeScalars)
    private static let vowels = Set("аәеёиоөуұүыіэюя".unicodeScalars)
    /// The vowels that never stand next to ә ө ү ұ in a Kazakh word (и, у, ю, я are also glides).
    private static let fullVowels = Set("аеёоыэіәөұү".unicodeScalars)

    static func isPlausibleKazakh(_ word: [UInt8]) -> Bool {
        var letters: [Unicode.Scalar] = []
        for byte in word {
            guard let scalar = lowercase(CodePageTable.kz1048[Int(byte) - 0x80]), kazakh.contains(scalar) else { return false }
            letters.append(scalar)
        }
        guard letters.count >= 2 else { return true }
        if letters[0] == "ң" { return false }
        if "ғқһ".unicodeScalars.contains(letters[0]) && !vowels.contains(letters[1]) { return false }
        for (index, scalar) in letters.enumerated() {
            let before: Unicode.Scalar? = index > 0 ? letters[index - 1] : nil
            let after: Unicode.Scalar? = index + 1 < letters.count ? letters[index + 1] : nil
            switch scalar {
            case "ә", "ө", "ү":
                if let before, fullVowels.contains(before) || (scalar != "ә" && before == "и") { return false }
                if let after, fullVowels.contains(after) { return false }
            case "ұ":
                if let after, fullVowels.contains(after) || after == "г" || after == "к" { return false }
                if let before, fullVowels.contains(before), after != "л" { return false }
            default:
                break
            }
        }
        return true
    }

    private static func lowercase(_ unit: UInt16) -> Unicode.Scalar? {
        guard let scalar = Unicode.Scalar(UInt32(unit)), scalar.properties.isAlphabetic else { return nil }
        return scalar.properties.lowercaseMapping.unicodeScalars.first
    }

    private static func decode(_ word: [UInt8], _ table: [UInt16]) -> String {
        String(String.UnicodeScalarView(word.compactMap { Unicode.Scalar(UInt32(table[Int($0) - 0x80])) }))
    }
}
