/// The words on a printed certificate, in Kazakh, Russian and English.
package struct CertificateLabels: Sendable {
    package let title: String
    package let certifies: String
    package let completed: String
    package let score: String
    package let date: String
    package let validUntil: String
    package let code: String
    package let issuer: String
    package let howToVerify: String
    package let verifyText: String
    package let lookupText: String
    package let revoked: String
    /// The holder code line, and what it is for.
    package let holderCode: String
    package let holderCodeText: String

    package static let languages = ["kk", "ru", "en"]

    package static func forLanguage(_ lang: String) -> CertificateLabels {
        switch lang {
        case "kk":
            return CertificateLabels(
                title: "Сертификат", certifies: "Осы сертификат мынаны растайды:", completed: "курсын сәтті аяқтады",
                score: "Қорытынды емтихан нәтижесі", date: "Берілген күні", validUntil: "Жарамдылық мерзімі",
                code: "Сертификат коды", issuer: "Берген ұйым", howToVerify: "Қалай тексеруге болады",
                verifyText: "Бұл сертификат электрондық қолтаңба қойылған цифрлық құжат (Open Badges 3.0). Оның файлын желісіз тексеруге болады:",
                lookupText: "Берген ұйым сертификатты кодымен табады:", revoked: "КҮШІ ЖОЙЫЛҒАН",
                holderCode: "Иесінің коды",
                holderCodeText: "Бұл код тек сертификат иесінің данасында болады: тексерушіге ЖСН-ді осы кодпен бірге көрсетсеңіз, ол сертификаттың Сіздікі екеніне көз жеткізеді."
            )
        case "ru":
            return CertificateLabels(
                title: "Сертификат", certifies: "Настоящим удостоверяется, что", completed: "успешно прошёл(ла) курс",
                score: "Результат итогового экзамена", date: "Дата выдачи", validUntil: "Действителен до",
                code: "Код сертификата", issuer: "Выдан", howToVerify: "Как проверить",
                verifyText: "Этот сертификат — цифровой документ с электронной подписью (Open Badges 3.0). Его файл проверяется без сети:",
                lookupText: "Выдавшая организация находит сертификат по коду:", revoked: "ОТОЗВАН",
                holderCode: "Код владельца",
                holderCodeText: "Этот код есть только в экземпляре владельца: показав проверяющему ИИН вместе с ним, вы подтверждаете, что сертификат принадлежит вам."
            )
        default:
            return CertificateLabels(
                title: "Certificate", certifies: "This certifies that", completed: "has successfully completed the course",
                score: "Final exam score", date: "Date of issue", validUntil: "Valid until",
                code: "Certificate code", issuer: "Issued by", howToVerify: "How to verify",
                verifyText: "This certificate is a digitally signed credential (Open Badges 3.0). Its file can be checked offline:",
                lookupText: "The issuer finds it by its code:", revoked: "REVOKED",
                holderCode: "Holder code",
                holderCodeText: "Only the holder's copy carries this code: shown to a verifier with your IIN, it proves the certificate is yours."
            )
        }
    }
}
