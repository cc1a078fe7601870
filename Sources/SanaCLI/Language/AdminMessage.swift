import Courses

/// Messages of the store's own commands (`sana init`, `sana db ...`) and words every admin command shares.
/// Each group of commands keeps its messages in its own catalogue beside this one (RosterMessage,
/// LearnerAdminMessage, CertMessage, CourseMessage, ErrorMessage, ...), listed in `Catalogues.all`.
/// The `error:` and `warning:` tags of diagnostics stay English in every language, for scripts.
enum AdminMessage: String, CaseIterable, Sendable {
    case storePath, schemaVersion, migrations, rows, upToDate, applied
    /// The import's progress bar on stderr.
    case progress
    case schemaVersionIs, checkOk, checkIntegrity, checkForeignKey, checkFailed, backedUp
    case backupKeys, backupNotAudited, zoneDefault, zoneSet
}

extension AdminMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .progress:
            return [
                .kk: "{bar} {percent}%  {rows} жол  {rate} жол/с  қалды {left}",
                .ru: "{bar} {percent}%  {rows} строк  {rate} строк/с  осталось {left}",
                .en: "{bar} {percent}%  {rows} rows  {rate} rows/s  ETA {left}",
            ]
        case .storePath:
            return [.kk: "дерекқор:", .ru: "хранилище:", .en: "store:"]
        case .schemaVersion:
            return [.kk: "схема нұсқасы:", .ru: "версия схемы:", .en: "schema version:"]
        case .migrations:
            return [.kk: "миграциялар:", .ru: "миграции:", .en: "migrations:"]
        case .rows:
            return [.kk: "жолдар:", .ru: "строки:", .en: "rows:"]
        case .upToDate:
            return [.kk: "{path} дерекқоры жаңартылған күйде", .ru: "хранилище {path} в актуальном состоянии", .en: "store {path} is up to date"]
        case .applied:
            return [.kk: "{path} дерекқоры: қолданылғандары: {list}", .ru: "хранилище {path}: применены {list}", .en: "store {path}: applied {list}"]
        case .schemaVersionIs:
            return [.kk: "схема нұсқасы: {version}", .ru: "версия схемы {version}", .en: "schema version {version}"]
        case .checkOk:
            return [.kk: "{path} дерекқоры: тұтастығы дұрыс, сыртқы кілттері дұрыс", .ru: "хранилище {path}: целостность в порядке, внешние ключи в порядке", .en: "store {path}: integrity ok, foreign keys ok"]
        case .checkIntegrity:
            return [.kk: "{path}: error: тұтастық: {problem}", .ru: "{path}: error: целостность: {problem}", .en: "{path}: error: integrity: {problem}"]
        case .checkForeignKey:
            return [.kk: "{path}: error: сыртқы кілт: {table} кестесінің {row} жолы жоқ {parent} жазбасына сілтейді", .ru: "{path}: error: внешний ключ: строка {row} таблицы {table} ссылается на отсутствующую запись {parent}", .en: "{path}: error: foreign key: {table} row {row} points to a missing {parent}"]
        case .checkFailed:
            return [.kk: "{path} дерекқоры тексеруден өтпеді", .ru: "хранилище {path} не прошло проверку", .en: "store {path} failed its checks"]
        case .backedUp:
            return [.kk: "{path} дерекқорының сақтық көшірмесі {out} файлына жазылды ({size})", .ru: "резервная копия {path} записана в {out} ({size})", .en: "backed up {path} to {out} ({size})"]
        case .backupKeys:
            return [.kk: "қол қою кілттері көшірмеде жоқ: олар {folder} қалтасында қалады", .ru: "ключей подписи в копии нет: они остаются в {folder}", .en: "the signing keys are not in the backup: they stay in {folder}"]
        case .backupNotAudited:
            return [.kk: "аудит журналы бұл көшірмені жазбады: {reason}", .ru: "журнал аудита не записал эту копию: {reason}", .en: "the audit log does not record this backup: {reason}"]
        case .zoneDefault:
            return [.kk: "{zone} ({offset}), әдепкі белдеу", .ru: "{zone} ({offset}), по умолчанию", .en: "{zone} ({offset}), the default"]
        case .zoneSet:
            return [.kk: "енді білім алушылар уақытты {zone} ({offset}) белдеуі бойынша көреді", .ru: "теперь учащиеся видят время в поясе {zone} ({offset})", .en: "learners now read times in {zone} ({offset})"]
        }
    }
}

extension AdminMessage: Catalogued {}
