// libFuzzer harness: the GIFT parser and exporter (see README.md). Compiled with Sources/Courses/GIFT*.swift and the question types.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parser = GIFTParser(file: "f.gift", pool: "p", language: .kk)
    let result = parser.parse(text)
    let lines = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.count
    for diagnostic in result.diagnostics where !(1...lines).contains(diagnostic.line) {
        fatalError("diagnostic line out of range: \(diagnostic) in \(lines) lines")
    }
    // Round trip, but for the two known gaps (see Tests/Fuzz/regressions/gift-parser/known-issues.txt).
    let questions = result.questions.filter { question in
        if case .choice(let choices) = question.answer, !choices.contains(where: { $0.credit == 100 }) { return false }
        switch question.answer {
        case .choice(let choices), .multi(let choices): return !choices.contains { $0.text.hasPrefix("%") }
        case .short(let answers): return !answers.contains { $0.text.hasPrefix("%") }
        case .matching(let pairs): return !pairs.contains { $0.prompt.hasPrefix("%") || $0.answer.hasPrefix("%") }
        case .truefalse, .numeric: return true
        }
    }
    let again = parser.parse(GIFTExporter.export(questions, header: "fuzz"))
    if !again.diagnostics.isEmpty || again.questions != questions {
        fatalError("round trip: \(questions) came back as \(again.questions) with \(again.diagnostics)")
    }
    return 0
}
