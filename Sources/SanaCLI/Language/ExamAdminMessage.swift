import Courses

/// Messages of the exam's administration (`sana quiz reset|accommodate|reopen`).
enum ExamAdminMessage: String, CaseIterable, Sendable {
    case resetVoided, resetClosed, attemptsLeft
    case accommodationShown, accommodationNone, accommodationSaved, accommodationCleared
    case reopened
}

extension ExamAdminMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .resetVoided:
            return [
                .kk: .plural(one: "{iin} білім алушының {course} курсындағы {count} әрекеті енді есептелмейді (тіркеу үшін сақталды): {ids}.",
                             other: "{iin} білім алушының {course} курсындағы {count} әрекеті енді есептелмейді (тіркеу үшін сақталды): {ids}."),
                .ru: .plural(one: "{count} попытка учащегося {iin} на курсе {course} больше не засчитывается (сохранена для истории): {ids}.",
                             few: "{count} попытки учащегося {iin} на курсе {course} больше не засчитываются (сохранены для истории): {ids}.",
                             many: "{count} попыток учащегося {iin} на курсе {course} больше не засчитываются (сохранены для истории): {ids}.",
                             other: "{count} попытки учащегося {iin} на курсе {course} больше не засчитываются (сохранены для истории): {ids}."),
                .en: .plural(one: "{count} attempt of learner {iin} at {course} no longer counts (kept for the record): {ids}.",
                             other: "{count} attempts of learner {iin} at {course} no longer count (kept for the record): {ids}."),
            ]
        case .resetClosed:
            return [
                .kk: "Ашық тұрған {attempt} әрекеті алдымен жабылды.",
                .ru: "Открытая попытка {attempt} сначала была закрыта.",
                .en: "Open attempt {attempt} was closed first.",
            ]
        case .attemptsLeft:
            return [
                .kk: .plural(one: "Енді {count} әрекет қалды.", other: "Енді {count} әрекет қалды."),
                .ru: .plural(one: "Теперь осталась {count} попытка.", few: "Теперь осталось {count} попытки.", many: "Теперь осталось {count} попыток.", other: "Теперь осталось {count} попытки."),
                .en: .plural(one: "{count} attempt left now.", other: "{count} attempts left now."),
            ]
        case .accommodationShown:
            return [
                .kk: "{iin} білім алушы, {course} курсы: әр әрекетке қосымша минут: {minutes}; қосымша әрекет: {attempts}.",
                .ru: "Учащийся {iin}, курс {course}: дополнительных минут на попытку: {minutes}; дополнительных попыток: {attempts}.",
                .en: "Learner {iin} at {course}: extra minutes per attempt: {minutes}; extra attempts: {attempts}.",
            ]
        case .accommodationNone:
            return [
                .kk: "{iin} білім алушының {course} курсында ерекше жағдайлары жоқ.",
                .ru: "У учащегося {iin} на курсе {course} нет особых условий.",
                .en: "Learner {iin} has no accommodations at {course}.",
            ]
        case .accommodationSaved:
            return [
                .kk: "Сақталды. {iin} білім алушы, {course} курсы: әр әрекетке қосымша минут: {minutes}; қосымша әрекет: {attempts}.",
                .ru: "Сохранено. Учащийся {iin}, курс {course}: дополнительных минут на попытку: {minutes}; дополнительных попыток: {attempts}.",
                .en: "Saved. Learner {iin} at {course}: extra minutes per attempt: {minutes}; extra attempts: {attempts}.",
            ]
        case .accommodationCleared:
            return [
                .kk: "{iin} білім алушының {course} курсындағы ерекше жағдайлары алынып тасталды.",
                .ru: "Особые условия учащегося {iin} на курсе {course} сняты.",
                .en: "Accommodations of learner {iin} at {course} removed.",
            ]
        case .reopened:
            return [
                .kk: .plural(one: "{iin} білім алушының {course} курсындағы {attempt} әрекеті {count} минутқа, {time} дейін қайта ашылды: ол оны 'sana quiz take {course}' арқылы жалғастырады.",
                             other: "{iin} білім алушының {course} курсындағы {attempt} әрекеті {count} минутқа, {time} дейін қайта ашылды: ол оны 'sana quiz take {course}' арқылы жалғастырады."),
                .ru: .plural(one: "Попытка {attempt} учащегося {iin} на курсе {course} снова открыта на {count} минуту, до {time}: учащийся продолжит её командой 'sana quiz take {course}'.",
                             few: "Попытка {attempt} учащегося {iin} на курсе {course} снова открыта на {count} минуты, до {time}: учащийся продолжит её командой 'sana quiz take {course}'.",
                             many: "Попытка {attempt} учащегося {iin} на курсе {course} снова открыта на {count} минут, до {time}: учащийся продолжит её командой 'sana quiz take {course}'.",
                             other: "Попытка {attempt} учащегося {iin} на курсе {course} снова открыта на {count} минуты, до {time}: учащийся продолжит её командой 'sana quiz take {course}'."),
                .en: .plural(one: "Attempt {attempt} of learner {iin} at {course} is open again for {count} minute, until {time}: the learner continues it with 'sana quiz take {course}'.",
                             other: "Attempt {attempt} of learner {iin} at {course} is open again for {count} minutes, until {time}: the learner continues it with 'sana quiz take {course}'."),
            ]
        }
    }
}

extension ExamAdminMessage: Catalogued {}
