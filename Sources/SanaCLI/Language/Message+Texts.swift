import Courses

/// The catalogue. Kazakh addresses the learner as «Сіз», Russian as «вы»; plural forms follow
/// CLDR (Russian one/few/many/other, Kazakh and English one/other). "Submit" is "finish" in
/// Kazakh and Russian (аяқтау, завершить), since "сдать"/"тапсыру" also mean "pass".
/// MessageCatalogueTests fails when a message lacks a language or a plural form, or when the
/// languages disagree on its placeholders.
extension Message {
    var forms: [Language: MessageForm] {
        switch self {
        // MARK: the exam's opening
        case .examTitle:
            return [
                .kk: "{course} · емтихан · талпыныс {number}/{total}",
                .ru: "{course} · экзамен · попытка {number} из {total}",
                .en: "{course} · exam · attempt {number} of {total}",
            ]
        case .questionCount:
            return [
                .kk: .plural(one: "{count} сұрақ", other: "{count} сұрақ"),
                .ru: .plural(one: "{count} вопрос", few: "{count} вопроса", many: "{count} вопросов", other: "{count} вопроса"),
                .en: .plural(one: "{count} question", other: "{count} questions"),
            ]
        case .minuteCount:
            return [
                .kk: .plural(one: "{count} минут", other: "{count} минут"),
                .ru: .plural(one: "{count} минута", few: "{count} минуты", many: "{count} минут", other: "{count} минуты"),
                .en: .plural(one: "{count} minute", other: "{count} minutes"),
            ]
        case .examRules:
            return [
                .kk: "{questions} · {minutes} · өту шегі {mark}. Әр жауап берілген сәтте сақталады.",
                .ru: "{questions} · {minutes} · проходной балл {mark}. Каждый ответ сохраняется сразу же.",
                .en: "{questions} · {minutes} · pass mark {mark}. Every answer is saved as soon as you give it.",
            ]
        case .examEnds:
            return [
                .kk: "Емтихан уақытының соңы: {time}.",
                .ru: "Время экзамена истекает: {time}.",
                .en: "The exam's time ends at {time}.",
            ]
        case .welcomeBack:
            return [
                .kk: "Емтихан жалғасады: жауап берілгені {answered}/{total}, {number}-сұрақтан бастаймыз.",
                .ru: "С возвращением! Отвечено {answered} из {total}; продолжаем с вопроса {number}.",
                .en: "Welcome back: {answered} of {total} answered; continuing at question {number}.",
            ]
        case .helpHint:
            return [
                .kk: "Анықтама үшін :h теріңіз.",
                .ru: "Чтобы открыть справку, введите :h.",
                .en: "Type :h for help.",
            ]
        case .help:
            return [
                .kk: """
                    Жауабыңызды жазып, Enter басыңыз. Командалар «:» белгісінен басталады:
                      :n немесе Enter  келесі сұрақ (берген жауабыңыз сақталады)
                      :b               алдыңғы сұрақ
                      :g N             N-сұраққа өту
                      :f               сұрақты қайта қарауға белгілеу (:f қайта терілсе, белгі алынады)
                      :l               сұрақтар тізімі: жауаптар, белгілер және қазір қай сұрақтасыз
                      :s               емтиханды аяқтап, жауаптарды жіберу
                      :q               шығу (барлық жауап сақталған; жалғастыру үшін дәл сол команданы қайта іске қосыңыз)
                      :h               осы анықтама
                    Түзету: ← → курсорды жылжытады, Home мен End — жолдың басы мен соңы, Backspace пен Delete өшіреді, Ctrl-U жолды тазалайды.
                    Пернетақтаны латын әріптеріне ауыстырмай-ақ жаза бересіз:
                      нұсқа әріптері: ф немесе а = a, и = b, с = c, в = d, у немесе е = e; дұрыс/дұрыс емес: е = t, а = f
                      командалар: :т = :n, :и = :b, :п = :g, :а = :f, :д = :l, :ы = :s, :й = :q, :р = :h
                    Қалған уақыт әр жауаптың алдында [ ] ішінде көрсетіледі; аяқталуына 5 минут және 1 минут қалғанда ескерту беріледі.
                    """,
                .ru: """
                    Введите ответ и нажмите Enter. Команды начинаются с «:»:
                      :n или Enter  следующий вопрос (ваш ответ сохраняется)
                      :b            предыдущий вопрос
                      :g N          перейти к вопросу N
                      :f            отметить вопрос для проверки (повторное :f снимает отметку)
                      :l            список вопросов: ответы, отметки и где вы сейчас
                      :s            завершить экзамен и отправить ответы
                      :q            выйти (все ответы сохранены; чтобы продолжить, снова запустите ту же команду)
                      :h            эта справка
                    Редактирование: ← → двигают курсор, Home и End — в начало и в конец строки, Backspace и Delete стирают, Ctrl-U очищает строку.
                    Переключать раскладку на латиницу не нужно:
                      буквы вариантов: ф или а = a, и = b, с = c, в = d, у или е = e; верно/неверно: е = t, а = f
                      команды: :т = :n, :и = :b, :п = :g, :а = :f, :д = :l, :ы = :s, :й = :q, :р = :h
                    Оставшееся время показано в [ ] перед каждым ответом; предупреждения приходят за 5 минут и за 1 минуту до конца.
                    """,
                .en: """
                    Type your answer and press Enter. Commands start with ':':
                      :n or Enter   next question (keeps the answer you gave)
                      :b            previous question
                      :g N          go to question N
                      :f            flag this question for review (:f again removes the flag)
                      :l            list the questions: answers, flags and where you are
                      :s            finish the exam and submit your answers
                      :q            leave (every answer is saved; run the same command to continue)
                      :h            this help
                    Editing: ← → move the cursor, Home and End go to either end, Backspace and Delete erase, Ctrl-U clears the line.
                    On a Russian or Kazakh keyboard layout you need not switch to Latin:
                      option letters: ф or а = a, и = b, с = c, в = d, у or е = e; true/false: е = t, а = f
                      commands: :т = :n, :и = :b, :п = :g, :а = :f, :д = :l, :ы = :s, :й = :q, :р = :h
                    The time left shows in [ ] before each answer; warnings come 5 minutes and 1 minute before the end.
                    """,
            ]

        // MARK: a question
        case .questionHeader:
            return [
                .kk: "Сұрақ {number}/{total} · жауап берілгені: {answered}",
                .ru: "Вопрос {number}/{total} · отвечено: {answered}",
                .en: "Question {number}/{total} · {answered} answered",
            ]
        case .flaggedMark:
            return [.kk: "қайта қарауға белгіленген", .ru: "отмечен для проверки", .en: "flagged for review"]
        case .answerPrompt:
            return [
                .kk: "[{left} қалды] Жауап (:h — анықтама): ",
                .ru: "[осталось {left}] Ответ (:h — справка): ",
                .en: "[{left} left] Answer (:h for help): ",
            ]
        case .multiHint:
            return [
                .kk: "(барлық дұрыс нұсқаны таңдаңыз: әріптерін жазыңыз, мысалы: a c)",
                .ru: "(выберите все подходящие варианты: введите их буквы, например: a c)",
                .en: "(choose every option that applies: letters such as a c)",
            ]
        case .trueFalseOptions:
            return [.kk: "t) дұрыс   f) дұрыс емес", .ru: "t) верно   f) неверно", .en: "t) true   f) false"]
        case .trueWord:
            return [.kk: "дұрыс", .ru: "верно", .en: "true"]
        case .falseWord:
            return [.kk: "дұрыс емес", .ru: "неверно", .en: "false"]
        case .shortHint:
            return [.kk: "(қысқа жауап жазыңыз)", .ru: "(введите краткий ответ)", .en: "(type a short answer)"]
        case .numericHint:
            return [.kk: "(сан жазыңыз)", .ru: "(введите число)", .en: "(type a number)"]
        case .matchingHint:
            return [
                .kk: "(әр нөмірленген тармаққа ретімен бір әріптен жазыңыз, мысалы: {example})",
                .ru: "(по одной букве на каждый пронумерованный пункт, по порядку, например: {example})",
                .en: "(one letter for each numbered item, in order: such as {example})",
            ]
        case .yourAnswerNow:
            return [
                .kk: "Сіздің жауабыңыз: {answer} (өзгерту үшін басқасын жазыңыз, қалдыру үшін Enter басыңыз)",
                .ru: "Ваш ответ: {answer} (чтобы изменить, введите другой; чтобы оставить, нажмите Enter)",
                .en: "Your answer: {answer} (type another to change it, or Enter to keep it)",
            ]

        // MARK: what the learner typed
        case .noSuchQuestion:
            return [
                .kk: "Мұндай сұрақ жоқ: :g және 1–{count} аралығындағы нөмірді теріңіз.",
                .ru: "Такого вопроса нет: введите :g и номер от 1 до {count}.",
                .en: "There is no such question: type :g and a number from 1 to {count}.",
            ]
        case .unknownCommand:
            return [
                .kk: "{command} деген команда жоқ: командалар тізімі үшін :h теріңіз.",
                .ru: "Неизвестная команда {command}: список команд — :h.",
                .en: "Unknown command {command}: type :h for the commands.",
            ]
        case .notAnAnswer:
            return [.kk: "Жауап қабылданбады: {reason}.", .ru: "Ответ не принят: {reason}.", .en: "Not an answer: {reason}."]
        case .firstQuestion:
            return [.kk: "Бұл — бірінші сұрақ.", .ru: "Это первый вопрос.", .en: "This is the first question."]
        case .lastQuestion:
            return [
                .kk: "Бұл — соңғы сұрақ: емтиханды аяқтау үшін :s, N-сұраққа өту үшін :g N теріңіз.",
                .ru: "Это последний вопрос: чтобы завершить экзамен, введите :s; чтобы перейти к вопросу N — :g N.",
                .en: "This is the last question: type :s to finish, or :g N to go to question N.",
            ]
        case .reasonNotUTF8:
            return [
                .kk: "терминал UTF-8 емес мәтін жіберді: UTF-8 локальді орнатыңыз (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 немесе C.UTF-8)",
                .ru: "терминал прислал текст не в UTF-8: установите локаль UTF-8 (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 или C.UTF-8)",
                .en: "the terminal sent text that is not UTF-8: set a UTF-8 locale (LANG=kk_KZ.UTF-8, ru_RU.UTF-8 or C.UTF-8)",
            ]
        case .reasonOneLetter:
            return [.kk: "бір әріп теріңіз (a–{last})", .ru: "введите одну букву (a–{last})", .en: "type one letter from a to {last}"]
        case .reasonLetters:
            return [
                .kk: "таңдаған нұсқаларыңыздың әріптерін теріңіз (a–{last}), мысалы: a c",
                .ru: "введите буквы всех выбранных вариантов (a–{last}), например: a c",
                .en: "type the letters of every option you choose, from a to {last}, such as: a c",
            ]
        case .reasonTrueFalse:
            return [
                .kk: "t (дұрыс) немесе f (дұрыс емес) деп теріңіз",
                .ru: "введите t (верно) или f (неверно)",
                .en: "type t (true) or f (false)",
            ]
        case .reasonEmpty:
            return [.kk: "жауабыңызды жазыңыз", .ru: "введите ответ", .en: "type your answer"]
        case .reasonControl:
            return [.kk: "жауапта басқару таңбасы бар", .ru: "в ответе есть управляющий символ", .en: "the answer contains a control character"]
        case .reasonTooLong:
            return [
                .kk: .plural(one: "жауап {count} таңбадан ұзын", other: "жауап {count} таңбадан ұзын"),
                .ru: .plural(one: "ответ длиннее {count} символа", few: "ответ длиннее {count} символов", many: "ответ длиннее {count} символов", other: "ответ длиннее {count} символа"),
                .en: .plural(one: "the answer is longer than {count} character", other: "the answer is longer than {count} characters"),
            ]
        case .reasonNumber:
            return [
                .kk: "сан жазыңыз, мысалы: 42 немесе 3,5",
                .ru: "введите число, например 42 или 3,5",
                .en: "type a number, such as 42 or 3.5",
            ]
        case .reasonMatching:
            return [
                .kk: .plural(
                    one: "{count} тармақтың әрқайсысына ретімен бір әріптен (a–{last}) жазыңыз, мысалы: {example}",
                    other: "{count} тармақтың әрқайсысына ретімен бір әріптен (a–{last}) жазыңыз, мысалы: {example}"),
                .ru: .plural(
                    one: "введите по одной букве (a–{last}) для каждого из {count} пункта по порядку, например: {example}",
                    few: "введите по одной букве (a–{last}) для каждого из {count} пунктов по порядку, например: {example}",
                    many: "введите по одной букве (a–{last}) для каждого из {count} пунктов по порядку, например: {example}",
                    other: "введите по одной букве (a–{last}) для каждого из {count} пункта по порядку, например: {example}"),
                .en: .plural(
                    one: "type one letter (a to {last}) for the {count} item, such as: {example}",
                    other: "type one letter (a to {last}) for each of the {count} items in order, such as: {example}"),
            ]
        case .listAnswered:
            return [.kk: "жауап: {answer}", .ru: "ответ: {answer}", .en: "answered: {answer}"]
        case .listUnanswered:
            return [.kk: "жауап жоқ", .ru: "нет ответа", .en: "not answered"]
        case .listFlagged:
            return [.kk: "белгіленген", .ru: "отмечен", .en: "flagged"]
        case .listCurrent:
            return [.kk: "← Сіз осындасыз", .ru: "← вы здесь", .en: "← you are here"]
        case .flagSet:
            return [
                .kk: "{number}-сұрақ қайта қарауға белгіленді (белгіні алу үшін :f қайта теріңіз).",
                .ru: "Вопрос {number} отмечен для проверки (повторное :f снимает отметку).",
                .en: "Question {number} is flagged for review (:f again removes the flag).",
            ]
        case .flagCleared:
            return [
                .kk: "{number}-сұрақтың белгісі алынды.",
                .ru: "Отметка с вопроса {number} снята.",
                .en: "Question {number} is no longer flagged.",
            ]

        // MARK: leaving, the clock, other terminals
        case .inputClosed:
            return [
                .kk: .plural(
                    one: "Енгізу жабылды. Сақталған жауаптарыңыз: {count}. Жалғастыру үшін дәл сол команданы қайта іске қосыңыз.",
                    other: "Енгізу жабылды. Сақталған жауаптарыңыз: {count}. Жалғастыру үшін дәл сол команданы қайта іске қосыңыз."),
                .ru: .plural(
                    one: "Ввод закрыт. Сохранён {count} ответ; чтобы продолжить, снова запустите ту же команду.",
                    few: "Ввод закрыт. Сохранены {count} ответа; чтобы продолжить, снова запустите ту же команду.",
                    many: "Ввод закрыт. Сохранено {count} ответов; чтобы продолжить, снова запустите ту же команду.",
                    other: "Ввод закрыт. Сохранено {count} ответа; чтобы продолжить, снова запустите ту же команду."),
                .en: .plural(
                    one: "Input closed: your {count} answer is saved; run the same command to continue.",
                    other: "Input closed: your {count} answers are saved; run the same command to continue."),
            ]
        case .leaving:
            return [
                .kk: .plural(
                    one: "Сақталған жауаптарыңыз: {count}. Уақыт жүріп тұр, емтихан уақытының соңы: {time}. Жалғастыру үшін дәл сол команданы қайта іске қосыңыз.",
                    other: "Сақталған жауаптарыңыз: {count}. Уақыт жүріп тұр, емтихан уақытының соңы: {time}. Жалғастыру үшін дәл сол команданы қайта іске қосыңыз."),
                .ru: .plural(
                    one: "Сохранён {count} ответ. Время идёт, экзамен заканчивается: {time}. Чтобы продолжить, снова запустите ту же команду.",
                    few: "Сохранены {count} ответа. Время идёт, экзамен заканчивается: {time}. Чтобы продолжить, снова запустите ту же команду.",
                    many: "Сохранено {count} ответов. Время идёт, экзамен заканчивается: {time}. Чтобы продолжить, снова запустите ту же команду.",
                    other: "Сохранено {count} ответа. Время идёт, экзамен заканчивается: {time}. Чтобы продолжить, снова запустите ту же команду."),
                .en: .plural(
                    one: "Your {count} answer is saved. The clock keeps running until {time}: run the same command to continue.",
                    other: "Your {count} answers are saved. The clock keeps running until {time}: run the same command to continue."),
            ]
        case .submittedMeanwhile:
            return [
                .kk: "Бұл талпыныс осы арада аяқталған (басқа терезеде ме?): бұл жауап жазылмады.",
                .ru: "Эта попытка тем временем уже завершена (в другом окне?): этот ответ не записан.",
                .en: "This attempt was submitted meanwhile (in another window?): that answer was not recorded.",
            ]
        case .takenOver:
            return [
                .kk: "Емтихан басқа терминалда жалғасты, сондықтан мұнда тоқтатылды. Мұнда берілген жауаптардың бәрі сақталған.",
                .ru: "Экзамен продолжен в другом терминале, поэтому здесь он остановлен. Все ответы, данные здесь, сохранены.",
                .en: "The exam was continued in another terminal, so it stops here. Every answer given here is saved.",
            ]
        case .pausedStop:
            return [
                .kk: "Емтихан уақытша тоқтатылды: Сіздің ЖСН бойынша қате кіру коды тым көп рет терілді. Тоқтап тұрған кезде емтихан уақыты жүрмейді, ешқандай уақыт жоғалмайды. Жалғастыруға болатын уақыт: {time}; сонда дәл сол команданы іске қосыңыз. Кодтарды Сіз термесеңіз, курс әкімшісіне хабарлаңыз.",
                .ru: "Экзамен приостановлен: для вашего ИИН слишком много раз ввели неверный код доступа. Пока экзамен приостановлен, его время не идёт и не теряется. Продолжить можно будет: {time}; тогда снова запустите ту же команду. Если коды вводили не вы, сообщите администратору курса.",
                .en: "The exam is paused: too many wrong access codes were typed for your IIN. While it is paused its time does not run, and none is lost. You may continue at {time}, with the same command. If you did not type those codes, tell your course administrator.",
            ]
        case .timeUpLate:
            return [
                .kk: "Уақыт бітті: бұл жауап мерзімнен кейін келді, сондықтан жазылмады. Емтихан бұған дейін сақталған жауаптармен аяқталды.",
                .ru: "Время вышло: этот ответ пришёл после срока и не записан. Экзамен завершён с ответами, сохранёнными до этого.",
                .en: "Time is up: that answer came after the deadline and was not recorded. The exam was submitted with the answers saved before.",
            ]
        case .timeUp:
            return [
                .kk: "Уақыт бітті: емтихан сақталған жауаптарыңызбен аяқталды.",
                .ru: "Время вышло: экзамен завершён с сохранёнными ответами.",
                .en: "Time is up: the exam is submitted with the answers you saved.",
            ]
        case .minutesLeft:
            return [
                .kk: .plural(one: "{count} минут қалды (емтиханның аяқталуы: {time}).", other: "{count} минут қалды (емтиханның аяқталуы: {time})."),
                .ru: .plural(
                    one: "Осталась {count} минута (экзамен закончится в {time}).",
                    few: "Осталось {count} минуты (экзамен закончится в {time}).",
                    many: "Осталось {count} минут (экзамен закончится в {time}).",
                    other: "Осталось {count} минуты (экзамен закончится в {time})."),
                .en: .plural(one: "{count} minute left (the exam ends at {time}).", other: "{count} minutes left (the exam ends at {time})."),
            ]
        case .stopped:
            return [
                .kk: "тоқтатылды: барлық жауабыңыз сақталды; жалғастыру үшін дәл сол команданы қайта іске қосыңыз",
                .ru: "остановлено: все ваши ответы сохранены; чтобы продолжить, снова запустите ту же команду",
                .en: "stopped: every answer you gave is saved; run the same command to continue",
            ]

        // MARK: submitting
        case .allAnswered:
            return [
                .kk: "Барлық сұраққа жауап берілді ({count}).",
                .ru: "Отвечены все вопросы ({count}).",
                .en: "Every question is answered ({count}).",
            ]
        case .unansweredSummary:
            return [
                .kk: .plural(
                    one: "Жауап берілмеген сұрақтар ({count}): {list}. Жауапсыз сұрақ қате деп есептеледі.",
                    other: "Жауап берілмеген сұрақтар ({count}): {list}. Жауапсыз сұрақ қате деп есептеледі."),
                .ru: .plural(
                    one: "Без ответа остался {count} вопрос: {list}. Вопросы без ответа засчитываются как неверные.",
                    few: "Без ответа остались {count} вопроса: {list}. Вопросы без ответа засчитываются как неверные.",
                    many: "Без ответа осталось {count} вопросов: {list}. Вопросы без ответа засчитываются как неверные.",
                    other: "Без ответа осталось {count} вопроса: {list}. Вопросы без ответа засчитываются как неверные."),
                .en: .plural(
                    one: "{count} question is not answered yet: {list}. A question without an answer counts as wrong.",
                    other: "{count} questions are not answered yet: {list}. A question without an answer counts as wrong."),
            ]
        case .flaggedSummary:
            return [
                .kk: "Қайта қарауға белгіленгендер: {list}.",
                .ru: "Отмечены для проверки: {list}.",
                .en: "Flagged for review: {list}.",
            ]
        case .confirmSubmit:
            return [
                .kk: "Емтиханды қазір аяқтайсыз ба? Одан кейін жауаптарды өзгерте алмайсыз. (иә/жоқ): ",
                .ru: "Завершить экзамен сейчас? Потом изменить ответы будет нельзя. (да/нет): ",
                .en: "Finish the exam now? You cannot change answers afterwards. (yes/no): ",
            ]
        case .yesOrNo:
            return [.kk: "«иә» немесе «жоқ» деп жазыңыз.", .ru: "Введите «да» или «нет».", .en: "Type yes or no."]

        // MARK: the access code
        case .codePrompt:
            return [.kk: "ЖСН {iin} үшін кіру коды: ", .ru: "Код доступа для ИИН {iin}: ", .en: "Access code for {iin}: "]
        case .codeEmpty:
            return [
                .kk: "Курс әкімшісі берген кіру кодын теріңіз (мысалы, K7RM-P4QX-9TZA).",
                .ru: "Введите код доступа, который вам выдал администратор курса (например, K7RM-P4QX-9TZA).",
                .en: "Type the access code your course administrator gave you (such as K7RM-P4QX-9TZA).",
            ]
        case .codeMalformed:
            return [
                .kk: "Бұл кіру коды емес: код 12 әріп пен цифрдан тұрады, мысалы, K7RM-P4QX-9TZA. Бұл әрекет есептелмеді.",
                .ru: "Это не код доступа: код состоит из 12 букв и цифр, например K7RM-P4QX-9TZA. Эта попытка не засчитана.",
                .en: "That is not an access code: a code has 12 letters and digits, such as K7RM-P4QX-9TZA. It was not counted as a try.",
            ]
        case .codeWrong:
            return [
                .kk: .plural(
                    one: "Кіру коды қате: {count} әрекет қалды, одан кейін код енгізу {minutes} минутқа бұғатталады.",
                    other: "Кіру коды қате: {count} әрекет қалды, одан кейін код енгізу {minutes} минутқа бұғатталады."),
                .ru: .plural(
                    one: "Неверный код доступа: осталась {count} попытка, затем ввод кода заблокируется на {minutes} мин.",
                    few: "Неверный код доступа: осталось {count} попытки, затем ввод кода заблокируется на {minutes} мин.",
                    many: "Неверный код доступа: осталось {count} попыток, затем ввод кода заблокируется на {minutes} мин.",
                    other: "Неверный код доступа: осталось {count} попытки, затем ввод кода заблокируется на {minutes} мин."),
                .en: .plural(
                    one: "Wrong access code: {count} try left before code entry is locked for {minutes} minutes.",
                    other: "Wrong access code: {count} tries left before code entry is locked for {minutes} minutes."),
            ]
        case .lockedOut:
            return [
                .kk: "Қате кодтар тым көп терілгендіктен, код енгізу бұғатталды. Кодты қайта енгізуге болатын уақыт: {time}. Бұғатталған кезде емтихан уақыты жүрмейді. Кодыңызды жоғалтсаңыз немесе бұл кодтарды Сіз термесеңіз, курс әкімшісіне хабарласыңыз: ол жаңа кодты бірден береді.",
                .ru: "Ввод кода заблокирован: слишком много неверных кодов. Снова ввести код можно будет: {time}. Пока ввод заблокирован, время экзамена не идёт. Если вы потеряли код или эти коды вводили не вы, обратитесь к администратору курса: он сразу выдаст новый код.",
                .en: "Code entry is locked after too many wrong access codes. You may type the code again at {time}. Meanwhile your exam time does not run. If you have lost your code, or did not type those codes yourself, ask your course administrator: they can issue you a new code at once.",
            ]
        case .noAccessCode:
            return [
                .kk: "Сізде әлі кіру коды жоқ: курс әкімшісінен код беруін сұраңыз.",
                .ru: "У вас ещё нет кода доступа: попросите администратора курса выдать его.",
                .en: "You have no access code yet: ask your course administrator to issue one.",
            ]

        // MARK: why an exam or a lesson does not start
        case .notEnrolled:
            return [
                .kk: "Сіз {course} курсына тіркелмегенсіз: курс әкімшісіне хабарласыңыз.",
                .ru: "Вы не записаны на курс {course}: обратитесь к администратору курса.",
                .en: "You are not enrolled in {course}: ask your course administrator.",
            ]
        case .suspended:
            return [
                .kk: "Сіздің есептік жазбаңыз уақытша тоқтатылған, сондықтан емтихан тапсыра алмайсыз: курс әкімшісіне хабарласыңыз.",
                .ru: "Ваша учётная запись приостановлена, поэтому вы не можете сдавать экзамен: обратитесь к администратору курса.",
                .en: "Your account is suspended, so you cannot take the exam: ask your course administrator.",
            ]
        case .learnerNotFound:
            return [
                .kk: "ЖСН {iin} бойынша білім алушы табылмады: нөмірді тексеріңіз немесе курс әкімшісіне хабарласыңыз.",
                .ru: "Слушатель с ИИН {iin} не найден: проверьте номер или обратитесь к администратору курса.",
                .en: "There is no learner with IIN {iin}: check the number, or ask your course administrator.",
            ]
        case .attemptsExhausted:
            return [
                .kk: "Бұл емтиханға берілген барлық талпынысты пайдаландыңыз ({count}).",
                .ru: "Вы использовали все попытки сдать этот экзамен ({count}).",
                .en: "You have used all your attempts at this exam ({count}).",
            ]
        case .coolingDown:
            return [
                .kk: "Талпыныстар арасында үзіліс бар: келесі талпынысты бастауға болатын уақыт — {time}.",
                .ru: "Между попытками нужен перерыв: следующую попытку можно начать не раньше: {time}.",
                .en: "There is a wait between attempts: the next may start at {time}.",
            ]
        case .lessonsRequired:
            return [
                .kk: "Емтихан барлық сабақ оқылғаннан кейін ашылады. Әлі оқылмаған сабақтар: {list}. Сабақты ашу: sana learn {course} --learner ЖСН --lesson N",
                .ru: "Экзамен откроется, когда вы прочитаете все уроки. Ещё не прочитаны уроки: {list}. Открыть урок: sana learn {course} --learner ИИН --lesson N",
                .en: "The exam opens once you have read every lesson. Still to read: lessons {list}. Open one with: sana learn {course} --learner IIN --lesson N",
            ]
        case .languageNotOffered:
            return [
                .kk: "Бұл курс мына тілде өтпейді: {language}. Курс тілдері: {offered}.",
                .ru: "Этот курс не ведётся на этом языке: {language}. Языки курса: {offered}.",
                .en: "This course is not offered in {language}; its languages are {offered}.",
            ]
        case .courseNotFound:
            return [
                .kk: "{course} курсы жоқ: атауын тексеріңіз немесе курс әкімшісіне хабарласыңыз.",
                .ru: "Курса {course} нет: проверьте название или обратитесь к администратору курса.",
                .en: "There is no course {course}: check its name, or ask your course administrator.",
            ]
        case .lessonNotFound:
            return [
                .kk: "Бұл курста {number}-сабақ жоқ: сабақтардың нөмірі 1–{count}.",
                .ru: "В этом курсе нет урока {number}: уроки с 1 по {count}.",
                .en: "This course has no lesson {number}: its lessons are 1 to {count}.",
            ]

        // MARK: the result and the review
        case .timeRanOut:
            return [
                .kk: "Уақыт бітті: {time}. Талпыныс берілген жауаптармен аяқталды.",
                .ru: "Время вышло: {time}. Попытка завершена с данными ответами.",
                .en: "Time ran out at {time}: the attempt was submitted with the answers given.",
            ]
        case .scoreLine:
            return [
                .kk: "Нәтиже {score} · өту шегі {mark} · {verdict}",
                .ru: "Результат {score} · проходной балл {mark} · {verdict}",
                .en: "Score {score} · pass mark {mark} · {verdict}",
            ]
        case .passed:
            return [.kk: "ЕМТИХАННАН ӨТТІҢІЗ", .ru: "ЭКЗАМЕН СДАН", .en: "PASSED"]
        case .notPassed:
            return [.kk: "ЕМТИХАННАН ӨТПЕДІҢІЗ", .ru: "ЭКЗАМЕН НЕ СДАН", .en: "NOT PASSED"]
        case .answeredLine:
            return [
                .kk: "Жауап берілгені: {answered}/{total} · талпыныс {number}/{attempts}.",
                .ru: "Отвечено {answered} из {total} · попытка {number} из {attempts}.",
                .en: "Answered {answered} of {total} · attempt {number} of {attempts}.",
            ]
        case .reviewTitle:
            return [.kk: "Жауаптарды талдау", .ru: "Разбор ответов", .en: "Review"]
        case .reviewYourAnswer:
            return [.kk: "Сіздің жауабыңыз: {answer}", .ru: "Ваш ответ: {answer}", .en: "Your answer: {answer}"]
        case .reviewNoAnswer:
            return [.kk: "(жауап жоқ)", .ru: "(нет ответа)", .en: "(none)"]
        case .reviewCorrectAnswer:
            return [.kk: "Дұрыс жауап: {answer}", .ru: "Правильный ответ: {answer}", .en: "Correct answer: {answer}"]
        case .noAttemptsLeft:
            return [.kk: "Талпыныс қалмады.", .ru: "Попыток больше нет.", .en: "No attempts left."]
        case .attemptsLeft:
            return [
                .kk: .plural(one: "{count} талпыныс қалды.", other: "{count} талпыныс қалды."),
                .ru: .plural(one: "Осталась {count} попытка.", few: "Осталось {count} попытки.", many: "Осталось {count} попыток.", other: "Осталось {count} попытки."),
                .en: .plural(one: "{count} attempt left.", other: "{count} attempts left."),
            ]
        case .nextAttemptAt:
            return [
                .kk: "Келесісін бастауға болатын уақыт: {time}.",
                .ru: "Следующую можно начать не раньше: {time}.",
                .en: "The next may start at {time}.",
            ]

        // MARK: lessons
        case .lessonHeader:
            return [.kk: "{course} · Сабақ {number}/{count}", .ru: "{course} · Урок {number}/{count}", .en: "{course} · Lesson {number}/{count}"]
        case .lessonFooter:
            return [
                .kk: "Сабақ {number}/{count} · ашылған сабақтар: {viewed}/{count}.",
                .ru: "Урок {number}/{count} · открыто уроков: {viewed} из {count}.",
                .en: "Lesson {number}/{count} · opened {viewed} of {count}.",
            ]
        case .lessonNext:
            return [
                .kk: "Келесісі — {next}-сабақ (--lesson {next}).",
                .ru: "Следующий — урок {next} (--lesson {next}).",
                .en: "Next: lesson {next} (--lesson {next}).",
            ]
        case .lessonAllOpened:
            return [.kk: "Сіз барлық сабақты аштыңыз.", .ru: "Вы открыли все уроки.", .en: "You have opened every lesson."]
        case .lessonAllOpenedChoose:
            return [
                .kk: "Сіз барлық сабақты аштыңыз; керегін ашу үшін --lesson N қосыңыз.",
                .ru: "Вы открыли все уроки; чтобы открыть нужный, добавьте --lesson N.",
                .en: "You have opened every lesson; choose one with --lesson N.",
            ]
        case .pagerFailed:
            return [
                .kk: "«{pager}» қарау бағдарламасы жұмыс істемеді ({reason}): сабақ төменде шығарылды, бірақ ашылды деп белгіленбеді; PAGER айнымалысында жұмыс істейтін бағдарламаны көрсетіңіз немесе оны мүлде бермеңіз",
                .ru: "программа просмотра «{pager}» не сработала ({reason}): урок выведен ниже и не отмечен как открытый; укажите в PAGER работающую программу или не задавайте PAGER вовсе",
                .en: "the pager '{pager}' did not work ({reason}): the lesson is printed below and not marked as opened; set PAGER to a pager that works, or leave it unset",
            ]
        case .pagerExitStatus:
            return [.kk: "шығу коды {status}", .ru: "код завершения {status}", .en: "exit status {status}"]
        case .pagerNotStarted:
            return [.kk: "іске қосылмады", .ru: "не запустилась", .en: "it did not start"]

        // MARK: prefixes
        case .errorPrefix:
            return [.kk: "sana: қате: ", .ru: "sana: ошибка: ", .en: "sana: error: "]
        case .warningPrefix:
            return [.kk: "sana: ескерту: ", .ru: "sana: предупреждение: ", .en: "sana: warning: "]
        }
    }
}
