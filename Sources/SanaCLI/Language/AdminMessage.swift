import Courses

/// Messages of the store's own commands (`sana db ...`) and words every admin command shares.
/// Each group of commands keeps its messages in its own catalogue beside this one (RosterMessage,
/// LearnerAdminMessage, ...), listed in `Catalogues.all`.
enum AdminMessage: String, CaseIterable, Sendable {
    case storePath, schemaVersion, migrations, rows
}

extension AdminMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .storePath:
            return [.kk: "дерекқор:", .ru: "хранилище:", .en: "store:"]
        case .schemaVersion:
            return [.kk: "схема нұсқасы:", .ru: "версия схемы:", .en: "schema version:"]
        case .migrations:
            return [.kk: "миграциялар:", .ru: "миграции:", .en: "migrations:"]
        case .rows:
            return [.kk: "жолдар:", .ru: "строки:", .en: "rows:"]
        }
    }
}

extension AdminMessage: Catalogued {}
