import ArgumentParser
import Courses
import Foundation
import SanaStore

/// The language an administrator reads sana's messages in: `--lang`, else the terminal's
/// (`LC_ALL`, `LC_MESSAGES` or `LANG` starting kk or ru), else English; times in the store's
/// zone (`LocalTime`), the zone named.
enum AdminLanguage {
    static func texts(store: Store?, language: Language?) -> Texts {
        Texts(language: language ?? LearnerLanguage.fromEnvironment() ?? .en, time: LocalTime.resolve(setting: try? store?.timeZoneSetting()))
    }
}

/// `--lang kk|ru|en`, for a command an administrator runs: the language of its messages.
/// Commands whose `--lang` already names the content's language read their messages in that one.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of sana's messages (default: from $LANG, else en).", valueName: "kk|ru|en"))
    var language: Language?

    func texts(store: Store?) -> Texts {
        AdminLanguage.texts(store: store, language: language)
    }
}

/// A command whose own option (not a `LanguageOption`) names the language of its messages, such as
/// `cert show --lang`, the certificate's language: `SanaMain` writes its errors in that language.
protocol MessageLanguage {
    var messageLanguage: Language? { get }
}
