import Courses

/// Messages of `sana cert ...`: summaries, labels, confirmations and `cert verify`'s verdicts and the
/// names of its checks (`VerificationCheck.names`); the checks' details come from the Certificates
/// module and stay in English; the
/// certificate itself (`cert show`, `cert lookup`) is written by `CertificateDocument` in its language.
enum CertMessage: String, CaseIterable, Sendable {
    case compromised, compromisedNext, restoredFiles, nothingToIssue, issuedLine, issued
    case issuer, statusListURL, verificationPage, verificationPageDefault, wroteKey, registeredKey
    case noKeys, keyCurrent, keyRetired, keyValidFrom, keyValidBetween, credential
    case published, publishedStatusList, reissued, revoked, revokedNext, rotatedOld
    case rotatedNew, wroteStatusList, wroteTrust, verdictValid, verdictInvalid, verdictUndecided
    case checkPassed, checkFailed, checkUndecided, checkSkipped, summaryScore, summaryIssuedBy
    case nameReadable, nameWellFormed, nameSignature, nameKeyTrusted, nameKeyValidWhenIssued, nameNotRevoked
    case nameDates, nameOpenBadges, nameIdentity
}

extension CertMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .compromised:
            return [.kk: "{kid} кілті {time} бастап әшкереленген деп белгіленді", .ru: "ключ {kid} отмечен как скомпрометированный с {time}", .en: "key {kid} is marked compromised as of {time}"]
        case .compromisedNext:
            return [.kk: "келесі қадам: 'sana cert trust-export' орындап, сенім файлын жариялаңыз; 'sana cert reissue {kid}' осы кілттің жарамды сертификаттарына қайта қол қояды", .ru: "дальше: выполните 'sana cert trust-export' и опубликуйте файл доверия; 'sana cert reissue {kid}' заново подпишет действующие сертификаты этого ключа", .en: "next: 'sana cert trust-export' and publish the trust file; 'sana cert reissue {kid}' signs its valid certificates again"]
        case .restoredFiles:
            return [.kk: .plural(one: "{out} ішінде жоқ {count} сертификат файлы жазылды (алдыңғы іске қосуда сақталған)", other: "{out} ішінде жоқ {count} сертификат файлы жазылды (алдыңғы іске қосуда сақталған)"), .ru: .plural(one: "записан {count} файл сертификата, которого не было в {out} (сохранён при прошлом запуске)", few: "записано {count} файла сертификатов, которых не было в {out} (сохранены при прошлом запуске)", many: "записано {count} файлов сертификатов, которых не было в {out} (сохранены при прошлом запуске)", other: "записано {count} файла сертификатов, которых не было в {out} (сохранены при прошлом запуске)"), .en: .plural(one: "wrote {count} certificate file missing from {out} (stored by an earlier run)", other: "wrote {count} certificate files missing from {out} (stored by an earlier run)")]
        case .nothingToIssue:
            return [.kk: "беретін ештеңе жоқ: {course} курсын тапсырғандардың бәрінде сертификат бар", .ru: "выдавать нечего: у всех, кто сдал {course}, сертификат уже есть", .en: "nothing to issue: every learner who passed {course} already has a certificate"]
        case .issuedLine:
            return [.kk: "{code}  {learner}  {course} v{version}  балл {score}{file}", .ru: "{code}  {learner}  {course} v{version}  балл {score}{file}", .en: "{code}  {learner}  {course} v{version}  score {score}{file}"]
        case .issued:
            return [.kk: .plural(one: "{course} курсы бойынша {count} сертификат берілді", other: "{course} курсы бойынша {count} сертификат берілді"), .ru: .plural(one: "выдан {count} сертификат по курсу {course}", few: "выдано {count} сертификата по курсу {course}", many: "выдано {count} сертификатов по курсу {course}", other: "выдано {count} сертификата по курсу {course}"), .en: .plural(one: "issued {count} certificate for {course}", other: "issued {count} certificates for {course}")]
        case .issuer:
            return [.kk: "беруші: {name} <{url}>", .ru: "издатель: {name} <{url}>", .en: "issuer: {name} <{url}>"]
        case .statusListURL:
            return [.kk: "мәртебе тізімі: {url}", .ru: "список статусов: {url}", .en: "status list: {url}"]
        case .verificationPage:
            return [.kk: "тексеру беті: {url}", .ru: "страница проверки: {url}", .en: "verification page: {url}"]
        case .verificationPageDefault:
            return [.kk: " (беруші URL + /index.html, sana cert publish бетті сонда қояды; --verify-url арқылы өзгертіледі)", .ru: " (URL издателя + /index.html, куда страницу кладёт sana cert publish; задаётся через --verify-url)", .en: " (the issuer's URL + /index.html, where sana cert publish puts the page; set with --verify-url)"]
        case .wroteKey:
            return [.kk: "жабық кілт {path} файлына жазылды (рұқсаттары 0600)", .ru: "закрытый ключ записан в {path} (права 0600)", .en: "wrote private key {path} (mode 0600)"]
        case .registeredKey:
            return [.kk: "{kid} кілті тіркелді, {time} бастап жарамды", .ru: "зарегистрирован ключ {kid}, действует с {time}", .en: "registered key {kid}, valid from {time}"]
        case .noKeys:
            return [.kk: "қол қою кілттері жоқ: 'sana cert keygen' орындаңыз", .ru: "ключей подписи нет: выполните 'sana cert keygen'", .en: "no signing keys: run 'sana cert keygen'"]
        case .keyCurrent:
            return [.kk: "ағымдағы", .ru: "текущий", .en: "current"]
        case .keyRetired:
            return [.kk: "шығарылған", .ru: "выведен", .en: "retired"]
        case .keyValidFrom:
            return [.kk: "{from} бастап жарамды", .ru: "действует с {from}", .en: "valid from {from}"]
        case .keyValidBetween:
            return [.kk: "{from} бастап {until} дейін жарамды болған", .ru: "действовал с {from} до {until}", .en: "valid from {from} until {until}"]
        case .credential:
            return [.kk: "қол қойылған сертификат (JWS):", .ru: "подписанный сертификат (JWS):", .en: "credential:"]
        case .published:
            return [.kk: .plural(one: "{folder} қалтасына жарияланды: {count} сертификат ({written} жазылды, {unchanged} өзгермеді), басқа {others} файл ({othersWritten} жазылды, {othersUnchanged} өзгермеді)", other: "{folder} қалтасына жарияланды: {count} сертификат ({written} жазылды, {unchanged} өзгермеді), басқа {others} файл ({othersWritten} жазылды, {othersUnchanged} өзгермеді)"), .ru: .plural(one: "опубликовано в {folder}: сертификатов — {count} (записано {written}, без изменений {unchanged}), других файлов — {others} (записано {othersWritten}, без изменений {othersUnchanged})", few: "опубликовано в {folder}: сертификатов — {count} (записано {written}, без изменений {unchanged}), других файлов — {others} (записано {othersWritten}, без изменений {othersUnchanged})", many: "опубликовано в {folder}: сертификатов — {count} (записано {written}, без изменений {unchanged}), других файлов — {others} (записано {othersWritten}, без изменений {othersUnchanged})", other: "опубликовано в {folder}: сертификатов — {count} (записано {written}, без изменений {unchanged}), других файлов — {others} (записано {othersWritten}, без изменений {othersUnchanged})"), .en: .plural(one: "published {folder}: {count} certificate ({written} written, {unchanged} unchanged), {others} other files ({othersWritten} written, {othersUnchanged} unchanged)", other: "published {folder}: {count} certificates ({written} written, {unchanged} unchanged), {others} other files ({othersWritten} written, {othersUnchanged} unchanged)")]
        case .publishedStatusList:
            return [.kk: "{url} мәртебе тізімі: {entries} жазба, {revoked} кері қайтарылған; тексерушілер оған {time} дейін сенеді: осы мерзімге дейін қайта жариялаңыз", .ru: "список статусов {url}: записей — {entries}, отозвано — {revoked}; проверяющие доверяют ему до {time}: опубликуйте снова до этого срока", .en: "status list {url}: {entries} entries, {revoked} revoked; verifiers trust it until {time}: publish again before then"]
        case .reissued:
            return [.kk: .plural(one: "{kid} кілтімен {count} сертификат қайта берілді", other: "{kid} кілтімен {count} сертификат қайта берілді"), .ru: .plural(one: "перевыпущен {count} сертификат с ключом {kid}", few: "перевыпущено {count} сертификата с ключом {kid}", many: "перевыпущено {count} сертификатов с ключом {kid}", other: "перевыпущено {count} сертификата с ключом {kid}"), .en: .plural(one: "reissued {count} certificate under key {kid}", other: "reissued {count} certificates under key {kid}")]
        case .revoked:
            return [.kk: "{id} ({code}) сертификатын {actor} {time} кері қайтарды: {reason}", .ru: "сертификат {id} ({code}) отозван пользователем {actor} {time}: {reason}", .en: "revoked {id} ({code}) by {actor} at {time}: {reason}"]
        case .revokedNext:
            return [.kk: "кері қайтаруды 'sana cert status-list OUT.jwt' командасымен жариялаңыз", .ru: "опубликуйте отзыв командой 'sana cert status-list OUT.jwt'", .en: "publish it with 'sana cert status-list OUT.jwt'"]
        case .rotatedOld:
            return [.kk: "{kid} кілті қолданыстан шығарылды ({time} дейін жарамды болды)", .ru: "ключ {kid} выведен из обращения (действовал до {time})", .en: "retired key {kid} (not after {time})"]
        case .rotatedNew:
            return [.kk: "жаңа {kid} кілті {path} файлында", .ru: "новый ключ {kid} в {path}", .en: "new key {kid} in {path}"]
        case .wroteStatusList:
            return [.kk: "{path} жазылды: {url}, {entries} жазба, {certificates} сертификаттың {revoked} кері қайтарылған, {time} дейін жарамды", .ru: "записан {path}: {url}, записей — {entries}, отозвано {revoked} из {certificates} сертификатов, действует до {time}", .en: "wrote {path}: {url}, {entries} entries, {revoked} revoked of {certificates} certificates, current until {time}"]
        case .wroteTrust:
            return [.kk: .plural(one: "{path} жазылды: {count} кілт", other: "{path} жазылды: {count} кілт"), .ru: .plural(one: "записан {path}: {count} ключ", few: "записан {path}: {count} ключа", many: "записан {path}: {count} ключей", other: "записан {path}: {count} ключа"), .en: .plural(one: "wrote {path}: {count} key", other: "wrote {path}: {count} keys")]
        case .verdictValid:
            return [.kk: "ЖАРАМДЫ", .ru: "ДЕЙСТВИТЕЛЕН", .en: "VALID"]
        case .verdictInvalid:
            return [.kk: "ЖАРАМСЫЗ (өтпеген тексеру: {checks})", .ru: "НЕДЕЙСТВИТЕЛЕН (не пройдена проверка: {checks})", .en: "INVALID (failed: {checks})"]
        case .verdictUndecided:
            return [.kk: "АНЫҚТАУ МҮМКІН БОЛМАДЫ ({checks})", .ru: "НЕ УДАЛОСЬ УСТАНОВИТЬ ({checks})", .en: "COULD NOT DECIDE ({checks})"]
        case .checkPassed:
            return [.kk: "өтті", .ru: "пройдена", .en: "ok"]
        case .checkFailed:
            return [.kk: "ӨТПЕДІ", .ru: "ПРОВАЛЕНА", .en: "FAILED"]
        case .checkUndecided:
            return [.kk: "белгісіз", .ru: "неясно", .en: "undecided"]
        case .checkSkipped:
            return [.kk: "өткізілді", .ru: "пропущена", .en: "skipped"]
        case .summaryScore:
            return [.kk: "балл {score}%", .ru: "балл {score}%", .en: "score {score}%"]
        case .summaryIssuedBy:
            return [.kk: "берген: {name}", .ru: "выдан: {name}", .en: "issued by {name}"]
        case .nameReadable:
            return [.kk: "оқылады", .ru: "читается", .en: "readable"]
        case .nameWellFormed:
            return [.kk: "пішімі", .ru: "формат", .en: "well-formed"]
        case .nameSignature:
            return [.kk: "қолтаңба", .ru: "подпись", .en: "signature"]
        case .nameKeyTrusted:
            return [.kk: "сенімді кілт", .ru: "доверенный ключ", .en: "key trusted"]
        case .nameKeyValidWhenIssued:
            return [.kk: "берілгенде кілт жарамды", .ru: "ключ действовал при выдаче", .en: "key valid when issued"]
        case .nameNotRevoked:
            return [.kk: "кері қайтарылмаған", .ru: "не отозван", .en: "not revoked"]
        case .nameDates:
            return [.kk: "мерзімдері", .ru: "сроки", .en: "dates"]
        case .nameOpenBadges:
            return [.kk: "Open Badges өрістері", .ru: "поля Open Badges", .en: "Open Badges fields"]
        case .nameIdentity:
            return [.kk: "иесі", .ru: "владелец", .en: "identity"]
        }
    }
}

extension CertMessage: Catalogued {}
