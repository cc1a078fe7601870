/// Every text a learner reads around the course's own content (the exam screen, its help and
/// errors, results and review, `sana learn`'s header and footer), each in Kazakh, Russian and
/// English: `forms` (Message+Texts.swift) holds them, `Texts` fills them in.
enum Message: String, CaseIterable, Sendable {
    // The exam's opening
    case examTitle, questionCount, minuteCount, examRules, examEnds, welcomeBack, helpHint, help
    // A question
    case questionHeader, flaggedMark, answerPrompt, multiHint, trueFalseOptions, trueWord, falseWord
    case shortHint, numericHint, matchingHint, yourAnswerNow
    // What the learner typed
    case noSuchQuestion, unknownCommand, notAnAnswer, firstQuestion, lastQuestion
    case reasonNotUTF8, reasonOneLetter, reasonLetters, reasonTrueFalse, reasonEmpty, reasonControl
    case reasonTooLong, reasonNumber, reasonMatching
    case listAnswered, listUnanswered, listFlagged, listCurrent, flagSet, flagCleared
    // Leaving, the clock, other terminals
    case inputClosed, leaving, submittedMeanwhile, takenOver, pausedStop, timeUpLate, timeUp, minutesLeft, stopped
    // Submitting
    case allAnswered, unansweredSummary, flaggedSummary, confirmSubmit, yesOrNo
    // The access code
    case codePrompt, codeEmpty, codeMalformed, codeWrong, lockedOut, noAccessCode
    // Why an exam or a lesson does not start
    case notEnrolled, learnerNotFound, attemptsExhausted, coolingDown, lessonsRequired, languageNotOffered
    case courseNotFound, lessonNotFound
    case suspended
    // The result and the review
    case timeRanOut, scoreLine, passed, notPassed, answeredLine, reviewTitle, reviewYourAnswer, reviewNoAnswer
    case reviewCorrectAnswer, noAttemptsLeft, attemptsLeft, nextAttemptAt
    // Lessons
    case lessonHeader, lessonFooter, lessonNext, lessonAllOpened, lessonAllOpenedChoose, pagerFailed, pagerExitStatus, pagerNotStarted
    // Prefixes of errors and warnings
    case errorPrefix, warningPrefix
}
