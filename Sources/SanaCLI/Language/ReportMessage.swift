import Courses

/// Messages of the reports (`sana report ...`, `sana quiz results`): column headers as a person
/// reads them (upper-cased on a terminal, as written in an `--excel` file), words in cells and
/// summaries. Plain `--csv` keeps stable English identifiers as headers; `--json` has no words.
enum ReportMessage: String, CaseIterable, Sendable {
    case iin, name, institution, studentNumber, cohort, lessonsOpened, lessonsTotal, attempts, bestScore, passed, certificate, status
    case score, everPassed, lastSubmitted
    case enrolled, attempted, passedCount, passRate
    case question, pool, type, drawn, difficulty, discrimination, flags
    case practiceAnswers, questionsPractised, meanCredit, examAttempts, bestExam
    case notStarted, inProgress, passedStatus, failedStatus
    case yes, no, none, total
    case resultsSummary, progressSummary, progressBreakdown, noLearners
    case itemsAttempts, itemsDrawn, itemsFlagged
    case practiceSummary, practiceNone
}

extension ReportMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .iin: return [.kk: "ЖСН", .ru: "ИИН", .en: "IIN"]
        case .name: return [.kk: "Аты-жөні", .ru: "ФИО", .en: "Name"]
        case .institution: return [.kk: "Оқу орны", .ru: "Учебное заведение", .en: "Institution"]
        case .studentNumber: return [.kk: "Сынақ кітапшасының нөмірі", .ru: "Номер зачётной книжки", .en: "Student number"]
        case .cohort: return [.kk: "Когорта", .ru: "Когорта", .en: "Cohort"]
        case .lessonsOpened: return [.kk: "Ашылған сабақтар", .ru: "Открыто уроков", .en: "Lessons opened"]
        case .lessonsTotal: return [.kk: "Курстағы сабақтар", .ru: "Уроков в курсе", .en: "Lessons in course"]
        case .attempts: return [.kk: "Әрекеттер", .ru: "Попытки", .en: "Attempts"]
        case .bestScore: return [.kk: "Үздік балл", .ru: "Лучший балл", .en: "Best score"]
        case .passed: return [.kk: "Өтті", .ru: "Сдано", .en: "Passed"]
        case .certificate: return [.kk: "Сертификат", .ru: "Сертификат", .en: "Certificate"]
        case .status: return [.kk: "Күйі", .ru: "Статус", .en: "Status"]
        case .score: return [.kk: "Балл", .ru: "Балл", .en: "Score"]
        case .everPassed: return [.kk: "Бұрын өткен", .ru: "Когда-либо сдано", .en: "Ever passed"]
        case .lastSubmitted: return [.kk: "Соңғы тапсыру", .ru: "Последняя сдача", .en: "Last submitted"]
        case .enrolled: return [.kk: "Тіркелген", .ru: "Зачислено", .en: "Enrolled"]
        case .attempted: return [.kk: "Емтихан тапсырған", .ru: "Сдавали экзамен", .en: "Attempted"]
        case .passedCount: return [.kk: "Өткен", .ru: "Сдали", .en: "Passed"]
        case .passRate: return [.kk: "Өту үлесі", .ru: "Доля сдавших", .en: "Pass rate"]
        case .question: return [.kk: "Сұрақ", .ru: "Вопрос", .en: "Question"]
        case .pool: return [.kk: "Жинақ", .ru: "Пул", .en: "Pool"]
        case .type: return [.kk: "Түрі", .ru: "Тип", .en: "Type"]
        case .drawn: return [.kk: "Берілді", .ru: "Выпадал", .en: "Drawn"]
        case .difficulty: return [.kk: "Қиындық", .ru: "Трудность", .en: "Difficulty"]
        case .discrimination: return [.kk: "Айыру қабілеті", .ru: "Дискриминативность", .en: "Discrimination"]
        case .flags: return [.kk: "Белгілер", .ru: "Отметки", .en: "Flags"]
        case .practiceAnswers: return [.kk: "Жаттығу жауаптары", .ru: "Ответы в практике", .en: "Practice answers"]
        case .questionsPractised: return [.kk: "Жаттыққан сұрақтар", .ru: "Вопросов в практике", .en: "Questions practised"]
        case .meanCredit: return [.kk: "Орташа ұпай", .ru: "Средний балл", .en: "Mean credit"]
        case .examAttempts: return [.kk: "Емтихан әрекеттері", .ru: "Попытки экзамена", .en: "Exam attempts"]
        case .bestExam: return [.kk: "Үздік емтихан", .ru: "Лучший экзамен", .en: "Best exam"]
        case .notStarted: return [.kk: "бастамаған", .ru: "не начато", .en: "not started"]
        case .inProgress: return [.kk: "жалғасуда", .ru: "в процессе", .en: "in progress"]
        case .passedStatus: return [.kk: "өтті", .ru: "сдано", .en: "passed"]
        case .failedStatus: return [.kk: "өтпеді", .ru: "не сдано", .en: "failed"]
        case .yes: return [.kk: "иә", .ru: "да", .en: "yes"]
        case .no: return [.kk: "жоқ", .ru: "нет", .en: "no"]
        case .none: return [.kk: "жоқ", .ru: "нет", .en: "none"]
        case .total: return [.kk: "барлығы", .ru: "итого", .en: "total"]
        case .resultsSummary:
            return [
                .kk: .plural(one: "Әрекеті бар {count} білім алушы, өткені: {passed}", other: "Әрекеті бар {count} білім алушы, өткені: {passed}"),
                .ru: .plural(one: "{count} учащийся с попытками, сдали: {passed}", few: "{count} учащихся с попытками, сдали: {passed}",
                             many: "{count} учащихся с попытками, сдали: {passed}", other: "{count} учащегося с попытками, сдали: {passed}"),
                .en: .plural(one: "{count} learner with attempts, {passed} passed", other: "{count} learners with attempts, {passed} passed"),
            ]
        case .progressSummary:
            return [
                .kk: .plural(one: "{course} курсына тіркелген {count} білім алушы", other: "{course} курсына тіркелген {count} білім алушы"),
                .ru: .plural(one: "{count} учащийся на курсе {course}", few: "{count} учащихся на курсе {course}",
                             many: "{count} учащихся на курсе {course}", other: "{count} учащегося на курсе {course}"),
                .en: .plural(one: "{count} learner enrolled in {course}", other: "{count} learners enrolled in {course}"),
            ]
        case .progressBreakdown:
            return [
                .kk: "бастамаған: {notStarted} · жалғасуда: {inProgress} · өтті: {passed} · өтпеді: {failed}",
                .ru: "не начали: {notStarted} · в процессе: {inProgress} · сдали: {passed} · не сдали: {failed}",
                .en: "not started: {notStarted} · in progress: {inProgress} · passed: {passed} · failed: {failed}",
            ]
        case .noLearners:
            return [
                .kk: "{course} курсында бұл сүзгіге сәйкес білім алушы жоқ",
                .ru: "на курсе {course} нет учащихся, подходящих под этот отбор",
                .en: "no learners of {course} match",
            ]
        case .itemsAttempts:
            return [
                .kk: .plural(one: "{course}, {version}-нұсқа: тапсырылған {count} әрекет", other: "{course}, {version}-нұсқа: тапсырылған {count} әрекет"),
                .ru: .plural(one: "{course}, версия {version}: {count} сданная попытка", few: "{course}, версия {version}: {count} сданные попытки",
                             many: "{course}, версия {version}: {count} сданных попыток", other: "{course}, версия {version}: {count} сданной попытки"),
                .en: .plural(one: "{course} version {version}: {count} submitted attempt", other: "{course} version {version}: {count} submitted attempts"),
            ]
        case .itemsDrawn:
            return [
                .kk: .plural(one: ", {count} сұрақ берілді", other: ", {count} сұрақ берілді"),
                .ru: .plural(one: ", выпал {count} вопрос", few: ", выпало {count} вопроса", many: ", выпало {count} вопросов", other: ", выпало {count} вопроса"),
                .en: .plural(one: ", {count} question drawn", other: ", {count} questions drawn"),
            ]
        case .itemsFlagged:
            return [
                .kk: .plural(one: "Белгі қойылған {count} сұрақ", other: "Белгі қойылған {count} сұрақ"),
                .ru: .plural(one: "{count} вопрос с отметками", few: "{count} вопроса с отметками", many: "{count} вопросов с отметками", other: "{count} вопроса с отметками"),
                .en: .plural(one: "{count} question flagged", other: "{count} questions flagged"),
            ]
        case .practiceSummary:
            return [
                .kk: .plural(one: "{count} білім алушы, жаттыққаны: {practised}", other: "{count} білім алушы, жаттыққаны: {practised}"),
                .ru: .plural(one: "{count} учащийся, занимались практикой: {practised}", few: "{count} учащихся, занимались практикой: {practised}",
                             many: "{count} учащихся, занимались практикой: {practised}", other: "{count} учащегося, занимались практикой: {practised}"),
                .en: .plural(one: "{count} learner, {practised} practised", other: "{count} learners, {practised} practised"),
            ]
        case .practiceNone:
            return [
                .kk: "{course} курсы бойынша әзірге жаттығу да, емтихан әрекеті де жоқ",
                .ru: "по курсу {course} пока нет ни практики, ни попыток экзамена",
                .en: "no practice or exam attempts at {course} yet",
            ]
        }
    }
}

extension ReportMessage: Catalogued {}
