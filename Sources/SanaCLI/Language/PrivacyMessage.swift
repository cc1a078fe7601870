import Courses

/// Messages of `sana learner merge`, `export` and `erase`: one person's records combined, handed
/// over, or erased on a personal-data request.
enum PrivacyMessage: String, CaseIterable, Sendable {
    case mergeDone, mergeDryRun, mergeAttempts, mergeLessons, mergePractice, mergeCertificates, mergeCertificatesNote
    case mergeEnrollmentsMoved, mergeEnrollmentsCombined
    case mergeCodeKept, mergeCodeMoved, mergeCodeDropped, mergeCodeNone
    case mergeRemoved, mergeWouldRemove
    case exportWritten
    case eraseConfirm, eraseDone, eraseRemovedHeading, eraseRemovedIdentity, eraseEnrollments, eraseAccessCode
    case eraseLessons, erasePractice, eraseAnswers, eraseOpenAttempts, eraseImportHistory
    case eraseKeptHeading, eraseKeptCertificates, eraseKeptAttempts, eraseKeptAudit, eraseKeptRecord, erasePublish
}

extension PrivacyMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .mergeDone:
            return [.kk: "{drop} ({dropName}) білім алушысы {keep} ({keepName}) жазбасына біріктірілді:",
                    .ru: "Учащийся {drop} ({dropName}) объединён с {keep} ({keepName}):",
                    .en: "merged learner {drop} ({dropName}) into {keep} ({keepName}):"]
        case .mergeDryRun:
            return [.kk: "сынақ: {drop} ({dropName}) білім алушысы {keep} ({keepName}) жазбасына біріктірілер еді; ештеңе өзгерген жоқ:",
                    .ru: "проверка: учащийся {drop} ({dropName}) был бы объединён с {keep} ({keepName}); ничего не изменено:",
                    .en: "dry run: would merge learner {drop} ({dropName}) into {keep} ({keepName}); nothing was changed:"]
        case .mergeAttempts:
            return [.kk: "  емтихан әрекеттері: {count}", .ru: "  попытки экзамена: {count}", .en: "  exam attempts: {count}"]
        case .mergeLessons:
            return [.kk: "  ашылған сабақтар: {count}", .ru: "  открытые уроки: {count}", .en: "  lessons opened: {count}"]
        case .mergePractice:
            return [.kk: "  жаттығу жауаптары: {count}", .ru: "  ответы в практике: {count}", .en: "  practice answers: {count}"]
        case .mergeCertificates:
            return [.kk: "  сертификаттар: {count}{codes}", .ru: "  сертификаты: {count}{codes}", .en: "  certificates: {count}{codes}"]
        case .mergeCertificatesNote:
            return [.kk: "  ауыстырылған сертификаттардың қол қойылған мәтіні өзі берілген аты мен ЖСН хэшін сақтайды",
                    .ru: "  подписанный текст перенесённых сертификатов по-прежнему содержит имя и хэш ИИН, с которыми они выданы",
                    .en: "  the moved certificates' signed credentials still carry the name and IIN hash they were issued with"]
        case .mergeEnrollmentsMoved:
            return [.kk: "  ауыстырылған курсқа жазылулар: {courses}", .ru: "  перенесённые записи на курсы: {courses}",
                    .en: "  enrollments moved: {courses}"]
        case .mergeEnrollmentsCombined:
            return [.kk: "  біріктірілген курсқа жазылулар (алдырақ күйі қалды): {courses}",
                    .ru: "  объединённые записи на курсы (оставлен более продвинутый статус): {courses}",
                    .en: "  enrollments combined (the further-along status kept): {courses}"]
        case .mergeCodeKept:
            return [.kk: "  кіру коды: {keep} коды қалды", .ru: "  код доступа: оставлен код {keep}", .en: "  access code: {keep}'s code kept"]
        case .mergeCodeMoved:
            return [.kk: "  кіру коды: {drop} коды {keep} жазбасына ауыстырылды", .ru: "  код доступа: код {drop} перенесён к {keep}",
                    .en: "  access code: {drop}'s code moved to {keep}"]
        case .mergeCodeDropped:
            return [.kk: "  кіру коды: {keep} коды қалды, {drop} коды жойылды", .ru: "  код доступа: оставлен код {keep}, код {drop} удалён",
                    .en: "  access code: {keep}'s code kept, {drop}'s removed"]
        case .mergeCodeNone:
            return [.kk: "  кіру коды: жоқ", .ru: "  код доступа: нет", .en: "  access code: none"]
        case .mergeRemoved:
            return [.kk: "{drop} білім алушысының жазбасы жойылды", .ru: "запись учащегося {drop} удалена", .en: "learner {drop}'s record was removed"]
        case .mergeWouldRemove:
            return [.kk: "{drop} білім алушысының жазбасы жойылар еді", .ru: "запись учащегося {drop} была бы удалена",
                    .en: "learner {drop}'s record would be removed"]
        case .exportWritten:
            return [.kk: "{iin} білім алушысы туралы дерекқордағы барлық мәлімет {file} файлына жазылды (0600 режимі): оны тек сол адамға беріңіз",
                    .ru: "всё, что хранилище содержит об учащемся {iin}, записано в {file} (режим 0600): передайте его только этому человеку",
                    .en: "wrote everything the store holds about learner {iin} to {file} (mode 0600): hand it to that person only"]
        case .eraseConfirm:
            return [.kk: "{name} ({iin}) дербес деректері қайтарылмай жойылады. Растау үшін ЖСН-ді теріңіз: ",
                    .ru: "Персональные данные {name} ({iin}) будут удалены безвозвратно. Для подтверждения введите ИИН: ",
                    .en: "The personal data of {name} ({iin}) will be erased for good. Type the IIN to confirm: "]
        case .eraseDone:
            return [.kk: "{iin} білім алушысының дербес деректері жойылды.", .ru: "Персональные данные учащегося {iin} удалены.",
                    .en: "erased the personal data of learner {iin}."]
        case .eraseRemovedHeading:
            return [.kk: "жойылғаны:", .ru: "удалено:", .en: "removed:"]
        case .eraseRemovedIdentity:
            return [.kk: "  аты-жөні, ЖСН, e-mail, университет, факультет, топ (жазба бүркеншік жазбаға айналды)",
                    .ru: "  ФИО, ИИН, e-mail, университет, факультет, группа (запись стала псевдонимной)",
                    .en: "  name, IIN, e-mail, university, faculty and group (the record became pseudonymous)"]
        case .eraseEnrollments:
            return [.kk: "  курсқа жазылулар: {count}", .ru: "  записи на курсы: {count}", .en: "  enrollments: {count}"]
        case .eraseAccessCode:
            return [.kk: "  кіру коды: {count}", .ru: "  код доступа: {count}", .en: "  access code: {count}"]
        case .eraseLessons:
            return [.kk: "  ашылған сабақтар туралы жазбалар: {count}", .ru: "  отметки об открытых уроках: {count}",
                    .en: "  lessons-opened records: {count}"]
        case .erasePractice:
            return [.kk: "  жаттығу жауаптары: {count}", .ru: "  ответы в практике: {count}", .en: "  practice answers: {count}"]
        case .eraseAnswers:
            return [.kk: "  емтихан жауаптары: {count}", .ru: "  ответы на экзамене: {count}", .en: "  exam answers: {count}"]
        case .eraseOpenAttempts:
            return [.kk: "  аяқталмаған емтихандар: {count}", .ru: "  незавершённые экзамены: {count}", .en: "  exams in progress: {count}"]
        case .eraseImportHistory:
            return [.kk: "  тізім импорты тарихындағы бұрынғы мәндер: {count}", .ru: "  прежние значения в истории импорта списков: {count}",
                    .en: "  earlier values in the roster import history: {count}"]
        case .eraseKeptHeading:
            return [.kk: "дербес деректерсіз сақталғаны және себебі:", .ru: "сохранено без персональных данных, и почему:",
                    .en: "kept without personal data, and why:"]
        case .eraseKeptCertificates:
            return [.kk: "  сертификаттар: {count}{codes}: кері қайтарылды; тексерушілер олардың кері қайтарылғанын көруі үшін жазбалары сақталады (аты мен иесінің кодынсыз)",
                    .ru: "  сертификаты: {count}{codes}: отозваны; записи сохранены (без имени и кода владельца), чтобы проверяющие видели отзыв",
                    .en: "  certificates: {count}{codes}: revoked; their records stay (without the name or the holder code) so that verifiers see the revocation"]
        case .eraseKeptAttempts:
            return [.kk: "  тапсырылған емтихандар: {count}: тек балл, күндер және сұрақ бойынша нәтиже, курс сұрақтарының статистикасы үшін",
                    .ru: "  сданные экзамены: {count}: только балл, даты и результат по вопросам, для статистики вопросов курса",
                    .en: "  submitted exams: {count}: score, dates and per-question credit only, for the course's question statistics"]
        case .eraseKeptAudit:
            return [.kk: "  аудит жазбалары: {count}: ЖСН мен аты-жөннің орнына бүркеншік {pseudonym} тұр; аудит толық сақталады",
                    .ru: "  записи аудита: {count}: вместо ИИН и ФИО в них псевдоним {pseudonym}; журнал аудита сохраняется целиком",
                    .en: "  audit entries: {count}: they now name the pseudonym {pseudonym} instead of the IIN and name; the audit trail stays whole"]
        case .eraseKeptRecord:
            return [.kk: "  бүркеншік жазба {pseudonym}: сертификаттар мен емтихандар соған сілтейді",
                    .ru: "  псевдонимная запись {pseudonym}: на неё ссылаются сертификаты и экзамены",
                    .en: "  the pseudonymous record {pseudonym}: the certificates and exams refer to it"]
        case .erasePublish:
            return [.kk: "тексерушілер кері қайтаруды көруі үшін күй тізімін қайта жариялаңыз: sana cert status-list",
                    .ru: "опубликуйте список статусов заново, чтобы проверяющие увидели отзыв: sana cert status-list",
                    .en: "publish the status list again so that verifiers see the revocation: sana cert status-list"]
        }
    }
}

extension PrivacyMessage: Catalogued {}
