import Courses

/// Messages of `sana learner add|list|show|codes|edit|withdraw|reinstate`, in the admin's
/// language (`--lang`, `$LANG`, English). Kazakh addresses the reader as «Сіз», Russian as «вы».
enum LearnerAdminMessage: String, CaseIterable, Sendable {
    case added, addedEnrolled
    case columnIIN, columnName, columnUniversity, columnCourses, noLearners
    case enrollmentActive, enrollmentCompleted, enrollmentWithdrawn
    case accountActive, accountSuspended
    case labelEmail, labelUniversity, labelFaculty, labelGroup, labelLanguage, labelStatus, labelAdded, labelUpdated, labelCourse
    case showActive, showCompleted, showWithdrawn, cohortSuffix
    case codesIssued, codesReplaced
    case edited, editChange, editNothing, emptyValue
    case fieldLastName, fieldFirstName, fieldMiddleName, fieldEmail, fieldInstitution, fieldFaculty, fieldGroup, fieldLanguage, fieldCohort
    case withdrew, reinstated, suspendedNow, unsuspendedNow
    case labelStudentNumber, fieldStudentNumber
}

extension LearnerAdminMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .added:
            return [.kk: "Білім алушы қосылды: {iin} {name}", .ru: "Добавлен учащийся {iin} {name}", .en: "added {iin} {name}"]
        case .addedEnrolled:
            return [.kk: "Білім алушы қосылды: {iin} {name}, {course} курсына жазылды",
                    .ru: "Добавлен учащийся {iin} {name}, записан(а) на курс {course}",
                    .en: "added {iin} {name}, enrolled in {course}"]
        case .columnIIN:
            return [.kk: "ЖСН", .ru: "ИИН", .en: "IIN"]
        case .columnName:
            return [.kk: "АТЫ-ЖӨНІ", .ru: "ФИО", .en: "NAME"]
        case .columnUniversity:
            return [.kk: "ЖОО", .ru: "ВУЗ", .en: "UNIVERSITY"]
        case .columnCourses:
            return [.kk: "КУРСТАР", .ru: "КУРСЫ", .en: "COURSES"]
        case .noLearners:
            return [.kk: "Білім алушылар табылмады", .ru: "Учащиеся не найдены", .en: "no learners found"]
        case .enrollmentActive:
            return [.kk: "оқуда", .ru: "обучается", .en: "active"]
        case .enrollmentCompleted:
            return [.kk: "курсты аяқтады", .ru: "курс пройден", .en: "completed"]
        case .enrollmentWithdrawn:
            return [.kk: "шығарылды", .ru: "отчислен(а)", .en: "withdrawn"]
        case .accountActive:
            return [.kk: "белсенді", .ru: "активный", .en: "active"]
        case .accountSuspended:
            return [.kk: "тоқтатылған", .ru: "приостановленный", .en: "suspended"]
        case .labelEmail:
            return [.kk: "эл. пошта", .ru: "эл. почта", .en: "email"]
        case .labelUniversity:
            return [.kk: "ЖОО", .ru: "вуз", .en: "university"]
        case .labelFaculty:
            return [.kk: "факультет", .ru: "факультет", .en: "faculty"]
        case .labelGroup:
            return [.kk: "топ", .ru: "группа", .en: "group"]
        case .labelLanguage:
            return [.kk: "тіл", .ru: "язык", .en: "language"]
        case .labelStatus:
            return [.kk: "күйі", .ru: "статус", .en: "status"]
        case .labelAdded:
            return [.kk: "қосылды", .ru: "добавлен", .en: "added"]
        case .labelUpdated:
            return [.kk: "өзгертілді", .ru: "изменён", .en: "updated"]
        case .labelCourse:
            return [.kk: "курс", .ru: "курс", .en: "course"]
        case .showActive:
            return [.kk: "{course}: оқуда, жазылған уақыты: {enrolled}",
                    .ru: "{course}: обучается, записан(а) {enrolled}",
                    .en: "{course}: active, enrolled on {enrolled}"]
        case .showCompleted:
            return [.kk: "{course}: курсты аяқтаған уақыты: {time} (жазылған уақыты: {enrolled})",
                    .ru: "{course}: курс пройден {time} (записан(а) {enrolled})",
                    .en: "{course}: completed on {time} (enrolled on {enrolled})"]
        case .showWithdrawn:
            return [.kk: "{course}: шығарылған уақыты: {time} (жазылған уақыты: {enrolled})",
                    .ru: "{course}: отчислен(а) с {time} (записан(а) {enrolled})",
                    .en: "{course}: withdrawn since {time} (enrolled on {enrolled})"]
        case .cohortSuffix:
            return [.kk: "ағын {cohort}", .ru: "поток {cohort}", .en: "cohort {cohort}"]
        case .codesIssued:
            return [
                .kk: .plural(
                    one: "{count} кіру коды {file} файлына жазылды (режимі 0600): кодтарды таратып беріңіз, содан кейін файлды жойыңыз",
                    other: "{count} кіру коды {file} файлына жазылды (режимі 0600): кодтарды таратып беріңіз, содан кейін файлды жойыңыз"),
                .ru: .plural(
                    one: "Выдан {count} код доступа, он записан в {file} (режим 0600): раздайте его и удалите файл",
                    few: "Выдано {count} кода доступа, они записаны в {file} (режим 0600): раздайте их и удалите файл",
                    many: "Выдано {count} кодов доступа, они записаны в {file} (режим 0600): раздайте их и удалите файл",
                    other: "Выдано {count} кода доступа, они записаны в {file} (режим 0600): раздайте их и удалите файл"),
                .en: .plural(
                    one: "issued {count} access code to {file} (mode 0600): hand it out, then delete the file",
                    other: "issued {count} access codes to {file} (mode 0600): hand them out, then delete the file"),
            ]
        case .codesReplaced:
            return [
                .kk: .plural(one: "{count} бұрынғы код ауыстырылды: ол енді жарамсыз", other: "{count} бұрынғы код ауыстырылды: олар енді жарамсыз"),
                .ru: .plural(
                    one: "Заменён {count} прежний код: он больше не действует",
                    few: "Заменено {count} прежних кода: они больше не действуют",
                    many: "Заменено {count} прежних кодов: они больше не действуют",
                    other: "Заменено {count} прежнего кода: они больше не действуют"),
                .en: .plural(one: "replaced {count} earlier code, which no longer works", other: "replaced {count} earlier codes, which no longer work"),
            ]
        case .edited:
            return [.kk: "{iin} {name} деректері өзгертілді:", .ru: "Изменены данные учащегося {iin} {name}:", .en: "edited {iin} {name}:"]
        case .editChange:
            return [.kk: "  {field}: {old} → {new}", .ru: "  {field}: {old} → {new}", .en: "  {field}: {old} → {new}"]
        case .editNothing:
            return [.kk: "Ештеңе өзгермеді: {iin} {name} деректерінде бұл мәндер бұрыннан бар",
                    .ru: "Ничего не изменилось: у учащегося {iin} {name} уже эти значения",
                    .en: "nothing changed: {iin} {name} already has these values"]
        case .emptyValue:
            return [.kk: "(бос)", .ru: "(пусто)", .en: "(empty)"]
        case .fieldLastName:
            return [.kk: "тегі", .ru: "фамилия", .en: "last name"]
        case .fieldFirstName:
            return [.kk: "аты", .ru: "имя", .en: "first name"]
        case .fieldMiddleName:
            return [.kk: "әкесінің аты", .ru: "отчество", .en: "middle name"]
        case .fieldEmail:
            return [.kk: "эл. пошта", .ru: "эл. почта", .en: "email"]
        case .fieldInstitution:
            return [.kk: "ЖОО", .ru: "вуз", .en: "university"]
        case .fieldFaculty:
            return [.kk: "факультет", .ru: "факультет", .en: "faculty"]
        case .fieldGroup:
            return [.kk: "топ", .ru: "группа", .en: "group"]
        case .fieldLanguage:
            return [.kk: "тіл", .ru: "язык", .en: "language"]
        case .fieldCohort:
            return [.kk: "ағын", .ru: "поток", .en: "cohort"]
        case .labelStudentNumber:
            // A label of learner show's column: the short forms.
            return [.kk: "сынақ кітапшасы №", .ru: "номер зачётки", .en: "student number"]
        case .fieldStudentNumber:
            return [.kk: "сынақ кітапшасының нөмірі", .ru: "номер зачётной книжки", .en: "student number"]
        case .withdrew:
            return [.kk: "{iin} {name} {course} курсынан шығарылды: {time}",
                    .ru: "Учащийся {iin} {name} отчислен(а) с курса {course}: {time}",
                    .en: "withdrew {iin} {name} from {course} on {time}"]
        case .reinstated:
            return [.kk: "{iin} {name} {course} курсына қайта қабылданды, күйі: {status}",
                    .ru: "Учащийся {iin} {name} восстановлен(а) на курсе {course}, статус: {status}",
                    .en: "reinstated {iin} {name} in {course}: {status}"]
        case .suspendedNow:
            return [.kk: "{iin} {name} есептік жазбасы тоқтатылды: кіру коды қабылданбайды, емтихан тапсыра алмайды",
                    .ru: "Учётная запись {iin} {name} приостановлена: код доступа не принимается, сдать экзамен нельзя",
                    .en: "suspended {iin} {name}: their access code is refused, so they cannot take an exam"]
        case .unsuspendedNow:
            return [.kk: "{iin} {name} есептік жазбасы қайта іске қосылды: кіру коды қайтадан жарамды",
                    .ru: "Учётная запись {iin} {name} снова активна: код доступа снова действует",
                    .en: "lifted the suspension of {iin} {name}: their access code works again"]
        }
    }
}

extension LearnerAdminMessage: Catalogued {}
