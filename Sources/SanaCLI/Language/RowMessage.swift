import Courses

/// The problems of a roster's rows (`RowProblem`, `FieldProblem`, `IIN.Problem`) in the admin's
/// language: what `DiagnosticReport` shows and the rejects file's error column holds. The English
/// texts are the domain's own descriptions, word for word.
enum RowMessage: String, CaseIterable, Sendable {
    case iinMissing, iinNotDigits, iinWrongLength, iinBadCentury, iinBadDate, iinNeverIssued, iinBadCheckDigit
    case iinScientific, iinLostZeros, iinSpaces
    case spaceSpace, spaceTab, spaceNoBreak, spaceNarrowNoBreak, spaceOther
    case iinRestoredZero, iinRestoredZeros, iinRemovedSpaces
    case fieldMissing, fieldTooLong, fieldControl, fieldLostLetters, badEmail, badLocale
    case fieldLastName, fieldFirstName, fieldMiddleName, fieldUniversity, fieldFaculty, fieldGroup, fieldCohort, fieldStudentNumber
    case notUTF8, byteOrderMarkStart, byteOrderMarkInside, fullNameMissing, universityMissing, courseMissing, unknownCourse
    case repeatsLine, newUniversity, unknownClassCourse, quoted, or, joiner
}

extension RowMessage {
    var forms: [Language: MessageForm] {
        switch self {
        case .iinMissing:
            return [.kk: "ЖСН көрсетілмеген", .ru: "ИИН не указан", .en: "IIN is missing"]
        case .iinNotDigits:
            return [.kk: "ЖСН «{value}» 12 цифрдан тұруы керек", .ru: "ИИН «{value}» должен состоять из 12 цифр", .en: "IIN '{value}' must be 12 digits"]
        case .iinWrongLength:
            return [
                .kk: "ЖСН {value} 12 цифрдан тұруы керек, мұнда {digits} цифр", .ru: "ИИН {value} должен состоять из 12 цифр, а не из {digits}",
                .en: "IIN {value} must be 12 digits, not {digits}",
            ]
        case .iinBadCentury:
            return [
                .kk: "ЖСН {value}: 7-цифры {digit}, ал ол 1-ден 6-ға дейін болуы керек (ғасыр мен жыныс)",
                .ru: "у ИИН {value} 7-я цифра {digit}: она должна быть от 1 до 6 (век и пол)",
                .en: "IIN {value} has 7th digit {digit}: it must be 1 to 6 (century and sex)",
            ]
        case .iinBadDate:
            return [
                .kk: "ЖСН {value} нақты туған күннен басталмайды (ЖЖААКК {date})",
                .ru: "ИИН {value} не начинается с настоящей даты рождения (ГГММДД {date})",
                .en: "IIN {value} does not start with a real birth date (YYMMDD {date})",
            ]
        case .iinNeverIssued:
            return [
                .kk: "ЖСН {value} ешқашан берілмейді: оның бақылау цифры анықталмаған",
                .ru: "ИИН {value} не может быть выдан: его контрольная цифра не определена",
                .en: "IIN {value} can never be issued: its check digit is undefined",
            ]
        case .iinBadCheckDigit:
            return [
                .kk: "ЖСН {value} жарамсыз: бақылау цифры сәйкес келмейді; оны адамның жеке куәлігімен салыстырып тексеріңіз",
                .ru: "ИИН {value} недействителен: контрольная цифра не совпадает; сверьте его с удостоверением личности человека",
                .en: "IIN {value} is not valid: its check digit does not match; check it against the person's ID card",
            ]
        case .iinScientific:
            return [
                .kk: "ЖСН «{value}» Excel-дің экспоненциалдық пішімінде жазылған: соңғы цифрлары жоғалған; Excel-де ЖСН бағанына «Мәтін» пішімін беріп, файлды қайта экспорттаңыз",
                .ru: "ИИН «{value}» записан в экспоненциальном формате Excel: последние цифры потеряны; задайте столбцу ИИН в Excel текстовый формат и выгрузите файл заново",
                .en: "IIN '{value}' is in Excel's scientific notation: its last digits are lost; format the IIN column as Text in Excel and export the file again",
            ]
        case .iinLostZeros:
            // 9 to 11 digits: Russian's "many" form (9, 10, 11 цифр) always.
            return [
                .kk: "ЖСН {value} {digits} цифрдан тұрады және алдыңғы нөлдері қалпына келтірілгенде де жарамсыз: баған сандық болса, Excel алдыңғы нөлдерді өшіреді; бағанға «Мәтін» пішімін беріп, ЖСН-ді адамның жеке куәлігімен салыстырып тексеріңіз",
                .ru: "в ИИН {value} {digits} цифр, и с восстановленными ведущими нулями он тоже недействителен: Excel отбрасывает ведущие нули, когда столбец числовой; задайте столбцу текстовый формат и сверьте ИИН с удостоверением личности человека",
                .en: "IIN {value} has {digits} digits and is not valid with its leading zeros restored either: Excel drops leading zeros when the column is a number; format it as Text and check the IIN against the person's ID card",
            ]
        case .iinSpaces:
            return [
                .kk: "ЖСН «{value}» цифрларының арасында {spaces} бар және оларсыз да жарамсыз; оны адамның жеке куәлігімен салыстырып тексеріңіз",
                .ru: "ИИН «{value}» содержит {spaces} между цифрами и без них недействителен; сверьте его с удостоверением личности человека",
                .en: "IIN '{value}' contains {spaces} between its digits and is not valid without them; check it against the person's ID card",
            ]
        case .spaceSpace:
            return [.kk: "бос орын", .ru: "пробел", .en: "a space"]
        case .spaceTab:
            return [.kk: "табуляция", .ru: "табуляцию", .en: "a tab"]
        case .spaceNoBreak:
            return [.kk: "бөлінбейтін бос орын (U+00A0)", .ru: "неразрывный пробел (U+00A0)", .en: "a no-break space (U+00A0)"]
        case .spaceNarrowNoBreak:
            return [.kk: "тар бөлінбейтін бос орын (U+202F)", .ru: "узкий неразрывный пробел (U+202F)", .en: "a narrow no-break space (U+202F)"]
        case .spaceOther:
            return [.kk: "Unicode бос орны", .ru: "пробел Unicode", .en: "a Unicode space"]
        case .iinRestoredZero:
            return [
                .kk: "ЖСН {given} ({digits} цифр): Excel өшірген алдыңғы нөл қалпына келтірілді ({iin})",
                .ru: "ИИН {given} ({digits} цифр): восстановлен ведущий ноль, который отбросил Excel ({iin})",
                .en: "IIN {given} has {digits} digits: restored the leading zero Excel dropped ({iin})",
            ]
        case .iinRestoredZeros:
            // 2 or 3 zeros: Russian's "few" form always.
            return [
                .kk: "ЖСН {given} ({digits} цифр): Excel өшірген {zeros} алдыңғы нөл қалпына келтірілді ({iin})",
                .ru: "ИИН {given} ({digits} цифр): восстановлены {zeros} ведущих нуля, которые отбросил Excel ({iin})",
                .en: "IIN {given} has {digits} digits: restored the {zeros} leading zeros Excel dropped ({iin})",
            ]
        case .iinRemovedSpaces:
            return [
                .kk: "ЖСН «{given}» ішінде {spaces} бар: өшірілді ({iin})", .ru: "ИИН «{given}» содержит {spaces}: удалено ({iin})",
                .en: "IIN '{given}' contains {spaces}: removed ({iin})",
            ]
        case .fieldMissing:
            return [.kk: "{field}: мән көрсетілмеген", .ru: "{field}: значение не указано", .en: "{field} is missing"]
        case .fieldTooLong:
            return [.kk: "{field}: {limit} таңбадан ұзын", .ru: "{field}: длиннее {limit} символов", .en: "{field} is longer than {limit} characters"]
        case .fieldControl:
            return [
                .kk: "{field}: басқару немесе көрінбейтін пішімдеу таңбасы бар", .ru: "{field}: содержит управляющий или невидимый символ форматирования",
                .en: "{field} contains a control or invisible formatting character",
            ]
        case .fieldLostLetters:
            return [
                .kk: "{field} «{value}» ішінде «?» бар: әріптер Юникод емес экспортта жоғалған; файлды CSV UTF-8 ретінде қайта экспорттаңыз",
                .ru: "{field} «{value}» содержит «?»: буквы потеряны при выгрузке не в Юникоде; выгрузите файл заново как CSV UTF-8",
                .en: "{field} '{value}' contains '?': letters were lost in a non-Unicode export; re-export the file as CSV UTF-8",
            ]
        case .badEmail:
            return [.kk: "«{value}» электрондық пошта мекенжайы жарамсыз", .ru: "адрес эл. почты «{value}» недействителен", .en: "email '{value}' is not a valid address"]
        case .badLocale:
            return [.kk: "«{value}» тілі kk, ru, en тілдерінің бірі емес", .ru: "язык «{value}» не входит в kk, ru, en", .en: "language '{value}' is not one of kk, ru, en"]
        case .fieldLastName:
            return [.kk: "тегі", .ru: "фамилия", .en: "last name"]
        case .fieldFirstName:
            return [.kk: "аты", .ru: "имя", .en: "first name"]
        case .fieldMiddleName:
            return [.kk: "әкесінің аты", .ru: "отчество", .en: "middle name"]
        case .fieldUniversity:
            return [.kk: "ЖОО", .ru: "вуз", .en: "university"]
        case .fieldFaculty:
            return [.kk: "факультет", .ru: "факультет", .en: "faculty"]
        case .fieldGroup:
            return [.kk: "топ", .ru: "группа", .en: "group"]
        case .fieldCohort:
            return [.kk: "ағын", .ru: "поток", .en: "cohort"]
        case .fieldStudentNumber:
            return [.kk: "сынақ кітапшасының нөмірі", .ru: "номер зачётной книжки", .en: "student number"]
        case .notUTF8:
            return [
                .kk: "«{column}» жарамды UTF-8 емес: файлда кодтаулар араласқан; оны CSV UTF-8 ретінде қайта экспорттаңыз немесе --encoding беріңіз",
                .ru: "«{column}» не является корректным UTF-8: в файле смешаны кодировки; выгрузите его заново как CSV UTF-8 или укажите --encoding",
                .en: "{column} is not valid UTF-8: the file mixes encodings; re-export it as CSV UTF-8 or pass --encoding",
            ]
        case .byteOrderMarkStart:
            return [
                .kk: "«{column}» «{value}» артық байт реті белгісінен (U+FEFF) басталады, ол файлдар біріктірілгенде қалады: оны өшіріңіз",
                .ru: "«{column}» «{value}» начинается с лишней метки порядка байтов (U+FEFF), какая остаётся при склейке файлов: удалите её",
                .en: "{column} '{value}' starts with a stray byte-order mark (U+FEFF), as left where files are joined: remove it",
            ]
        case .byteOrderMarkInside:
            return [
                .kk: "«{column}» «{value}» ішінде артық байт реті белгісі (U+FEFF) бар, ол файлдар біріктірілгенде қалады: оны өшіріңіз",
                .ru: "«{column}» «{value}» содержит лишнюю метку порядка байтов (U+FEFF), какая остаётся при склейке файлов: удалите её",
                .en: "{column} '{value}' contains a stray byte-order mark (U+FEFF), as left where files are joined: remove it",
            ]
        case .fullNameMissing:
            return [.kk: "аты-жөні көрсетілмеген", .ru: "ФИО не указано", .en: "full name is missing"]
        case .universityMissing:
            return [
                .kk: "ЖОО көрсетілмеген: бағанды толтырыңыз немесе --institution беріңіз", .ru: "вуз не указан: заполните столбец или укажите --institution",
                .en: "university is missing: fill the column or pass --institution",
            ]
        case .courseMissing:
            return [
                .kk: "курс көрсетілмеген: бағанды толтырыңыз немесе --course беріңіз", .ru: "курс не указан: заполните столбец или укажите --course",
                .en: "course is missing: fill the column or pass --course",
            ]
        case .unknownCourse:
            return [.kk: "«{course}» курсы дерекқорда жоқ", .ru: "курса «{course}» нет в хранилище", .en: "course '{course}' is not in the store"]
        case .repeatsLine:
            return [
                .kk: "ЖСН {iin} {line}-жолды қайталайды: бірінші жол қабылданады", .ru: "ИИН {iin} повторяет строку {line}: действует первая строка",
                .en: "IIN {iin} repeats line {line}: the first row wins",
            ]
        case .newUniversity:
            return [
                .kk: "«{name}» ЖОО-сы дерекқорда жоқ, ол қосылады: мүмкін, Сіз {suggestions} дегенді меңзедіңіз бе?",
                .ru: "вуза «{name}» нет в хранилище, он будет добавлен: возможно, вы имели в виду {suggestions}?",
                .en: "university '{name}' is not in the store and will be added: did you mean {suggestions}?",
            ]
        case .unknownClassCourse:
            let ruTail = "(импортируйте курс или укажите --course, чтобы импортировать классы одного курса)"
            let kk = "{classID} сыныбы дерекқорда жоқ «{course}» курсына жатады: оның {count} білім алушысы бұл курсқа жазылмады (курсты импорттаңыз немесе бір курстың сыныптарын импорттау үшін --course беріңіз)"
            return [
                .kk: .plural(one: kk, other: kk),
                .ru: .plural(
                    one: "класс {classID} относится к курсу «{course}», которого нет в хранилище: {count} его учащийся не зачислен на этот курс " + ruTail,
                    few: "класс {classID} относится к курсу «{course}», которого нет в хранилище: {count} его учащихся не зачислены на этот курс " + ruTail,
                    many: "класс {classID} относится к курсу «{course}», которого нет в хранилище: {count} его учащихся не зачислены на этот курс " + ruTail,
                    other: "класс {classID} относится к курсу «{course}», которого нет в хранилище: {count} его учащегося не зачислены на этот курс " + ruTail),
                .en: .plural(
                    one: "class {classID} is of course '{course}', which is not in the store: its {count} student is not enrolled in it (import the course, or pass --course to import one course's classes)",
                    other: "class {classID} is of course '{course}', which is not in the store: its {count} students are not enrolled in it (import the course, or pass --course to import one course's classes)"),
            ]
        case .quoted:
            return [.kk: "«{value}»", .ru: "«{value}»", .en: "'{value}'"]
        case .or:
            return [.kk: " немесе ", .ru: " или ", .en: " or "]
        case .joiner:
            return [.kk: "; ", .ru: "; ", .en: "; "]
        }
    }
}

extension RowMessage: Catalogued {}
