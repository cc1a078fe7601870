import Courses
import Enrollment
import Foundation
import Quizzes
import SanaStore

/// Which language and zone a learner reads: for the exam, the open attempt's language, else the
/// one asked for (`--lang`), else the learner's own (their locale), else the terminal's (`LANG`
/// starting kk or ru), else English; times in `LocalTime`'s zone.
enum LearnerLanguage {
    static func texts(store: Store, language: Language?) -> Texts {
        Texts(language: language ?? fromEnvironment() ?? .en, time: LocalTime.resolve(setting: try? store.timeZoneSetting()))
    }

    /// The language of the exam's screen before the attempt's own sheet is read.
    static func forExam(store: Store, sessions: QuizSessions, iin: IIN, course: String, requested: Language?) -> Language {
        if let open = try? sessions.openAttemptLanguage(iin: iin, course: course) { return open }
        if let requested { return requested }
        if let learner = try? Learners(store: store).learner(iin: iin), let locale = Language(rawValue: learner.locale) { return locale }
        return fromEnvironment() ?? .en
    }

    /// kk or ru from `LC_ALL`, `LC_MESSAGES` or `LANG` (`kk_KZ.UTF-8`, `ru_RU.UTF-8`).
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            if value.hasPrefix("kk") { return .kk }
            if value.hasPrefix("ru") { return .ru }
            return nil
        }
        return nil
    }
}
