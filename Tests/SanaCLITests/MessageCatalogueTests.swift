import Courses
import Foundation
import SanaTestSupport
@testable import SanaCLI
import Testing

/// Every catalogue (the learner's texts, issue 13, case 1, and the admin's, issue 14): every message in kk, ru and en, every plural form a
/// language needs, the same placeholders in every language, and the CLDR rules themselves.
@Suite struct MessageCatalogueTests {
    @Test func everyMessageHasEveryLanguageAndEveryPluralForm() {
        var problems: [String] = []
        for (catalogue, messages) in Catalogues.all {
            for message in messages {
                let forms = message.forms
                let kinds = Set(forms.values.map { if case .plural = $0 { "plural" } else { "plain" } })
                if kinds.count > 1 { problems.append("\(catalogue).\(message): plural in some languages, not in others") }
                var placeholders: Set<String>?
                for language in Language.allCases {
                    guard let form = forms[language] else {
                        problems.append("\(catalogue).\(message): no \(language.rawValue)")
                        continue
                    }
                    if case .plural(let byCategory) = form {
                        let needed = PluralCategory.required(in: language)
                        let missing = needed.subtracting(byCategory.keys)
                        let extra = Set(byCategory.keys).subtracting(needed)
                        if !missing.isEmpty { problems.append("\(catalogue).\(message) in \(language.rawValue): no \(missing.map(\.rawValue).sorted()) form") }
                        if !extra.isEmpty { problems.append("\(catalogue).\(message) in \(language.rawValue): a \(extra.map(\.rawValue).sorted()) form the language has no use for") }
                        if byCategory.values.contains(where: { !$0.contains("{count}") }) { problems.append("\(catalogue).\(message) in \(language.rawValue): a plural form without {count}") }
                    }
                    for text in form.texts {
                        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("\(catalogue).\(message) in \(language.rawValue): empty") }
                        let names = Texts.placeholders(text)
                        if let placeholders, names != placeholders {
                            problems.append("\(catalogue).\(message) in \(language.rawValue): placeholders \(names.sorted()) instead of \(placeholders.sorted())")
                        }
                        placeholders = placeholders ?? names
                    }
                }
            }
        }
        #expect(problems == [], "\(problems.joined(separator: "\n"))")
    }

    /// The check above fails on a catalogue that lacks a language or a form.
    @Test func theCheckCatchesAMissingLanguageOrForm() {
        let russianWithoutMany: MessageForm = .plural([.one: "{count} вопрос", .few: "{count} вопроса", .other: "{count} вопроса"])
        guard case .plural(let forms) = russianWithoutMany else { return }
        #expect(PluralCategory.required(in: .ru).subtracting(forms.keys) == [.many])
        #expect(PluralCategory.required(in: .kk) == [.one, .other])
    }

    @Test func cldrPluralRules() {
        let russian = [0: PluralCategory.many, 1: .one, 2: .few, 4: .few, 5: .many, 11: .many, 12: .many, 14: .many, 21: .one, 22: .few, 25: .many, 101: .one, 111: .many, 112: .many, 1001: .one]
        for (number, category) in russian { #expect(PluralCategory.of(number, in: .ru) == category, "\(number)") }
        for (number, category) in [0: PluralCategory.other, 1: .one, 2: .other, 21: .other] {
            #expect(PluralCategory.of(number, in: .kk) == category)
            #expect(PluralCategory.of(number, in: .en) == category)
        }
    }

    @Test func pluralsReadRight() {
        let time = LocalTime.resolve(setting: nil, environment: [:])
        let ru = Texts(language: .ru, time: time)
        #expect(ru(.questionCount, count: 1) == "1 вопрос")
        #expect(ru(.questionCount, count: 3) == "3 вопроса")
        #expect(ru(.questionCount, count: 27) == "27 вопросов")
        #expect(ru(.questionCount, count: 21) == "21 вопрос")
        #expect(ru(.minuteCount, count: 45) == "45 минут")
        let en = Texts(language: .en, time: time)
        #expect(en(.minuteCount, count: 1) == "1 minute")
        #expect(en(.inputClosed, count: 1) == "Input closed: your 1 answer is saved; run the same command to continue.")
        let kk = Texts(language: .kk, time: time)
        #expect(kk(.attemptsLeft, count: 2) == "2 талпыныс қалды.")
    }

    /// Times in the learner's zone, the zone named: Asia/Almaty by default, the store's setting,
    /// and $TZ over both.
    @Test func timesAreLocalWithTheZoneNamed() {
        let stamp = "2026-12-07 09:32:00.000"  // UTC
        let almaty = LocalTime.resolve(setting: nil, environment: [:])
        #expect(Texts(language: .kk, time: almaty).dateTime(stamp) == "2026 жылғы 7 желтоқсан, 14:32 (Asia/Almaty, UTC+5)")
        #expect(Texts(language: .ru, time: almaty).dateTime(stamp) == "7 декабря 2026 г., 14:32 (Asia/Almaty, UTC+5)")
        #expect(Texts(language: .en, time: almaty).dateTime(stamp) == "7 December 2026, 14:32 (Asia/Almaty, UTC+5)")
        let moscow = LocalTime.resolve(setting: "Europe/Moscow", environment: [:])
        #expect(Texts(language: .ru, time: moscow).dateTime(stamp) == "7 декабря 2026 г., 12:32 (Europe/Moscow, UTC+3)")
        let utc = LocalTime.resolve(setting: "Europe/Moscow", environment: ["TZ": "UTC"])
        #expect(Texts(language: .en, time: utc).dateTime(stamp) == "7 December 2026, 09:32 (UTC)")
        let nonsense = LocalTime.resolve(setting: "Not/AZone", environment: ["TZ": "../etc/passwd"])
        #expect(nonsense.name == "Asia/Almaty")
        #expect(Texts(language: .ru, time: almaty).percent(81.48) == "81,48%")
        #expect(Texts(language: .en, time: almaty).percent(70) == "70%")
    }
}

/// The store's zone setting end to end: shown, set, refused when it is no zone, used for the
/// times a learner reads, and overridden by $TZ.
@Suite struct TimeZoneSettingTests {
    let sana = SanaBinary.built
    let work = TemporaryFolder()

    @Test func theStoresZoneIsShownSetAndUsed() throws {
        let db = work.file("s.db")
        let code = try QuizCommandsTests.prepare(sana, work, db: db)
        let shown = try sana.run(["db", "time-zone", "--db", db])
        #expect(shown.stdout == "Asia/Almaty (UTC+5), the default\n")
        let bad = try sana.run(["db", "time-zone", "Mars/Olympus", "--db", db])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'Mars/Olympus' is not a time zone: give an IANA name such as Asia/Almaty, or UTC"))
        let set = try sana.run(["db", "time-zone", "Europe/Moscow", "--db", db])
        #expect(set.stdout == "learners now read times in Europe/Moscow (UTC+3)\n")
        #expect(try sana.run(["db", "time-zone", "--db", db]).stdout == "Europe/Moscow (UTC+3)\n")
        let take = ["quiz", "take", "quiz", "--learner", QuizCommandsTests.iin, "--answers", "-", "--no-submit", "--db", db]
        let moscow = try sana.run(take, environment: ["SANA_ACCESS_CODE": code], input: "{}")
        #expect(moscow.stdout.contains(" (Europe/Moscow, UTC+3)\n"), "\(moscow.stdout) \(moscow.stderr)")
        let utc = try sana.run(take, environment: ["SANA_ACCESS_CODE": code, "TZ": "UTC"], input: "{}")
        #expect(utc.stdout.contains(" (UTC)\n"), "\(utc.stdout)")
    }
}

/// The import's progress bar in the admin's language (issue 14: admin messages in kk, ru and en).
@Suite struct ProgressBarTextTests {
    @Test func theBarSpeaksTheAdminsLanguageAndGroupsNumbersItsWay() {
        let time = LocalTime.resolve(setting: nil, environment: [:])
        let half = String(repeating: "█", count: 15) + String(repeating: "░", count: 15)
        let english = ProgressBar(texts: Texts(language: .en, time: time), enabled: false)
        #expect(english.line(done: 50, total: 100, rows: 12_345, elapsed: 2) == "\(half)  50%  12,345 rows  6,172 rows/s  ETA 0:02")
        let russian = ProgressBar(texts: Texts(language: .ru, time: time), enabled: false)
        #expect(russian.line(done: 50, total: 100, rows: 12_345, elapsed: 2) == "\(half)  50%  12\u{00A0}345 строк  6\u{00A0}172 строк/с  осталось 0:02")
        let kazakh = ProgressBar(texts: Texts(language: .kk, time: time), enabled: false)
        #expect(kazakh.line(done: 100, total: 100, rows: 7, elapsed: 1) == "\(String(repeating: "█", count: 30)) 100%  7 жол  7 жол/с  қалды 0:00")
    }
}
