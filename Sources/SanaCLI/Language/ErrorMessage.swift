import Courses

/// The sentences of sana's errors (`StoreError`, `EnrollmentError`, `CoursesError`, `QuizzesError`,
/// `CertificatesError`, `RosterError`, `CryptoError`) for an administrator, in kk, ru and en; the English
/// forms are the errors' own descriptions. `Texts.adminSentence(for:)` picks and fills them.
enum ErrorMessage: String, CaseIterable, Sendable {
    // Semester operations (issue 14): one learner, codes, exam administration, identity changes
    case codesTheOneHas, codesAllHave, codesSomeHave, alreadyWithdrawn, notWithdrawn, cohortNeedsCourse
    case cohortNeedsInstitution, learnerSuspended, alreadySuspended, notSuspended, certificateHeld
    case nothingToReset, nothingToReopen, attemptStillOpen, certifiedAttempt, reopenNeedsMinutes
    case unknownCohort, identityChangeLimit, unknownInstitutionDidYouMean, institutionExists, sameInstitution
    case certificateFilesNotWritten
    case mergeSameLearner, mergeBothPassed, mergeCertificate, mergeNoCertificate, mergeBothTakingExam, erasureNotConfirmed
    case noStore, cannotCreateFolder, cannotCreateFile, notADatabase, notASanaStore, locked
    case unknownMigration, changedMigration, missingMigration, outdated, fileExists, readOnly
    case sqlite, cannotWrite, cannotRead, notARegularFile, kindFile, kindFolder
    case kindDevice, kindFifo, kindSocket, kindSymbolicLink, tooLarge, notUTF8
    case emptyStore, readOnlyStoreIsBusy, databaseError, learnerNotFound, learnerExists, courseNotFound
    case unknownInstitution, notEnrolled, noLearnersSelected, noAccessCode, wrongAccessCode, malformedAccessCode
    case lockedOut, packageNotFound, invalidPackage, versionNotFound, lessonNotFound, languageNotOffered
    case poolNotFound, corruptRecord, poolTooSmall, attemptsExhausted, coolingDown, attemptNotFound
    case attemptSubmitted, deadlinePassed, notInAttempt, invalidAnswer, questionMissing, unreadableAnswers
    case invalidAnswers, takenOver, paused, lessonsRequiredOne, lessonsRequiredMany, noPractice
    case notInPractice, keyFileExists, keyFileMissing, keyFileUnreadable, keyFileNotWritable, keyTooOpen
    case notAnEd25519Key, noSigningKey, signingKeyExists, keyMismatch, retiredKey, issuerNotSet
    case invalidIssuerURL, certUnknownCourse, notEligible, certificateNotFound, invalidCode, alreadyRevoked
    case emptyReason, statusListFull, concurrentIssuance, noCertificatesFound, alreadyCompromised, notCompromised
    case unknownKey, ambiguousKey, malformedTrustFile, malformedStatusList, compression, damagedCredential
    case invalidVerifyURL, everyRowRejected, emptyFile, unterminatedQuote, recordTooLong
    case fieldTooLongQuoted, fieldTooLong, unclearEncoding, encodingReading, encodingMore, byteOrderMarkInHeader
    case missingColumn, duplicateColumn, mapUnknownColumn, badMapping, lostLettersInHeader, badOption
    case rowRefused, noUniversity, noCourse, rosterUnknownCourse, withdrawLimit, interrupted
    case batchNotFound, alreadyReverted, revertConflict, andMore, oneRoster, archiveTooManyFiles
    case archiveTooLarge, storeChanged, openssl
}

extension ErrorMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .noStore:
            return [.kk: "{path} жолында sana дерекқоры жоқ: оны 'sana init --db {path}' командасымен жасаңыз", .ru: "хранилища sana по пути {path} нет: создайте его командой 'sana init --db {path}'", .en: "no sana store at {path}: run 'sana init --db {path}' to create one"]
        case .cannotCreateFolder:
            return [.kk: "{path} қалтасын жасау мүмкін болмады: {reason}", .ru: "не удалось создать папку {path}: {reason}", .en: "cannot create folder {path}: {reason}"]
        case .cannotCreateFile:
            return [.kk: "{path} жасау мүмкін болмады: {reason}", .ru: "не удалось создать {path}: {reason}", .en: "cannot create {path}: {reason}"]
        case .notADatabase:
            return [.kk: "{path} SQLite дерекқоры емес", .ru: "{path} — не база данных SQLite", .en: "{path} is not a SQLite database"]
        case .notASanaStore:
            return [.kk: "{path} — SQLite дерекқоры, бірақ sana дерекқоры емес (ондағы кестелер: {tables})", .ru: "{path} — база данных SQLite, но не хранилище sana (в ней таблицы {tables})", .en: "{path} is a SQLite database but not a sana store (it has tables {tables})"]
        case .locked:
            return [.kk: "{path} дерекқорын басқа процесс құлыптаған ({seconds} с күткеннен кейін тоқтатылды)", .ru: "хранилище {path} заблокировано другим процессом (ожидание прекращено через {seconds} с)", .en: "store {path} is locked by another process (gave up after {seconds} s)"]
        case .unknownMigration:
            return [.kk: "{path} дерекқорында sana-ның бұл нұсқасына белгісіз {name} миграциясы бар: оны жаңарақ нұсқа жасаған", .ru: "в хранилище {path} есть миграция {name}, неизвестная этой версии sana: его создала более новая версия", .en: "store {path} has migration {name}, unknown to this sana: it was made by a newer version"]
        case .changedMigration:
            return [.kk: "{path} дерекқоры sana-ның осы нұсқасындағыдан өзгеше {name} миграциясын қолданған: тарихы өзгеше дерекқор қабылданбайды", .ru: "хранилище {path} применило не ту миграцию {name}, что есть в этой версии sana: хранилище с другой историей не принимается", .en: "store {path} applied a different {name} than this sana has: refusing a store whose history differs"]
        case .missingMigration:
            return [.kk: "{path} дерекқорында {name} миграциясы жоқ, бірақ кейінгілері бар: тарихы өзгеше дерекқор қабылданбайды", .ru: "в хранилище {path} нет миграции {name}, но есть более поздние: хранилище с другой историей не принимается", .en: "store {path} lacks migration {name} but has later ones: refusing a store whose history differs"]
        case .outdated:
            return [.kk: "{path} дерекқорының схема нұсқасы — {version}, ал sana-ның бұл нұсқасына {required} керек: оны 'sana init --db {path}' командасымен жаңартыңыз", .ru: "у хранилища {path} версия схемы {version}, а этой версии sana нужна {required}: обновите его командой 'sana init --db {path}'", .en: "store {path} has schema version {version}, this sana needs {required}: run 'sana init --db {path}' to migrate it"]
        case .fileExists:
            return [.kk: "{path} бұрыннан бар: sana оны қайта жазбайды", .ru: "{path} уже существует: sana не будет его перезаписывать", .en: "{path} already exists: refusing to overwrite it"]
        case .readOnly:
            return [.kk: "{path} дерекқоры тек оқуға арналған", .ru: "хранилище {path} доступно только для чтения", .en: "store {path} is read-only"]
        case .sqlite:
            return [.kk: "{path} дерекқоры: {message}", .ru: "хранилище {path}: {message}", .en: "store {path}: {message}"]
        case .cannotWrite:
            return [.kk: "{path} жазу мүмкін болмады: {reason}", .ru: "не удалось записать {path}: {reason}", .en: "cannot write {path}: {reason}"]
        case .cannotRead:
            return [.kk: "{path} оқу мүмкін болмады: {reason}", .ru: "не удалось прочитать {path}: {reason}", .en: "cannot read {path}: {reason}"]
        case .notARegularFile:
            return [.kk: "{path} — {kind}, кәдімгі файл емес", .ru: "{path} — {kind}, а не обычный файл", .en: "{path} is {kind}, not a regular file"]
        case .kindFile:
            return [.kk: "файл", .ru: "файл", .en: "a file"]
        case .kindFolder:
            return [.kk: "қалта", .ru: "папка", .en: "a folder"]
        case .kindDevice:
            return [.kk: "құрылғы", .ru: "устройство", .en: "a device"]
        case .kindFifo:
            return [.kk: "атаулы арна (FIFO)", .ru: "именованный канал (FIFO)", .en: "a named pipe (FIFO)"]
        case .kindSocket:
            return [.kk: "сокет", .ru: "сокет", .en: "a socket"]
        case .kindSymbolicLink:
            return [.kk: "символдық сілтеме", .ru: "символическая ссылка", .en: "a symbolic link"]
        case .tooLarge:
            return [.kk: "{path} көлемі {size} шегінен асады: sana мұнда мұндай файл күтпейді", .ru: "{path} больше {size}: sana ждёт здесь другой файл", .en: "{path} is larger than {size}: not a file sana expects here"]
        case .notUTF8:
            return [.kk: "{path} UTF-8 мәтіні емес: оны UTF-8 пішімінде сақтаңыз", .ru: "{path} — не текст в UTF-8: сохраните его в UTF-8", .en: "{path} is not UTF-8 text: save it as UTF-8"]
        case .emptyStore:
            return [.kk: "{path} — бос файл, sana дерекқоры емес: онда дерекқорды 'sana init --db {path}' командасымен жасаңыз", .ru: "{path} — пустой файл, а не хранилище sana: создайте там хранилище командой 'sana init --db {path}'", .en: "{path} is an empty file, not a sana store: run 'sana init --db {path}' to create one there"]
        case .readOnlyStoreIsBusy:
            return [.kk: "{path} дерекқоры тек оқуға арналған дискіде тұр, ал оның алдын ала жазу журналы (WAL) дерекқорға көшірілмеген: оны жазуға болатын дискіге көшіріп, сонда 'sana db check' орындаңыз", .ru: "хранилище {path} находится на диске только для чтения, а его журнал упреждающей записи (WAL) не перенесён в базу: скопируйте его на диск с правом записи и выполните там 'sana db check'", .en: "store {path} is on a read-only disk and has a write-ahead log that was not checkpointed: copy it to a writable disk and run 'sana db check' there"]
        case .databaseError:
            return [.kk: "дерекқор қатесі: {message}", .ru: "ошибка базы данных: {message}", .en: "database error: {message}"]
        case .learnerNotFound:
            return [.kk: "ЖСН-і {iin} білім алушы жоқ", .ru: "учащегося с ИИН {iin} нет", .en: "no learner with IIN {iin}"]
        case .learnerExists:
            return [.kk: "ЖСН-і {iin} білім алушы бұрыннан бар", .ru: "учащийся с ИИН {iin} уже есть", .en: "a learner with IIN {iin} already exists"]
        case .courseNotFound:
            return [.kk: "дерекқорда {course} курсы жоқ: оны 'sana course import' командасымен импорттаңыз", .ru: "курса {course} в хранилище нет: импортируйте его командой 'sana course import'", .en: "no course {course} in the store: import it with 'sana course import'"]
        case .unknownInstitution:
            return [.kk: "дерекқорда «{name}» деп аталатын университет жоқ", .ru: "университета с названием «{name}» в хранилище нет", .en: "no university named '{name}' in the store"]
        case .notEnrolled:
            return [.kk: "{iin} білім алушысы {course} курсына жазылмаған", .ru: "учащийся {iin} не записан на курс {course}", .en: "learner {iin} is not enrolled in {course}"]
        case .noLearnersSelected:
            return [.kk: "{selection} шартына сай білім алушы жоқ", .ru: "ни один учащийся не подходит под условие {selection}", .en: "no learners match {selection}"]
        case .noAccessCode:
            return [.kk: "{iin} білім алушысының кіру коды жоқ: әкімші оны 'sana learner codes --learner {iin}' командасымен береді", .ru: "у учащегося {iin} нет кода доступа: администратор выдаёт его командой 'sana learner codes --learner {iin}'", .en: "learner {iin} has no access code: an administrator issues one with 'sana learner codes --learner {iin}'"]
        case .wrongAccessCode:
            return [.kk: .plural(one: "{iin} білім алушысының кіру коды қате ({minutes} минуттық бұғаттауға дейін {count} әрекет қалды)", other: "{iin} білім алушысының кіру коды қате ({minutes} минуттық бұғаттауға дейін {count} әрекет қалды)"), .ru: .plural(one: "неверный код доступа учащегося {iin} (до блокировки на {minutes} мин осталась {count} попытка)", few: "неверный код доступа учащегося {iin} (до блокировки на {minutes} мин осталось {count} попытки)", many: "неверный код доступа учащегося {iin} (до блокировки на {minutes} мин осталось {count} попыток)", other: "неверный код доступа учащегося {iin} (до блокировки на {minutes} мин осталось {count} попытки)"), .en: .plural(one: "wrong access code for learner {iin} ({count} try left before a {minutes}-minute lockout)", other: "wrong access code for learner {iin} ({count} tries left before a {minutes}-minute lockout)")]
        case .malformedAccessCode:
            return [.kk: "{iin} білім алушысы үшін енгізілген мәтін кіру коды емес (K7RM-P4QX-9TZA сияқты 12 әріп пен цифр): ол әрекет ретінде саналмады", .ru: "введённое для учащегося {iin} — не код доступа (12 букв и цифр, например K7RM-P4QX-9TZA): попытка не засчитана", .en: "what was typed for learner {iin} is not an access code (12 letters and digits such as K7RM-P4QX-9TZA): it was not counted as a try"]
        case .lockedOut:
            return [.kk: "{iin} білім алушысы кіру кодын {failures} рет қате енгізгендіктен {time} дейін бұғатталды", .ru: "учащийся {iin} заблокирован после {failures} неверных кодов доступа до {time}", .en: "learner {iin} is locked out after {failures} wrong access codes until {time}"]
        case .packageNotFound:
            return [.kk: "{path} жолында курс пакеті жоқ: course.yaml, lessons/ және questions/ бар қалта күтіледі", .ru: "по пути {path} нет пакета курса: ожидается папка с course.yaml, lessons/ и questions/", .en: "no course package at {path}: expected a folder with course.yaml, lessons/ and questions/"]
        case .invalidPackage:
            return [.kk: .plural(one: "{path} курс пакетінде {count} қате бар: ештеңе импортталмады", other: "{path} курс пакетінде {count} қате бар: ештеңе импортталмады"), .ru: .plural(one: "в пакете курса {path} {count} ошибка: ничего не импортировано", few: "в пакете курса {path} {count} ошибки: ничего не импортировано", many: "в пакете курса {path} {count} ошибок: ничего не импортировано", other: "в пакете курса {path} {count} ошибки: ничего не импортировано"), .en: .plural(one: "course package {path} has {count} error: nothing was imported", other: "course package {path} has {count} errors: nothing was imported")]
        case .versionNotFound:
            return [.kk: "{course} курсының {version} нұсқасы жоқ", .ru: "у курса {course} нет версии {version}", .en: "course {course} has no version {version}"]
        case .lessonNotFound:
            return [.kk: "{course} курсында {number}-сабақ жоқ: оның сабақтары — 1…{count}", .ru: "в курсе {course} нет урока {number}: его уроки — с 1 по {count}", .en: "course {course} has no lesson {number}: its lessons are 1 to {count}"]
        case .languageNotOffered:
            return [.kk: "{course} курсы {language} тілінде жоқ (бар тілдері: {offered})", .ru: "курс {course} не предлагается на языке {language} (есть на языках: {offered})", .en: "course {course} is not offered in {language} (it is offered in {offered})"]
        case .poolNotFound:
            return [.kk: "{course} курсында {pool} сұрақтар қоры жоқ (оның қорлары: {pools})", .ru: "в курсе {course} нет банка вопросов {pool} (его банки: {pools})", .en: "course {course} has no question pool {pool} (its pools: {pools})"]
        case .corruptRecord:
            return [.kk: "дерекқордағы {table} {id} жазбасын оқу мүмкін емес: {reason}", .ru: "запись {table} {id} в хранилище не читается: {reason}", .en: "{table} {id} in the store cannot be read: {reason}"]
        case .poolTooSmall:
            return [.kk: .plural(one: "{pool} қорында {count} сұрақ бар, бұл емтихан алатын {draw} сұрақтан аз", other: "{pool} қорында {count} сұрақ бар, бұл емтихан алатын {draw} сұрақтан аз"), .ru: .plural(one: "в банке {pool} {count} вопрос — меньше, чем {draw}, которые выбирает экзамен", few: "в банке {pool} {count} вопроса — меньше, чем {draw}, которые выбирает экзамен", many: "в банке {pool} {count} вопросов — меньше, чем {draw}, которые выбирает экзамен", other: "в банке {pool} {count} вопроса — меньше, чем {draw}, которые выбирает экзамен"), .en: .plural(one: "pool {pool} has {count} questions, fewer than the {draw} the exam draws", other: "pool {pool} has {count} questions, fewer than the {draw} the exam draws")]
        case .attemptsExhausted:
            return [.kk: .plural(one: "{iin} білім алушысы {course} курсы бойынша барлық {count} әрекетін пайдаланып қойған", other: "{iin} білім алушысы {course} курсы бойынша барлық {count} әрекетін пайдаланып қойған"), .ru: .plural(one: "учащийся {iin} исчерпал попытки по курсу {course}: разрешена {count} попытка", few: "учащийся {iin} исчерпал попытки по курсу {course}: разрешено {count} попытки", many: "учащийся {iin} исчерпал попытки по курсу {course}: разрешено {count} попыток", other: "учащийся {iin} исчерпал попытки по курсу {course}: разрешено {count} попытки"), .en: .plural(one: "learner {iin} has used all {count} attempt at {course}", other: "learner {iin} has used all {count} attempts at {course}")]
        case .coolingDown:
            return [.kk: "{iin} білім алушысы {course} курсы бойынша келесі әрекетті {time} бастай алады (әрекеттер арасындағы үзіліс)", .ru: "учащийся {iin} может начать следующую попытку по курсу {course} не раньше {time} (перерыв между попытками)", .en: "learner {iin} may start the next attempt at {course} at {time} (the wait between attempts)"]
        case .attemptNotFound:
            return [.kk: "{id} әрекеті жоқ", .ru: "попытки {id} нет", .en: "no attempt {id}"]
        case .attemptSubmitted:
            return [.kk: "{id} әрекеті тапсырылып қойған: оның жауаптарын енді өзгерту мүмкін емес", .ru: "попытка {id} уже сдана: её ответы больше нельзя изменить", .en: "attempt {id} is already submitted: its answers can no longer change"]
        case .deadlinePassed:
            return [.kk: "{id} әрекетінің уақыты {time} бітті: жауап жазылмады, әрекет тапсырылды", .ru: "время попытки {id} истекло {time}: ответ не записан, попытка сдана", .en: "attempt {id} ran out of time at {time}: the answer was not recorded and the attempt was submitted"]
        case .notInAttempt:
            return [.kk: "{qid} сұрағы {id} әрекетіне кірмейді", .ru: "вопрос {qid} не входит в попытку {id}", .en: "question {qid} is not part of attempt {id}"]
        case .invalidAnswer:
            return [.kk: "{qid} сұрағына жауап: {reason}", .ru: "ответ на {qid}: {reason}", .en: "answer to {qid}: {reason}"]
        case .questionMissing:
            return [.kk: "{id} әрекеті {qid} сұрағына сілтейді, ал ол әрекеттің курс нұсқасында жоқ", .ru: "попытка {id} ссылается на вопрос {qid}, которого нет в её версии курса", .en: "attempt {id} refers to question {qid}, which its course version does not have"]
        case .unreadableAnswers:
            return [.kk: "{path} файлынан жауаптарды оқу мүмкін болмады: {reason}", .ru: "не удалось прочитать ответы из {path}: {reason}", .en: "cannot read answers from {path}: {reason}"]
        case .invalidAnswers:
            return [.kk: .plural(one: "{path} файлында {count} жарамсыз жауап бар: ештеңе жазылмады", other: "{path} файлында {count} жарамсыз жауап бар: ештеңе жазылмады"), .ru: .plural(one: "в {path} {count} неверный ответ: ничего не записано", few: "в {path} {count} неверных ответа: ничего не записано", many: "в {path} {count} неверных ответов: ничего не записано", other: "в {path} {count} неверного ответа: ничего не записано"), .en: .plural(one: "{path} has {count} invalid answer: nothing was recorded", other: "{path} has {count} invalid answers: nothing was recorded")]
        case .takenOver:
            return [.kk: "{id} әрекеті басқа терминалда жалғасты: бұл терминал оны енді өзгерте алмайды", .ru: "попытку {id} продолжили в другом терминале: этот терминал больше не может её изменять", .en: "attempt {id} was continued in another terminal: this one can no longer change it"]
        case .paused:
            return [.kk: "кодты енгізу бұғатталғандықтан, {id} әрекеті {time} дейін тоқтатылды: осы уақытта оның сағаты жүрмейді", .ru: "попытка {id} приостановлена до {time}, пока ввод кода заблокирован: её таймер на это время остановлен", .en: "attempt {id} is paused until {time} while code entry is locked: its clock is stopped meanwhile"]
        case .lessonsRequiredOne:
            return [.kk: "{course} курсының емтиханы барлық сабақ ашылғанда басталады: {list}-сабақ әлі ашылмаған", .ru: "экзамен курса {course} начинается, когда открыты все уроки: урок {list} ещё не открыт", .en: "the exam of {course} starts once every lesson is opened: lesson {list} not yet"]
        case .lessonsRequiredMany:
            return [.kk: "{course} курсының емтиханы барлық сабақ ашылғанда басталады: {list} сабақтары әлі ашылмаған", .ru: "экзамен курса {course} начинается, когда открыты все уроки: уроки {list} ещё не открыты", .en: "the exam of {course} starts once every lesson is opened: lessons {list} not yet"]
        case .noPractice:
            return [.kk: "{course} курсының {lesson}-сабағында жаттығу сұрақтары жоқ", .ru: "в уроке {lesson} курса {course} нет тренировочных вопросов", .en: "lesson {lesson} of {course} has no practice questions"]
        case .notInPractice:
            return [.kk: "{qid} сұрағы {course} курсының {lesson}-сабағындағы жаттығу сұрақтарының қатарында жоқ", .ru: "вопроса {qid} нет среди тренировочных вопросов урока {lesson} курса {course}", .en: "question {qid} is not in the practice set of lesson {lesson} of {course}"]
        case .keyFileExists:
            return [.kk: "{path} кілт файлы бұрыннан бар: sana оны қайта жазбайды", .ru: "файл ключа {path} уже существует: sana не будет его перезаписывать", .en: "key file {path} already exists: refusing to overwrite it"]
        case .keyFileMissing:
            return [.kk: "{path} жолында жабық кілт жоқ: 'sana cert keygen' орындаңыз немесе --key PATH беріңіз", .ru: "закрытого ключа по пути {path} нет: выполните 'sana cert keygen' или укажите --key PATH", .en: "no private key at {path}: run 'sana cert keygen' or pass --key PATH"]
        case .keyFileUnreadable:
            return [.kk: "{path} жабық кілтін оқу мүмкін болмады: {reason}", .ru: "не удалось прочитать закрытый ключ {path}: {reason}", .en: "cannot read private key {path}: {reason}"]
        case .keyFileNotWritable:
            return [.kk: "{path} жабық кілтін жазу мүмкін болмады: {reason}", .ru: "не удалось записать закрытый ключ {path}: {reason}", .en: "cannot write private key {path}: {reason}"]
        case .keyTooOpen:
            return [.kk: "{path} жабық кілтінің рұқсаттары — {mode}, яғни оған топ не басқалар қол жеткізе алады: sana оны қолданбайды ('chmod 600 {path}' орындаңыз)", .ru: "у закрытого ключа {path} права {mode}, то есть к нему есть доступ у группы или других: sana не будет им пользоваться (выполните 'chmod 600 {path}')", .en: "private key {path} has mode {mode}, so group or others can access it: refusing to use it (run 'chmod 600 {path}')"]
        case .notAnEd25519Key:
            return [.kk: "{path} — PEM пішіміндегі Ed25519 жабық кілті емес", .ru: "{path} — не закрытый ключ Ed25519 в формате PEM", .en: "{path} is not an Ed25519 private key in PEM"]
        case .noSigningKey:
            return [.kk: "дерекқорда қол қою кілті тіркелмеген: 'sana cert keygen' орындаңыз", .ru: "в хранилище не зарегистрирован ключ подписи: выполните 'sana cert keygen'", .en: "no signing key is registered in the store: run 'sana cert keygen'"]
        case .signingKeyExists:
            return [.kk: "{kid} қол қою кілті тіркелген әрі қазір қолданыста: оны ауыстыру үшін 'sana cert rotate' қолданыңыз", .ru: "ключ подписи {kid} уже зарегистрирован и действует: чтобы заменить его, используйте 'sana cert rotate'", .en: "signing key {kid} is already registered and current: use 'sana cert rotate' to replace it"]
        case .keyMismatch:
            return [.kk: "{path} жабық кілті ағымдағы {kid} қол қою кілтіне сәйкес келмейді", .ru: "закрытый ключ {path} не соответствует текущему ключу подписи {kid}", .en: "private key {path} does not match the current signing key {kid}"]
        case .retiredKey:
            return [.kk: "{path} жабық кілті — {time} қолданыстан шығарылған {kid}: қолданыстан шыққан кілт ештеңеге қол қоймайды", .ru: "закрытый ключ {path} — это {kid}, выведенный из обращения {time}: выведенный ключ ничего не подписывает", .en: "private key {path} is {kid}, retired at {time}: a retired key signs nothing"]
        case .issuerNotSet:
            return [.kk: "беруші ұйымның атауы мен URL мекенжайы берілмеген: 'sana cert issuer --name NAME --url URL' орындаңыз", .ru: "название и URL издателя не заданы: выполните 'sana cert issuer --name NAME --url URL'", .en: "the issuer's name and URL are not set: run 'sana cert issuer --name NAME --url URL'"]
        case .invalidIssuerURL:
            return [.kk: "беруші ұйымның URL мекенжайы «{url}» https:// немесе http:// деп басталуы керек", .ru: "URL издателя «{url}» должен начинаться с https:// или http://", .en: "issuer URL '{url}' must start with https:// or http://"]
        case .certUnknownCourse:
            return [.kk: "дерекқорда {course} курсы жоқ", .ru: "курса {course} в хранилище нет", .en: "no course {course} in the store"]
        case .notEligible:
            return [.kk: "{iin} білім алушысының {course} курсы бойынша сертификаты әлі берілмеген сәтті әрекеті жоқ", .ru: "у учащегося {iin} нет сданной попытки по курсу {course}, за которую ещё не выдан сертификат", .en: "learner {iin} has no passed attempt in {course} without a certificate"]
        case .certificateNotFound:
            return [.kk: "дерекқорда {key} сертификаты жоқ", .ru: "сертификата {key} в хранилище нет", .en: "no certificate {key} in the store"]
        case .invalidCode:
            return [.kk: "«{code}» сертификат коды емес: бақылау таңбасы сәйкес келмейді", .ru: "«{code}» — не код сертификата: не сходится контрольный символ", .en: "'{code}' is not a certificate code: its check character does not match"]
        case .alreadyRevoked:
            return [.kk: "{id} сертификаты бұрын кері қайтарылған", .ru: "сертификат {id} уже отозван", .en: "certificate {id} is already revoked"]
        case .emptyReason:
            return [.kk: "кері қайтару үшін себеп керек (--reason TEXT)", .ru: "для отзыва нужна причина (--reason TEXT)", .en: "a revocation needs a reason (--reason TEXT)"]
        case .statusListFull:
            return [.kk: "мәртебе тізімі толды (сыйымдылығы: {capacity})", .ru: "список статусов заполнен (ёмкость: {capacity})", .en: "the status list is full ({capacity} entries)"]
        case .concurrentIssuance:
            return [.kk: "басқа 'sana cert issue' дәл сол сертификаттарды бір мезгілде жазды: команданы қайта іске қосыңыз", .ru: "другой 'sana cert issue' одновременно записал те же сертификаты: запустите команду ещё раз", .en: "another 'sana cert issue' wrote the same certificates at the same time: run it again"]
        case .noCertificatesFound:
            return [.kk: "{folder} ішінде сертификат табылмады: .jwt немесе .jws файлдары күтіледі", .ru: "в {folder} не найдено сертификатов: ожидаются файлы .jwt или .jws", .en: "no certificates found in {folder}: expected .jwt or .jws files"]
        case .alreadyCompromised:
            return [.kk: "{kid} кілті бұрыннан әшкереленген деп белгіленген", .ru: "ключ {kid} уже отмечен как скомпрометированный", .en: "key {kid} is already marked compromised"]
        case .notCompromised:
            return [.kk: "{kid} кілті әшкереленген деп белгіленбеген: қайта беру тек әшкереленген кілттің сертификаттарына арналған (алдымен 'sana cert compromise KEYID')", .ru: "ключ {kid} не отмечен как скомпрометированный: перевыпуск — только для сертификатов скомпрометированного ключа (сначала 'sana cert compromise KEYID')", .en: "key {kid} is not marked compromised: reissuing is for certificates of a compromised key ('sana cert compromise KEYID' first)"]
        case .unknownKey:
            return [.kk: "дерекқорда {key} қол қою кілті жоқ (кілттер тізімі: 'sana cert keys')", .ru: "ключа подписи {key} в хранилище нет (список ключей: 'sana cert keys')", .en: "no signing key {key} in the store ('sana cert keys' lists them)"]
        case .ambiguousKey:
            return [.kk: .plural(one: "{key} мәніне {count} қол қою кілті сәйкес келеді: кілт идентификаторын толығырақ беріңіз", other: "{key} мәніне {count} қол қою кілті сәйкес келеді: кілт идентификаторын толығырақ беріңіз"), .ru: .plural(one: "под {key} подходит {count} ключ подписи: укажите больше символов идентификатора ключа", few: "под {key} подходят {count} ключа подписи: укажите больше символов идентификатора ключа", many: "под {key} подходят {count} ключей подписи: укажите больше символов идентификатора ключа", other: "под {key} подходят {count} ключа подписи: укажите больше символов идентификатора ключа"), .en: .plural(one: "{count} signing keys match {key}: give more of the key id", other: "{count} signing keys match {key}: give more of the key id")]
        case .malformedTrustFile:
            return [.kk: "{path} сенім файлының пішімі қате: {reason}", .ru: "файл доверия {path} имеет неверный формат: {reason}", .en: "trust file {path} is malformed: {reason}"]
        case .malformedStatusList:
            return [.kk: "мәртебе тізімінің пішімі қате: {reason}", .ru: "список статусов имеет неверный формат: {reason}", .en: "status list is malformed: {reason}"]
        case .compression:
            return [.kk: "gzip қатесі: {reason}", .ru: "ошибка gzip: {reason}", .en: "gzip failed: {reason}"]
        case .damagedCredential:
            return [.kk: "{id} сертификатының сақталған деректерін қалпына келтіру мүмкін емес: оның үлгісі не бөліктері бүлінген", .ru: "сохранённые данные сертификата {id} не удаётся восстановить: повреждён его шаблон или части", .en: "the stored credential of certificate {id} cannot be rebuilt: its template or parts are damaged"]
        case .invalidVerifyURL:
            return [.kk: "тексеру бетінің URL мекенжайы «{url}»: {reason}", .ru: "URL страницы проверки «{url}»: {reason}", .en: "verification page URL '{url}' {reason}"]
        case .everyRowRejected:
            return [.kk: "{path} файлының барлық {rows} жолы қабылданбады: ештеңе импортталмады", .ru: "все строки файла {path} ({rows}) отклонены: ничего не импортировано", .en: "every one of the {rows} rows of {path} was rejected: nothing was imported"]
        case .emptyFile:
            return [.kk: "{path} бос: тізімге тақырып жолы мен кемінде бір жол керек", .ru: "{path} пуст: в списке нужны строка заголовков и хотя бы одна строка данных", .en: "{path} is empty: a roster needs a header line and at least one row"]
        case .unterminatedQuote:
            return [.kk: "{path}:{line}: осы жерде ашылған тырнақша ешқайда жабылмайды", .ru: "{path}:{line}: открытая здесь кавычка поля нигде не закрыта", .en: "{path}:{line}: a quoted field opened here is never closed"]
        case .recordTooLong:
            return [.kk: "{path}:{line}: осы жолдан басталатын жазба тізімнің бір жазбасына рұқсат етілген {size} шегінен ұзын: бұл тізім файлы емес", .ru: "{path}:{line}: запись, начинающаяся в этой строке, длиннее {size} — предела для одной записи списка: это не файл списка", .en: "{path}:{line}: the record starting on this line is longer than {size}, the most one roster record may hold: this is not a roster file"]
        case .fieldTooLongQuoted:
            return [.kk: "{path}:{line}: осы жолда ашылған тырнақшадағы өріс бір өріске рұқсат етілген {size} шегінен асады: жабатын тырнақша жоқ болуы мүмкін", .ru: "{path}:{line}: поле в кавычках, открытое в этой строке, длиннее {size} — предела для одного поля: вероятно, нет закрывающей кавычки", .en: "{path}:{line}: a quoted field opened on this line runs past {size}, the most one field may hold: its closing quote is probably missing"]
        case .fieldTooLong:
            return [.kk: "{path}:{line}: осы жолдағы өріс бір өріске рұқсат етілген {size} шегінен ұзын: бұл тізім файлы емес", .ru: "{path}:{line}: поле в этой строке длиннее {size} — предела для одного поля: это не файл списка", .en: "{path}:{line}: a field on this line is longer than {size}, the most one field may hold: this is not a roster file"]
        case .unclearEncoding:
            return [.kk: "{path} файлы CP1251 және KZ-1048 кодтауларында әртүрлі оқылады, екеуі де болуы мүмкін ({readings}): ештеңе импортталмады; --encoding cp1251 немесе --encoding kz1048 арқылы таңдаңыз", .ru: "{path} читается по-разному в CP1251 и в KZ-1048, и подходят обе кодировки ({readings}): ничего не импортировано; выберите кодировку: --encoding cp1251 или --encoding kz1048", .en: "{path} reads differently as CP1251 and as KZ-1048 and either could be meant ({readings}): nothing was imported; choose with --encoding cp1251 or --encoding kz1048"]
        case .encodingReading:
            return [.kk: "{line}-жол: «{cp1251}» не «{kz1048}»", .ru: "строка {line}: «{cp1251}» или «{kz1048}»", .en: "line {line}: '{cp1251}' or '{kz1048}'"]
        case .encodingMore:
            return [.kk: .plural(one: "; тағы {count} сөз", other: "; тағы {count} сөз"), .ru: .plural(one: "; и ещё {count} слово", few: "; и ещё {count} слова", many: "; и ещё {count} слов", other: "; и ещё {count} слова"), .en: .plural(one: "; and {count} more word", other: "; and {count} more words")]
        case .byteOrderMarkInHeader:
            return [.kk: "{path} файлында «{header}» бағаны бар, оның ішінде артық байт реті белгісі (U+FEFF) тұр — файл екі рет сақталғанда не файлдар біріктірілгенде солай қалады: оны өшіріңіз", .ru: "в {path} есть столбец «{header}» с лишней меткой порядка байтов (U+FEFF), какая остаётся, когда файл сохраняют дважды или склеивают файлы: удалите её", .en: "{path} has a column named '{header}' with a stray byte-order mark (U+FEFF) in it, as left when a file is saved twice or files are joined: remove it"]
        case .missingColumn:
            return [.kk: "{path} файлында {field} бағаны жоқ (ізделгендері: {looked}): оны --map COLUMN={field} арқылы көрсетіңіз", .ru: "в {path} нет столбца {field} (искались: {looked}): укажите его через --map COLUMN={field}", .en: "{path} has no {field} column (looked for {looked}): name it with --map COLUMN={field}"]
        case .duplicateColumn:
            return [.kk: "{path} файлында бірнеше {field} бағаны бар ({columns}): біреуін --map COLUMN={field} арқылы таңдаңыз", .ru: "в {path} несколько столбцов {field} ({columns}): выберите один через --map COLUMN={field}", .en: "{path} has several {field} columns ({columns}): choose one with --map COLUMN={field}"]
        case .mapUnknownColumn:
            return [.kk: "--map «{column}» бағанын атайды, ал {path} файлында ол жоқ", .ru: "--map называет столбец «{column}», которого в {path} нет", .en: "--map names column '{column}', which {path} does not have"]
        case .badMapping:
            return [.kk: "--map «{text}» COLUMN=FIELD түрінде емес (FIELD мыналардың бірі: {fields})", .ru: "--map «{text}» — не COLUMN=FIELD, где FIELD — одно из: {fields}", .en: "--map '{text}' is not COLUMN=FIELD with FIELD one of {fields}"]
        case .lostLettersInHeader:
            return [.kk: "{path} файлында «{header}» бағаны бар: Юникод емес экспортта әріптер жоғалған; файлды CSV UTF-8 ретінде қайта экспорттаңыз", .ru: "в {path} есть столбец «{header}»: буквы потеряны при экспорте не в Юникоде; экспортируйте файл заново как CSV UTF-8", .en: "{path} has a column named '{header}': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8"]
        case .badOption:
            return [.kk: "--{name}: {problem}", .ru: "--{name}: {problem}", .en: "--{name}: {problem}"]
        case .rowRefused:
            return [.kk: "{path}:{line}: дерекқор ЖСН-і {iin} жолды қабылдамады ({reason}): ештеңе импортталмады", .ru: "{path}:{line}: хранилище не приняло строку с ИИН {iin} ({reason}): ничего не импортировано", .en: "{path}:{line}: the store refused the row for IIN {iin} ({reason}): nothing was imported"]
        case .noUniversity:
            return [.kk: "{path} файлында университет бағаны жоқ: оны қосыңыз немесе --institution NAME беріңіз", .ru: "в {path} нет столбца с университетом: добавьте его или укажите --institution NAME", .en: "{path} has no university column: add one or pass --institution NAME"]
        case .noCourse:
            return [.kk: "{path} файлында курс бағаны жоқ: оны қосыңыз немесе --course ID беріңіз", .ru: "в {path} нет столбца с курсом: добавьте его или укажите --course ID", .en: "{path} has no course column: add one or pass --course ID"]
        case .rosterUnknownCourse:
            return [.kk: "{course} курсы дерекқорда жоқ: алдымен оны 'sana course import' командасымен импорттаңыз", .ru: "курса {course} нет в хранилище: сначала импортируйте его командой 'sana course import'", .en: "course {course} is not in the store: import it first with 'sana course import'"]
        case .withdrawLimit:
            return [.kk: .plural(one: "--withdraw-missing {institution} университетінің білім алушыларын {course} курсынан шығарар еді: {count} ішінен {withdraw} ({percent}%), бұл --max-withdraw {max}% шегінен көп: ештеңе импортталмады", other: "--withdraw-missing {institution} университетінің білім алушыларын {course} курсынан шығарар еді: {count} ішінен {withdraw} ({percent}%), бұл --max-withdraw {max}% шегінен көп: ештеңе импортталмады"), .ru: .plural(one: "--withdraw-missing отчислил бы {withdraw} из {count} учащегося ({percent}%) университета {institution} с курса {course} — больше, чем --max-withdraw {max}%: ничего не импортировано", few: "--withdraw-missing отчислил бы {withdraw} из {count} учащихся ({percent}%) университета {institution} с курса {course} — больше, чем --max-withdraw {max}%: ничего не импортировано", many: "--withdraw-missing отчислил бы {withdraw} из {count} учащихся ({percent}%) университета {institution} с курса {course} — больше, чем --max-withdraw {max}%: ничего не импортировано", other: "--withdraw-missing отчислил бы {withdraw} из {count} учащихся ({percent}%) университета {institution} с курса {course} — больше, чем --max-withdraw {max}%: ничего не импортировано"), .en: .plural(one: "--withdraw-missing would withdraw {withdraw} of {count} learners ({percent}%) of {institution} from {course}, more than --max-withdraw {max}%: nothing was imported", other: "--withdraw-missing would withdraw {withdraw} of {count} learners ({percent}%) of {institution} from {course}, more than --max-withdraw {max}%: nothing was imported")]
        case .interrupted:
            return [.kk: .plural(one: "{count} жолдан кейін тоқтатылды: импорт кері қайтарылды, ештеңе өзгермеді", other: "{count} жолдан кейін тоқтатылды: импорт кері қайтарылды, ештеңе өзгермеді"), .ru: .plural(one: "прервано после {count} строки: импорт откачен, ничего не изменено", few: "прервано после {count} строк: импорт откачен, ничего не изменено", many: "прервано после {count} строк: импорт откачен, ничего не изменено", other: "прервано после {count} строки: импорт откачен, ничего не изменено"), .en: .plural(one: "interrupted after {count} rows: the import was rolled back, nothing was changed", other: "interrupted after {count} rows: the import was rolled back, nothing was changed")]
        case .batchNotFound:
            return [.kk: "{id} импорт топтамасы жоқ: 'sana roster history' қараңыз", .ru: "пакета импорта {id} нет: см. 'sana roster history'", .en: "no import batch {id}: see 'sana roster history'"]
        case .alreadyReverted:
            return [.kk: "{id} импорт топтамасы бұрын кері қайтарылған", .ru: "пакет импорта {id} уже отменён", .en: "import batch {id} was already reverted"]
        case .revertConflict:
            return [.kk: "{batch} импорт топтамасын кері қайтару мүмкін емес: кейінгі өзгерістер мына білім алушыларды қозғады: {list}", .ru: "нельзя отменить пакет импорта {batch}: позже изменялись учащиеся {list}", .en: "cannot revert import batch {batch}: later changes touched learners {list}"]
        case .andMore:
            return [.kk: "{list} және тағы {count}", .ru: "{list} и ещё {count}", .en: "{list} and {count} more"]
        case .oneRoster:
            return [.kk: "{path}: {message}", .ru: "{path}: {message}", .en: "{path}: {message}"]
        case .archiveTooManyFiles:
            return [.kk: "{path} ішінде {limit} файлдан көп, ал бұл OneRoster zip мұрағатының шегі: бұл OneRoster экспорты емес", .ru: "в {path} больше {limit} файлов — это предел для zip-архива OneRoster: это не выгрузка OneRoster", .en: "{path} holds more than {limit} files, the most a OneRoster zip may hold: this is not a OneRoster export"]
        case .archiveTooLarge:
            return [.kk: "{path} ашылғанда {size} көлемінен асады, ал sana OneRoster zip мұрағатынан ең көбі осынша оқиды: ештеңе импортталмады", .ru: "{path} распаковывается больше чем в {size} — это предел, который sana читает из zip-архива OneRoster: ничего не импортировано", .en: "{path} unpacks to more than {size}, the most sana reads from a OneRoster zip: nothing was imported"]
        case .storeChanged:
            return [.kk: "импорт кезінде {iin} білім алушысы дерекқордан жоғалды: ештеңе импортталмады; 'sana db check' орындаңыз", .ru: "учащийся {iin} исчез из хранилища во время импорта: ничего не импортировано; выполните 'sana db check'", .en: "learner {iin} disappeared from the store during the import: nothing was imported; run 'sana db check'"]
        case .codesTheOneHas:
            return [
                .kk: "таңдалған білім алушының кіру коды бар, ол таратылған болуы мүмкін: жаңа код оны ауыстырады да, ескісі жарамсыз болады; ауыстыру үшін --reissue беріңіз, ал --without-code коды жоқтарға ғана код береді",
                .ru: "у выбранного учащегося уже есть код доступа, который, возможно, уже выдан: новый код заменит его, и старый перестанет действовать; чтобы заменить его, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                .en: "the selected learner already has an access code that may have been handed out: new codes would replace it and the old one would stop working; give --reissue to replace it, or --without-code to issue codes only to learners who have none",
            ]
        case .codesAllHave:
            return [
                .kk: .plural(
                    one: "таңдалған {count} білім алушының бәрінде кіру коды бар, ол таратылған болуы мүмкін: жаңа кодтар оларды ауыстырады да, ескілері жарамсыз болады; ауыстыру үшін --reissue беріңіз, ал --without-code коды жоқтарға ғана код береді",
                    other: "таңдалған {count} білім алушының бәрінде кіру коды бар, ол таратылған болуы мүмкін: жаңа кодтар оларды ауыстырады да, ескілері жарамсыз болады; ауыстыру үшін --reissue беріңіз, ал --without-code коды жоқтарға ғана код береді"),
                .ru: .plural(
                    one: "у всех выбранных учащихся ({count}) уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    few: "у всех выбранных учащихся ({count}) уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    many: "у всех выбранных учащихся ({count}) уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    other: "у всех выбранных учащихся ({count}) уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет"),
                .en: .plural(
                    one: "all {count} selected learners already have an access code that may have been handed out: new codes would replace them and the old ones would stop working; give --reissue to replace them, or --without-code to issue codes only to learners who have none",
                    other: "all {count} selected learners already have an access code that may have been handed out: new codes would replace them and the old ones would stop working; give --reissue to replace them, or --without-code to issue codes only to learners who have none"),
            ]
        case .codesSomeHave:
            return [
                .kk: .plural(
                    one: "таңдалған {selected} білім алушының {count}-інде кіру коды бар, ол таратылған болуы мүмкін: жаңа код оны ауыстырады да, ескісі жарамсыз болады; ауыстыру үшін --reissue беріңіз, ал --without-code коды жоқтарға ғана код береді",
                    other: "таңдалған {selected} білім алушының {count}-інде кіру коды бар, ол таратылған болуы мүмкін: жаңа кодтар оларды ауыстырады да, ескілері жарамсыз болады; ауыстыру үшін --reissue беріңіз, ал --without-code коды жоқтарға ғана код береді"),
                .ru: .plural(
                    one: "у {count} из {selected} выбранных учащихся уже есть код доступа, который, возможно, уже выдан: новый код заменит его, и старый перестанет действовать; чтобы заменить его, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    few: "у {count} из {selected} выбранных учащихся уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    many: "у {count} из {selected} выбранных учащихся уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет",
                    other: "у {count} из {selected} выбранных учащихся уже есть коды доступа, которые, возможно, уже выданы: новые коды заменят их, и старые перестанут действовать; чтобы заменить их, укажите --reissue, а --without-code выдаст коды только тем, у кого их нет"),
                .en: .plural(
                    one: "{count} of the {selected} selected learners already has an access code that may have been handed out: new codes would replace it and the old one would stop working; give --reissue to replace it, or --without-code to issue codes only to learners who have none",
                    other: "{count} of the {selected} selected learners already have an access code that may have been handed out: new codes would replace them and the old ones would stop working; give --reissue to replace them, or --without-code to issue codes only to learners who have none"),
            ]
        case .alreadyWithdrawn:
            return [.kk: "{iin} білім алушысы {course} курсынан бұрыннан шығарылған ({time} бастап): 'sana learner reinstate {iin} --course {course}' қалпына келтіреді", .ru: "учащийся {iin} уже отчислен с курса {course} (с {time}): 'sana learner reinstate {iin} --course {course}' вернёт его", .en: "learner {iin} is already withdrawn from {course} (since {time}): 'sana learner reinstate {iin} --course {course}' takes it back"]
        case .notWithdrawn:
            return [.kk: "{iin} білім алушысы {course} курсынан шығарылмаған (жазылу күйі: {status}): қалпына келтіретін ештеңе жоқ", .ru: "учащийся {iin} не отчислен с курса {course} (статус записи: {status}): восстанавливать нечего", .en: "learner {iin} is not withdrawn from {course} (the enrollment is {status}): there is nothing to reinstate"]
        case .cohortNeedsCourse:
            return [.kk: "топ курсқа жазылуға тиесілі: {iin} білім алушысының тобын өзгерту үшін курсты --course арқылы атаңыз", .ru: "поток относится к записи на курс: чтобы сменить поток учащегося {iin}, укажите курс в --course", .en: "a cohort belongs to an enrollment: name the course with --course to change learner {iin}'s cohort"]
        case .cohortNeedsInstitution:
            return [.kk: "{iin} білім алушысының ЖОО-сы жоқ, ал топ ЖОО-ға тиесілі: --institution да беріңіз", .ru: "у учащегося {iin} не указан вуз, а поток относится к вузу: укажите и --institution", .en: "learner {iin} has no university, and a cohort belongs to a university: give --institution too"]
        case .learnerSuspended:
            return [.kk: "{iin} білім алушысы уақытша шеттетілген және емтихан тапсыра алмайды: әкімші мұны 'sana learner unsuspend {iin}' арқылы алып тастайды", .ru: "учащийся {iin} приостановлен и не может сдавать экзамен: администратор снимает приостановку командой 'sana learner unsuspend {iin}'", .en: "learner {iin} is suspended and cannot take an exam: an administrator lifts it with 'sana learner unsuspend {iin}'"]
        case .alreadySuspended:
            return [.kk: "{iin} білім алушысы бұрыннан уақытша шеттетілген", .ru: "учащийся {iin} уже приостановлен", .en: "learner {iin} is already suspended"]
        case .notSuspended:
            return [.kk: "{iin} білім алушысы шеттетілмеген: алып тастайтын ештеңе жоқ", .ru: "учащийся {iin} не приостановлен: снимать нечего", .en: "learner {iin} is not suspended: there is nothing to lift"]
        case .certificateHeld:
            return [.kk: "{iin} білім алушысында {course} бойынша {certificate} сертификаты бар: алдымен оны 'sana cert revoke {certificate} --reason ...' арқылы кері қайтарыңыз, содан кейін талпыныстарды қайта орнатыңыз", .ru: "у учащегося {iin} есть сертификат {certificate} по курсу {course}: сначала отзовите его командой 'sana cert revoke {certificate} --reason ...', затем сбросьте попытки", .en: "learner {iin} holds certificate {certificate} for {course}: revoke it first with 'sana cert revoke {certificate} --reason ...', then reset the attempts"]
        case .nothingToReset:
            return [.kk: "{iin} білім алушысының {course} бойынша есептелетін талпынысы жоқ: қайта орнататын ештеңе жоқ", .ru: "у учащегося {iin} нет засчитываемых попыток по курсу {course}: сбрасывать нечего", .en: "learner {iin} has no attempts at {course} that count: there is nothing to reset"]
        case .nothingToReopen:
            return [.kk: "{iin} білім алушысының {course} бойынша есептелетін аяқталған талпынысы жоқ: қайта ашатын ештеңе жоқ", .ru: "у учащегося {iin} нет завершённой засчитываемой попытки по курсу {course}: открывать заново нечего", .en: "learner {iin} has no submitted attempt at {course} that counts: there is nothing to reopen"]
        case .attemptStillOpen:
            return [.kk: "{iin} білім алушысының {course} бойынша {attempt} талпынысы әлі ашық: оны 'sana quiz take {course}' арқылы жалғастыра алады", .ru: "у учащегося {iin} уже открыта попытка {attempt} по курсу {course}: её можно продолжить командой 'sana quiz take {course}'", .en: "learner {iin} already has attempt {attempt} open at {course}: they can continue it with 'sana quiz take {course}'"]
        case .certifiedAttempt:
            return [.kk: "{attempt} талпынысы бойынша {certificate} сертификаты берілген: сертификатталған талпынысты қайта ашуға болмайды", .ru: "по попытке {attempt} выдан сертификат {certificate}: попытку с сертификатом нельзя открыть заново", .en: "certificate {certificate} was issued from attempt {attempt}: a certified attempt cannot be reopened"]
        case .reopenNeedsMinutes:
            return [.kk: "{attempt} талпынысы аяқталғанда уақыты қалмаған: қанша уақытқа ашылатынын --minutes N арқылы беріңіз", .ru: "у попытки {attempt} не оставалось времени, когда она закончилась: укажите в --minutes N, на сколько минут её открыть", .en: "attempt {attempt} had no time left when it ended: give --minutes N for how long it reopens"]
        case .unknownCohort:
            return [.kk: "дерекқорда '{name}' деген топ жоқ", .ru: "в хранилище нет потока '{name}'", .en: "no cohort named '{name}' in the store"]
        case .identityChangeLimit:
            return [
                .kk: .plural(one: "{count} жол білім алушының аты-жөнін не ЖОО-сын өзгертеді, бұл --max-identity-changes {limit} шегінен көп: ештеңе импортталмады; жоғарыда аталған жолдарды тексеріп, дұрыс болса --accept-identity-changes беріңіз", other: "{count} жол білім алушының аты-жөнін не ЖОО-сын өзгертеді, бұл --max-identity-changes {limit} шегінен көп: ештеңе импортталмады; жоғарыда аталған жолдарды тексеріп, дұрыс болса --accept-identity-changes беріңіз"),
                .ru: .plural(one: "{count} строка меняет ФИО или вуз учащегося, это больше --max-identity-changes {limit}: ничего не импортировано; проверьте строки выше и, если они верны, укажите --accept-identity-changes", few: "{count} строки меняют ФИО или вуз учащегося, это больше --max-identity-changes {limit}: ничего не импортировано; проверьте строки выше и, если они верны, укажите --accept-identity-changes", many: "{count} строк меняют ФИО или вуз учащегося, это больше --max-identity-changes {limit}: ничего не импортировано; проверьте строки выше и, если они верны, укажите --accept-identity-changes", other: "{count} строки меняют ФИО или вуз учащегося, это больше --max-identity-changes {limit}: ничего не импортировано; проверьте строки выше и, если они верны, укажите --accept-identity-changes"),
                .en: .plural(one: "{count} row changes a learner's name or university, more than --max-identity-changes {limit}: nothing was imported; check the rows listed above and pass --accept-identity-changes if they are right", other: "{count} rows change a learner's name or university, more than --max-identity-changes {limit}: nothing was imported; check the rows listed above and pass --accept-identity-changes if they are right"),
            ]
        case .unknownInstitutionDidYouMean:
            return [.kk: "дерекқорда «{name}» деп аталатын университет жоқ: {suggestions} деп айтқыңыз келді ме?", .ru: "университета с названием «{name}» в хранилище нет: может быть, {suggestions}?", .en: "no university named '{name}' in the store: did you mean {suggestions}?"]
        case .institutionExists:
            return [.kk: "«{name}» деп аталатын университет бұрыннан бар: оның білім алушыларын көшіру үшін 'sana institution merge' қолданыңыз", .ru: "университет с названием «{name}» уже есть: чтобы перенести его учащихся, используйте 'sana institution merge'", .en: "a university named '{name}' already exists: use 'sana institution merge' to move its learners"]
        case .sameInstitution:
            return [.kk: "«{name}» бір университетті екі рет атайды: екі түрлі университетті атаңыз", .ru: "«{name}» дважды называет один и тот же университет: укажите два разных", .en: "'{name}' names the same university twice: name two different ones"]
        case .mergeSameLearner:
            return [.kk: "{iin} білім алушысын өзімен біріктіруге болмайды: екі түрлі ЖСН беріңіз (алдымен KEEP, содан кейін DROP)", .ru: "нельзя объединить учащегося {iin} с самим собой: укажите два разных ИИН (сначала KEEP, затем DROP)", .en: "cannot merge learner {iin} into itself: give two different IINs (KEEP, then DROP)"]
        case .mergeBothPassed:
            return [.kk: "{keep} және {drop} білім алушыларының екеуі де {course} курсының {version} нұсқасын тапсырған ({certificates}): бұл екі түрлі адам болуы мүмкін, сондықтан ештеңе біріктірілмеді", .ru: "учащиеся {keep} и {drop} оба сдали курс {course} версии {version} ({certificates}): возможно, это два разных человека, поэтому ничего не объединено", .en: "learners {keep} and {drop} both passed {course} version {version} ({certificates}): they may be two people, so nothing was merged"]
        case .mergeCertificate:
            return [.kk: "{id} сертификаты", .ru: "сертификат {id}", .en: "certificate {id}"]
        case .mergeNoCertificate:
            return [.kk: "сертификат жоқ", .ru: "сертификата нет", .en: "no certificate"]
        case .mergeBothTakingExam:
            return [.kk: "{keep} және {drop} білім алушыларының екеуінде де {course} курсының {version} нұсқасы бойынша емтихан жүріп жатыр: біреуі аяқталсын не мерзімі өтсін ('sana quiz expire'), содан кейін біріктіріңіз", .ru: "у учащихся {keep} и {drop} идёт экзамен по курсу {course} версии {version}: дождитесь, пока один будет завершён или истечёт ('sana quiz expire'), затем объединяйте", .en: "learners {keep} and {drop} both have an exam of {course} version {version} in progress: let one be submitted or expire ('sana quiz expire'), then merge"]
        case .erasureNotConfirmed:
            return [.kk: "ештеңе өшірілмеді: енгізілгені {iin} білім алушысының ЖСН-і емес", .ru: "ничего не удалено: введённое не совпадает с ИИН учащегося {iin}", .en: "nothing was erased: what was typed is not learner {iin}'s IIN"]
        case .certificateFilesNotWritten:
            return [
                .kk: .plural(one: "{path} жазылмады: {reason}; оған дейін {count} сертификат сақталды және орнында қалады: орын босатып, сол команданы қайта орындаңыз, ол жетіспейтін барлық файлды жазады", other: "{path} жазылмады: {reason}; оған дейін {count} сертификат сақталды және орнында қалады: орын босатып, сол команданы қайта орындаңыз, ол жетіспейтін барлық файлды жазады"),
                .ru: .plural(one: "не удалось записать {path}: {reason}; до этого был сохранён {count} сертификат, он остаётся: освободите место и выполните ту же команду ещё раз, она запишет все недостающие файлы", few: "не удалось записать {path}: {reason}; до этого были сохранены {count} сертификата, они остаются: освободите место и выполните ту же команду ещё раз, она запишет все недостающие файлы", many: "не удалось записать {path}: {reason}; до этого было сохранено {count} сертификатов, они остаются: освободите место и выполните ту же команду ещё раз, она запишет все недостающие файлы", other: "не удалось записать {path}: {reason}; до этого было сохранено {count} сертификата, они остаются: освободите место и выполните ту же команду ещё раз, она запишет все недостающие файлы"),
                .en: .plural(one: "cannot write {path}: {reason}; {count} certificate was stored before that and keeps its place: free some space and run the same command again, which writes every missing file", other: "cannot write {path}: {reason}; {count} certificates were stored before that and keep their place: free some space and run the same command again, which writes every missing file"),
            ]
        case .openssl:
            return [.kk: "OpenSSL «{operation}» операциясын орындай алмады{detail}", .ru: "OpenSSL не смог выполнить операцию «{operation}»{detail}", .en: "OpenSSL failed to {operation}{detail}"]
        }
    }
}

extension ErrorMessage: Catalogued {}
