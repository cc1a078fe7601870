import Courses

/// Messages of `sana institution ...`.
enum InstitutionMessage: String, CaseIterable, Sendable {
    case none, learnersColumn, cohortsColumn, nameColumn, renamed, merged
}

extension InstitutionMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .none:
            return [.kk: "Дерекқорда ЖОО жоқ.", .ru: "В хранилище нет вузов.", .en: "No universities in the store."]
        case .learnersColumn:
            return [.kk: "білім алушылар", .ru: "учащиеся", .en: "learners"]
        case .cohortsColumn:
            return [.kk: "ағындар", .ru: "потоки", .en: "cohorts"]
        case .nameColumn:
            return [.kk: "ЖОО", .ru: "вуз", .en: "university"]
        case .renamed:
            return [
                .kk: .plural(one: "«{old}» енді «{new}» деп аталады ({count} білім алушы)", other: "«{old}» енді «{new}» деп аталады ({count} білім алушы)"),
                .ru: .plural(
                    one: "«{old}» переименован в «{new}» ({count} учащийся)", few: "«{old}» переименован в «{new}» ({count} учащихся)",
                    many: "«{old}» переименован в «{new}» ({count} учащихся)", other: "«{old}» переименован в «{new}» ({count} учащегося)"),
                .en: .plural(one: "renamed '{old}' to '{new}' ({count} learner)", other: "renamed '{old}' to '{new}' ({count} learners)"),
            ]
        case .merged:
            return [
                .kk: .plural(
                    one: "«{drop}» «{keep}» ЖОО-сына біріктірілді: {count} білім алушы көшірілді",
                    other: "«{drop}» «{keep}» ЖОО-сына біріктірілді: {count} білім алушы көшірілді"),
                .ru: .plural(
                    one: "«{drop}» объединён с «{keep}»: перенесён {count} учащийся", few: "«{drop}» объединён с «{keep}»: перенесены {count} учащихся",
                    many: "«{drop}» объединён с «{keep}»: перенесено {count} учащихся", other: "«{drop}» объединён с «{keep}»: перенесено {count} учащегося"),
                .en: .plural(one: "merged '{drop}' into '{keep}': {count} learner moved", other: "merged '{drop}' into '{keep}': {count} learners moved"),
            ]
        }
    }
}

extension InstitutionMessage: Catalogued {}
