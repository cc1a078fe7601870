import Courses
import Enrollment
import Quizzes

extension Texts {
    /// The sentence for an error a learner can meet (a wrong code, a lockout, no attempts left,
    /// no such lesson, ...), nil for the others, which stay in English for an administrator.
    func sentence(for error: any Error) -> String? {
        switch error {
        case let error as EnrollmentError:
            switch error {
            case .learnerNotFound(let iin): return self(.learnerNotFound, ["iin": iin])
            case .notEnrolled(_, let course): return self(.notEnrolled, ["course": course])
            case .noAccessCode: return self(.noAccessCode)
            case .wrongAccessCode(_, let left): return self(.codeWrong, count: left, ["minutes": String(AccessCodes.lockMinutes)])
            case .malformedAccessCode: return self(.codeMalformed)
            case .lockedOut(_, let until): return self(.lockedOut, ["time": dateTime(until)])
            case .suspended: return self(.suspended)
            default: return nil
            }
        case let error as QuizzesError:
            switch error {
            case .attemptsExhausted(_, _, let allowed): return self(.attemptsExhausted, ["count": String(allowed)])
            case .coolingDown(_, _, let until): return self(.coolingDown, ["time": dateTime(until)])
            case .lessonsRequired(let course, let missing): return self(.lessonsRequired, ["course": course, "list": list(missing)])
            case .takenOver: return self(.takenOver)
            case .paused(_, let until): return self(.pausedStop, ["time": dateTime(until)])
            case .deadlinePassed: return self(.timeUpLate)
            case .attemptSubmitted: return self(.submittedMeanwhile)
            default: return nil
            }
        case let error as CoursesError:
            switch error {
            case .courseNotFound(let course): return self(.courseNotFound, ["course": course])
            case .languageNotOffered(_, let language, let offered): return self(.languageNotOffered, ["language": language, "offered": offered.joined(separator: ", ")])
            case .lessonNotFound(_, let position, let count): return self(.lessonNotFound, ["number": String(position), "count": String(count)])
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `error` as a learner-facing failure when it is one, else `error` itself.
    func failure(_ error: any Error) -> any Error {
        sentence(for: error).map { LearnerFailure(line: self(.errorPrefix) + $0) } ?? error
    }

    /// A problem with a typed answer, in words.
    func reason(_ problem: AnswerProblem) -> String {
        switch problem {
        case .notUTF8: return self(.reasonNotUTF8)
        case .oneLetter(let last): return self(.reasonOneLetter, ["last": last])
        case .letters(let last): return self(.reasonLetters, ["last": last])
        case .trueOrFalse: return self(.reasonTrueFalse)
        case .empty: return self(.reasonEmpty)
        case .controlCharacter: return self(.reasonControl)
        case .tooLong(let max): return self(.reasonTooLong, count: max)
        case .number: return self(.reasonNumber)
        case .matching(let items, let last, let example): return self(.reasonMatching, count: items, ["last": last, "example": example])
        }
    }
}
