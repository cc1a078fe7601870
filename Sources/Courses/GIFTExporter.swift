/// Writes questions as GIFT that `GIFTParser` (and Moodle) read back as the same questions.
package enum GIFTExporter {
    /// One pool's questions as a GIFT file, with a comment line naming the pool and language.
    package static func export(_ questions: [Question], header: String? = nil) -> String {
        var out = ""
        if let header {
            for line in header.split(separator: "\n", omittingEmptySubsequences: false) {
                out += "// \(line)\n"
            }
            out += "\n"
        }
        out += questions.map(export).joined(separator: "\n\n")
        return out + "\n"
    }

    /// One question, without a trailing newline.
    package static func export(_ question: Question) -> String {
        let esc = GIFTText.escape
        var out = "::\(esc(question.id))::\(esc(question.text))"
        let general = question.generalFeedback.map { "####\(esc($0))" } ?? ""
        func feedback(_ text: String?) -> String {
            text.map { "#\(esc($0))" } ?? ""
        }
        switch question.answer {
        case .choice(let choices):
            let hasFull = choices.contains { $0.credit == 100 }
            // One '=' makes it a single-answer question: without a full-credit option, the first best one gets it.
            let best = choices.indices.max { choices[$0].credit < choices[$1].credit || (choices[$0].credit == choices[$1].credit && $0 > $1) }
            out += "{\n"
            for (index, choice) in choices.enumerated() {
                let marker: String
                if choice.credit == 100 {
                    marker = "="
                } else if !hasFull && index == best {
                    marker = "=%\(number(choice.credit))%"
                } else {
                    marker = choice.credit == 0 ? "~" : "~%\(number(choice.credit))%"
                }
                out += "\t\(answer(marker, credit: choice.credit, esc(choice.text)))\(feedback(choice.feedback))\n"
            }
            out += general.isEmpty ? "}" : "\t\(general)\n}"
        case .multi(let choices):
            out += "{\n"
            for choice in choices {
                let marker = choice.credit == 0 ? "~" : "~%\(number(choice.credit))%"
                out += "\t\(answer(marker, credit: choice.credit, esc(choice.text)))\(feedback(choice.feedback))\n"
            }
            out += general.isEmpty ? "}" : "\t\(general)\n}"
        case .truefalse(let key):
            out += "{\(key.answer ? "TRUE" : "FALSE")"
            if key.feedbackIfWrong != nil || key.feedbackIfRight != nil {
                out += "#\(esc(key.feedbackIfWrong ?? ""))"
            }
            if let right = key.feedbackIfRight {
                out += "#\(esc(right))"
            }
            out += "\(general)}"
        case .short(let answers):
            out += "{\n"
            for answer in answers {
                let marker = answer.credit == 100 ? "=" : "=%\(number(answer.credit))%"
                out += "\t\(Self.answer(marker, credit: answer.credit, esc(answer.text)))\(feedback(answer.feedback))\n"
            }
            out += general.isEmpty ? "}" : "\t\(general)\n}"
        case .numeric(let answers):
            if answers.count == 1, answers[0].credit == 100 {
                out += "{#\(value(answers[0]))\(feedback(answers[0].feedback))\(general)}"
            } else {
                out += "{#\n"
                for answer in answers {
                    let marker = answer.credit == 100 ? "=" : answer.credit == 0 ? "~" : "=%\(number(answer.credit))%"
                    out += "\t\(marker)\(value(answer))\(feedback(answer.feedback))\n"
                }
                out += general.isEmpty ? "}" : "\t\(general)\n}"
            }
        case .matching(let pairs):
            out += "{\n"
            for pair in pairs {
                out += "\t=\(esc(pair.prompt)) -> \(esc(pair.answer))\n"
            }
            out += general.isEmpty ? "}" : "\t\(general)\n}"
        }
        return out
    }

    /// An answer's marker and text: a text that starts with '%' gets its weight written out, or
    /// the reader would take the text's '%' for the start of a weight.
    private static func answer(_ marker: String, credit: Double, _ text: String) -> String {
        guard text.hasPrefix("%"), !marker.contains("%") else { return marker + text }
        return marker + "%\(number(credit))%" + text
    }

    private static func value(_ answer: NumericAnswer) -> String {
        switch answer.form {
        case .tolerance: return "\(number(answer.value)):\(number(answer.tolerance))"
        case .range: return "\(number(answer.min))..\(number(answer.max))"
        }
    }

    /// `50`, `33.33333`, `-0.5`: the shortest text that reads back as the same Double.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
