import Courses

/// Messages of `sana course import|list|show|check|export-gift`. The findings of `course check` (the
/// `Diagnostic`s of the Courses module, FILE:LINE: severity: text) and its cue table stay in English.
enum CourseMessage: String, CaseIterable, Sendable {
    case imported, importedPractice, importedGlossary, unchanged, restored, noCourses
    case columnCourse, columnVersion, columnLessons, columnLanguages, columnTitle, versionOf
    case showHeading, currentMark, labelLoaded, labelLanguages, labelTitle, labelLessons
    case labelExam, labelGlossary, lessonWords, lessonPractice, examRules, poolDraws
    case glossaryTerms, checkOk, checkErrors, checkWarnings, checkSummary, checkPractice
    case checkGlossary, checkFailedOne, checkFailedSome
}

extension CourseMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .imported:
            return [.kk: "{course} курсының {version} нұсқасы импортталды: {lessons} сабақ, {questions} сұрақ, тілдері: {languages}{extras} (sha256 {sha})", .ru: "импортирован курс {course}, версия {version}: уроков — {lessons}, вопросов — {questions}, языки: {languages}{extras} (sha256 {sha})", .en: "imported {course} version {version}: {lessons} lessons and {questions} questions in {languages}{extras} (sha256 {sha})"]
        case .importedPractice:
            return [.kk: ", {count} жаттығу сұрағы", .ru: ", тренировочных вопросов — {count}", .en: ", {count} practice questions"]
        case .importedGlossary:
            return [.kk: ", глоссарийде {count} термин", .ru: ", терминов глоссария — {count}", .en: ", {count} glossary terms"]
        case .unchanged:
            return [.kk: "{course} өзгерген жоқ: бұл мазмұн {version} нұсқасында бар (sha256 {sha})", .ru: "{course} не изменился: это содержимое уже есть в версии {version} (sha256 {sha})", .en: "{course} is unchanged: version {version} has this content (sha256 {sha})"]
        case .restored:
            return [.kk: "{course}: бұл — {version} нұсқасының мазмұны, ол қайтадан ағымдағы нұсқа болды (sha256 {sha})", .ru: "{course}: это содержимое версии {version}, и она снова текущая (sha256 {sha})", .en: "{course}: this content is version {version}, which is current again (sha256 {sha})"]
        case .noCourses:
            return [.kk: "курс жоқ: курсты 'sana course import DIR' командасымен импорттаңыз", .ru: "курсов нет: импортируйте курс командой 'sana course import DIR'", .en: "no courses: import one with 'sana course import DIR'"]
        case .columnCourse:
            return [.kk: "курс", .ru: "курс", .en: "course"]
        case .columnVersion:
            return [.kk: "нұсқа", .ru: "версия", .en: "version"]
        case .columnLessons:
            return [.kk: "сабақтар", .ru: "уроки", .en: "lessons"]
        case .columnLanguages:
            return [.kk: "тілдер", .ru: "языки", .en: "languages"]
        case .columnTitle:
            return [.kk: "атауы", .ru: "название", .en: "title"]
        case .versionOf:
            return [.kk: "{version}/{count}", .ru: "{version} из {count}", .en: "{version} of {count}"]
        case .showHeading:
            return [.kk: "{course}, нұсқа {version}/{count}", .ru: "{course}, версия {version} из {count}", .en: "{course} version {version} of {count}"]
        case .currentMark:
            return [.kk: " (ағымдағы)", .ru: " (текущая)", .en: " (current)"]
        case .labelLoaded:
            return [.kk: "жүктелген", .ru: "загружена", .en: "loaded"]
        case .labelLanguages:
            return [.kk: "тілдер", .ru: "языки", .en: "languages"]
        case .labelTitle:
            return [.kk: "атауы {language}", .ru: "название {language}", .en: "title {language}"]
        case .labelLessons:
            return [.kk: "сабақтар", .ru: "уроки", .en: "lessons"]
        case .labelExam:
            return [.kk: "емтихан", .ru: "экзамен", .en: "exam"]
        case .labelGlossary:
            return [.kk: "глоссарий", .ru: "глоссарий", .en: "glossary"]
        case .lessonWords:
            return [.kk: "{words} сөз", .ru: "слов: {words}", .en: "{words} words"]
        case .lessonPractice:
            return [.kk: "жаттығу: {count}", .ru: "тренировка: {count}", .en: "{count} practice"]
        case .examRules:
            return [.kk: .plural(one: "{pools} қордан {questions} сұрақ, {minutes} мин, {count} әрекет, әрекеттер арасында {cooldown} мин, өту шегі {pass}%, бағалау: {grading}, талдау: {review}", other: "{pools} қордан {questions} сұрақ, {minutes} мин, {count} әрекет, әрекеттер арасында {cooldown} мин, өту шегі {pass}%, бағалау: {grading}, талдау: {review}"), .ru: .plural(one: "вопросов: {questions} из банков: {pools}; {minutes} мин; попыток: {count}; между попытками {cooldown} мин; проходной балл {pass}%; оценивание: {grading}; разбор: {review}", few: "вопросов: {questions} из банков: {pools}; {minutes} мин; попыток: {count}; между попытками {cooldown} мин; проходной балл {pass}%; оценивание: {grading}; разбор: {review}", many: "вопросов: {questions} из банков: {pools}; {minutes} мин; попыток: {count}; между попытками {cooldown} мин; проходной балл {pass}%; оценивание: {grading}; разбор: {review}", other: "вопросов: {questions} из банков: {pools}; {minutes} мин; попыток: {count}; между попытками {cooldown} мин; проходной балл {pass}%; оценивание: {grading}; разбор: {review}"), .en: .plural(one: "{questions} questions from {pools} pools, {minutes} min, {count} attempt, {cooldown} min between attempts, pass mark {pass}%, grading {grading}, review {review}", other: "{questions} questions from {pools} pools, {minutes} min, {count} attempts, {cooldown} min between attempts, pass mark {pass}%, grading {grading}, review {review}")]
        case .poolDraws:
            return [.kk: "{questions} сұрақтан {draw} алынады", .ru: "выбирает {draw} из {questions}", .en: "draws {draw} of {questions}"]
        case .glossaryTerms:
            return [.kk: .plural(one: "{count} термин", other: "{count} термин"), .ru: .plural(one: "{count} термин", few: "{count} термина", many: "{count} терминов", other: "{count} термина"), .en: .plural(one: "{count} term", other: "{count} terms")]
        case .checkOk:
            return [.kk: "дұрыс", .ru: "в порядке", .en: "ok"]
        case .checkErrors:
            return [.kk: .plural(one: "{count} қате", other: "{count} қате"), .ru: .plural(one: "{count} ошибка", few: "{count} ошибки", many: "{count} ошибок", other: "{count} ошибки"), .en: .plural(one: "{count} error", other: "{count} errors")]
        case .checkWarnings:
            return [.kk: .plural(one: "{count} ескерту", other: "{count} ескерту"), .ru: .plural(one: "{count} предупреждение", few: "{count} предупреждения", many: "{count} предупреждений", other: "{count} предупреждения"), .en: .plural(one: "{count} warning", other: "{count} warnings")]
        case .checkSummary:
            return [.kk: "{folder}: {verdict}: {lessons} сабақ, {pools} қорда {questions} сұрақ, тілдері: {languages}, әр әрекетте {drawn} сұрақ", .ru: "{folder}: {verdict}: уроков — {lessons}, вопросов — {questions} в банках: {pools}, языки: {languages}, в попытке — {drawn}", .en: "{folder}: {verdict}: {lessons} lessons, {questions} questions in {pools} pools, {languages}, {drawn} drawn per attempt"]
        case .checkPractice:
            return [.kk: ", {lessons} сабаққа {questions} жаттығу сұрағы", .ru: ", тренировочных вопросов — {questions} к урокам: {lessons}", .en: ", {questions} practice questions for {lessons} lessons"]
        case .checkGlossary:
            return [.kk: ", глоссарийде {count} термин", .ru: ", терминов глоссария — {count}", .en: ", {count} glossary terms"]
        case .checkFailedOne:
            return [.kk: "{path} курс пакеті тексеруден өтпеді", .ru: "пакет курса {path} не прошёл проверку", .en: "course package {path} failed its check"]
        case .checkFailedSome:
            return [.kk: "{total} курс пакетінің {failed} пакеті тексеруден өтпеді", .ru: "проверку не прошли пакеты курсов: {failed} из {total}", .en: "{failed} of {total} course packages failed their check"]
        }
    }
}

extension CourseMessage: Catalogued {}
