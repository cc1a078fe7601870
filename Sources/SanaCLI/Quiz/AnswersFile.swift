import Foundation
import Quizzes
import SanaStore

/// `--answers FILE`: a JSON object, question id → answer (see `ResponseInput.parse(_:question:optionOrder:)`).
enum AnswersFile {
    static func read(_ path: String) throws -> [String: AnswerValue] {
        let data: Data
        if path == "-" {
            // Through stdio, like the access-code prompt before it, so nothing it buffered is lost.
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            data = Data(text.utf8)
        } else {
            data = Data(try InputFile.read(path, limit: 1 << 20))
        }
        do {
            return try JSONDecoder().decode([String: AnswerValue].self, from: data)
        } catch {
            throw QuizzesError.unreadableAnswers(path: path, reason: "it is not a JSON object of question id → answer")
        }
    }
}
