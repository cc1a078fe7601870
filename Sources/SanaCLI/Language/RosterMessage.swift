import Courses

/// Messages of `sana roster import|history|revert` in kk, ru and en. Row diagnostics' own wording
/// comes from the roster checker; this holds what the commands around them say.
enum RosterMessage: String, CaseIterable, Sendable {
    case dryRunHeader, importedHeader, tab
    case rows, created, updated, identityChanges, unchanged, enrolled, withdrawn, rejected, warnings
    case rejectsWritten, ignoringColumns, moreDiagnostics, moreDiagnosticsHint
    case nameChanged, universityChanged, moreIdentityChanges
    case planHeader, dryRunPlanHeader, nothingToList, planWritten, empty
    case kindCreated, kindUpdated, kindIdentity, kindEnrolled, kindMoved, kindWithdrawn
    case kindRemoved, kindRestored, kindUnenrolled, kindReinstated
    case fieldLastName, fieldFirstName, fieldMiddleName, fieldUniversity, fieldEmail, fieldFaculty, fieldGroup
    case fieldLanguage, fieldCohort, fieldStatus, fieldStudentNumber
    case noImports, columnBatch, columnStarted, columnBy, columnFile, revertedBy
    case batchHeader, batchReverted
    case reverted, revertDryRun, learnersRemoved, learnersRestored, withdrawalsUndone
}

extension RosterMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .dryRunHeader:
            return [
                .kk: "{file} файлын сынап тексеру ({encoding}, {delimiter}): ештеңе жазылған жоқ; нақты импорт мынаны береді",
                .ru: "пробный прогон {file} ({encoding}, {delimiter}): ничего не записано; настоящий импорт даст",
                .en: "dry run of {file} ({encoding}, {delimiter}): nothing was written; a real import would give",
            ]
        case .importedHeader:
            return [
                .kk: "{file} ({encoding}, {delimiter}) {batch}-топтама ретінде {seconds} с ішінде импортталды",
                .ru: "{file} ({encoding}, {delimiter}) импортирован как пакет {batch} за {seconds} с",
                .en: "imported {file} ({encoding}, {delimiter}) as batch {batch} in {seconds} s",
            ]
        case .tab:
            return [.kk: "табуляция", .ru: "табуляция", .en: "tab"]
        case .rows:
            return [.kk: "жолдар", .ru: "строк", .en: "rows"]
        case .created:
            return [.kk: "құрылды", .ru: "создано", .en: "created"]
        case .updated:
            return [.kk: "жаңартылды", .ru: "обновлено", .en: "updated"]
        case .identityChanges:
            return [.kk: "аты-жөні не ЖОО өзгерді", .ru: "смена ФИО или вуза", .en: "identity changes"]
        case .unchanged:
            return [.kk: "өзгеріссіз", .ru: "без изменений", .en: "unchanged"]
        case .enrolled:
            return [.kk: "жазылды", .ru: "зачислено", .en: "enrolled"]
        case .withdrawn:
            return [.kk: "шығарылды", .ru: "отчислено", .en: "withdrawn"]
        case .rejected:
            return [.kk: "қабылданбады", .ru: "отклонено", .en: "rejected"]
        case .warnings:
            return [.kk: "ескертулер", .ru: "предупреждений", .en: "warnings"]
        case .rejectsWritten:
            return [
                .kk: "қабылданбаған жолдар {file} файлына жазылды: оларды сол жерде түзетіп, файлды қайта импорттаңыз",
                .ru: "отклонённые строки записаны в {file}: исправьте их там и импортируйте этот файл снова",
                .en: "rejected rows written to {file}: fix them there and import that file again",
            ]
        case .ignoringColumns:
            return [
                .kk: "{file}: бағандар еленбейді: {columns}",
                .ru: "{file}: столбцы пропущены: {columns}",
                .en: "{file}: ignoring columns {columns}",
            ]
        case .moreDiagnostics:
            return [
                .kk: .plural(one: "{file}: тағы {count} хабар көрсетілмеді{hint}", other: "{file}: тағы {count} хабар көрсетілмеді{hint}"),
                .ru: .plural(
                    one: "{file}: ещё {count} сообщение не показано{hint}", few: "{file}: ещё {count} сообщения не показаны{hint}",
                    many: "{file}: ещё {count} сообщений не показано{hint}", other: "{file}: ещё {count} сообщения не показано{hint}"),
                .en: .plural(one: "{file}: {count} more diagnostic not shown{hint}", other: "{file}: {count} more diagnostics not shown{hint}"),
            ]
        case .moreDiagnosticsHint:
            return [
                .kk: " (--rejects OUT.csv қабылданбаған әр жолды жазады)",
                .ru: " (--rejects OUT.csv записывает каждую отклонённую строку)",
                .en: " (--rejects OUT.csv writes every rejected row)",
            ]
        case .nameChanged:
            return [
                .kk: "аты-жөні бұрын {before} еді, енді {after}",
                .ru: "ФИО было {before}, теперь {after}",
                .en: "name was {before}, now {after}",
            ]
        case .universityChanged:
            return [
                .kk: "ЖОО бұрын {before} еді, енді {after}",
                .ru: "вуз был {before}, теперь {after}",
                .en: "university was {before}, now {after}",
            ]
        case .moreIdentityChanges:
            return [
                .kk: .plural(
                    one: "{file}: аты-жөні не ЖОО өзгерген тағы {count} жол көрсетілмеді: --dry-run --plan OUT.csv әрқайсысын жазады",
                    other: "{file}: аты-жөні не ЖОО өзгерген тағы {count} жол көрсетілмеді: --dry-run --plan OUT.csv әрқайсысын жазады"),
                .ru: .plural(
                    one: "{file}: ещё {count} смена ФИО или вуза не показана: --dry-run --plan OUT.csv перечисляет каждую",
                    few: "{file}: ещё {count} смены ФИО или вуза не показаны: --dry-run --plan OUT.csv перечисляет каждую",
                    many: "{file}: ещё {count} смен ФИО или вуза не показано: --dry-run --plan OUT.csv перечисляет каждую",
                    other: "{file}: ещё {count} смены ФИО или вуза не показано: --dry-run --plan OUT.csv перечисляет каждую"),
                .en: .plural(
                    one: "{file}: {count} more identity change not shown: --dry-run --plan OUT.csv lists every one",
                    other: "{file}: {count} more identity changes not shown: --dry-run --plan OUT.csv lists every one"),
            ]
        case .planHeader:
            return [.kk: "білім алушылар бойынша:", .ru: "по слушателям:", .en: "learner by learner:"]
        case .dryRunPlanHeader:
            return [
                .kk: "нақты импорт білім алушылар бойынша мынаны істейді:",
                .ru: "настоящий импорт по слушателям:",
                .en: "what a real import would do, learner by learner:",
            ]
        case .nothingToList:
            return [.kk: "  (ешкім өзгермейді)", .ru: "  (никто не меняется)", .en: "  (nobody changes)"]
        case .planWritten:
            return [
                .kk: .plural(one: "{file} файлына {count} жол жазылды", other: "{file} файлына {count} жол жазылды"),
                .ru: .plural(
                    one: "в {file} записана {count} строка", few: "в {file} записаны {count} строки",
                    many: "в {file} записано {count} строк", other: "в {file} записано {count} строки"),
                .en: .plural(one: "{count} row written to {file}", other: "{count} rows written to {file}"),
            ]
        case .empty:
            return [.kk: "(бос)", .ru: "(пусто)", .en: "(empty)"]
        case .kindCreated:
            return [.kk: "құрылады", .ru: "создаётся", .en: "created"]
        case .kindUpdated:
            return [.kk: "жаңартылады", .ru: "обновляется", .en: "updated"]
        case .kindIdentity:
            return [.kk: "аты-жөні не ЖОО өзгереді", .ru: "смена ФИО или вуза", .en: "identity change"]
        case .kindEnrolled:
            return [.kk: "жазылады", .ru: "зачисляется", .en: "enrolled"]
        case .kindMoved:
            return [.kk: "ағыны ауысады", .ru: "меняет поток", .en: "moved"]
        case .kindWithdrawn:
            return [.kk: "шығарылады", .ru: "отчисляется", .en: "withdrawn"]
        case .kindRemoved:
            return [.kk: "жойылады", .ru: "удаляется", .en: "removed"]
        case .kindRestored:
            return [.kk: "қалпына келеді", .ru: "восстанавливается", .en: "restored"]
        case .kindUnenrolled:
            return [.kk: "жазылуы жойылады", .ru: "зачисление снимается", .en: "unenrolled"]
        case .kindReinstated:
            return [.kk: "жазылуы қайтарылады", .ru: "зачисление возвращается", .en: "reinstated"]
        case .fieldLastName:
            return [.kk: "тегі", .ru: "фамилия", .en: "last_name"]
        case .fieldFirstName:
            return [.kk: "аты", .ru: "имя", .en: "first_name"]
        case .fieldMiddleName:
            return [.kk: "әкесінің аты", .ru: "отчество", .en: "middle_name"]
        case .fieldUniversity:
            return [.kk: "ЖОО", .ru: "вуз", .en: "university"]
        case .fieldEmail:
            return [.kk: "эл. пошта", .ru: "эл. почта", .en: "email"]
        case .fieldFaculty:
            return [.kk: "факультет", .ru: "факультет", .en: "faculty"]
        case .fieldGroup:
            return [.kk: "топ", .ru: "группа", .en: "group"]
        case .fieldLanguage:
            return [.kk: "тіл", .ru: "язык", .en: "language"]
        case .fieldCohort:
            return [.kk: "ағын", .ru: "поток", .en: "cohort"]
        case .fieldStatus:
            return [.kk: "күйі", .ru: "статус", .en: "status"]
        case .fieldStudentNumber:
            return [.kk: "сынақ кітапшасының нөмірі", .ru: "номер зачётной книжки", .en: "student_number"]
        case .noImports:
            return [.kk: "әзірге импорт жоқ", .ru: "импортов пока нет", .en: "no imports yet"]
        case .columnBatch:
            return [.kk: "топтама", .ru: "пакет", .en: "batch"]
        case .columnStarted:
            return [.kk: "басталды", .ru: "начат", .en: "started"]
        case .columnBy:
            return [.kk: "кім", .ru: "кто", .en: "by"]
        case .columnFile:
            return [.kk: "файл", .ru: "файл", .en: "file"]
        case .revertedBy:
            return [
                .kk: "(кері қайтарылды: {time}, {user})",
                .ru: "(отменён {time}, {user})",
                .en: "(reverted {time} by {user})",
            ]
        case .batchHeader:
            return [
                .kk: "{batch}-топтама: {file} sha256:{sha}, {time}, {user}",
                .ru: "пакет {batch}: {file} sha256:{sha}, {time}, {user}",
                .en: "batch {batch}: {file} sha256:{sha}, {time}, by {user}",
            ]
        case .batchReverted:
            return [
                .kk: "{time} кері қайтарылды ({user}): ол құрған білім алушылар енді жоқ",
                .ru: "отменён {time} ({user}): созданных им слушателей больше нет",
                .en: "reverted {time} by {user}: the learners it created are gone",
            ]
        case .reverted:
            return [
                .kk: "{batch}-топтама ({file}) кері қайтарылды: {removed}, {restored}, {undone}",
                .ru: "пакет {batch} ({file}) отменён: {removed}, {restored}, {undone}",
                .en: "reverted batch {batch} ({file}): {removed}, {restored}, {undone}",
            ]
        case .revertDryRun:
            return [
                .kk: "сынап тексеру, ештеңе өзгерген жоқ: {batch}-топтаманы ({file}) кері қайтару мынаны береді: {removed}, {restored}, {undone}",
                .ru: "пробный прогон, ничего не изменено: отмена пакета {batch} ({file}) даст: {removed}, {restored}, {undone}",
                .en: "dry run, nothing was changed: reverting batch {batch} ({file}) would give {removed}, {restored}, {undone}",
            ]
        case .learnersRemoved:
            return [
                .kk: .plural(one: "{count} білім алушы жойылды", other: "{count} білім алушы жойылды"),
                .ru: .plural(
                    one: "{count} слушатель удалён", few: "{count} слушателя удалены", many: "{count} слушателей удалено",
                    other: "{count} слушателя удалено"),
                .en: .plural(one: "{count} learner removed", other: "{count} learners removed"),
            ]
        case .learnersRestored:
            return [
                .kk: .plural(one: "{count} білім алушы қалпына келтірілді", other: "{count} білім алушы қалпына келтірілді"),
                .ru: .plural(
                    one: "{count} слушатель восстановлен", few: "{count} слушателя восстановлены",
                    many: "{count} слушателей восстановлено", other: "{count} слушателя восстановлено"),
                .en: .plural(one: "{count} learner restored", other: "{count} learners restored"),
            ]
        case .withdrawalsUndone:
            return [
                .kk: .plural(one: "{count} шығару болдырылмады", other: "{count} шығару болдырылмады"),
                .ru: .plural(
                    one: "{count} отчисление отменено", few: "{count} отчисления отменены", many: "{count} отчислений отменено",
                    other: "{count} отчисления отменено"),
                .en: .plural(one: "{count} withdrawal undone", other: "{count} withdrawals undone"),
            ]
        }
    }
}

extension RosterMessage: Catalogued {}
