/// The words beside a certificate's verification link and QR code, in Kazakh, Russian and English.
package struct VerificationLabels: Sendable {
    /// What a verifier does: scan or open the link, and ask the holder for the holder code.
    package let instruction: String
    /// What the QR code is, for screen readers.
    package let qrCode: String

    package static func forLanguage(_ lang: String) -> VerificationLabels {
        switch lang {
        case "kk":
            return VerificationLabels(
                instruction: "Тексеру үшін QR кодты сканерлеңіз немесе сілтемені ашыңыз; сертификат иесінің ЖСН-ін тексеру үшін одан өз данасында басылған иесінің кодын сұраңыз.",
                qrCode: "Тексеру сілтемесінің QR коды"
            )
        case "ru":
            return VerificationLabels(
                instruction: "Для проверки отсканируйте QR-код или откройте ссылку; чтобы сверить ИИН владельца, попросите у него код владельца, напечатанный на его экземпляре сертификата.",
                qrCode: "QR-код ссылки для проверки"
            )
        default:
            return VerificationLabels(
                instruction: "To verify, scan the QR code or open the link; to check the holder's IIN, ask the holder for the holder code printed on their own copy.",
                qrCode: "QR code of the verification link"
            )
        }
    }
}
