import ArgumentParser
import Certificates
import Foundation
import SanaStore

struct CertPublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the static verification site: the page, the trust file, a fresh status list and every certificate by its code.",
        discussion: """
            Any static web host or CDN serves DIR as it is; index.html#CODE checks a certificate in the \
            browser, also from a copy of DIR opened from disk. Certificates are at c/<first two characters>/<code>.jwt; \
            nothing lists them. Publishing again writes only what changed. The status list is trusted until its \
            validUntil (printed): publish again before then, and after every revocation.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @OptionGroup var key: KeyOptions
    @Argument(help: ArgumentHelp("The site's folder (created if missing).", valueName: "dir")) var dir: UserPath
    @Flag(help: "Print what was published as JSON.") var json = false

    func validate() throws {
        // Everything in DIR goes on the web: never the store or the private keys.
        let site = Self.resolved(dir.absolute)
        let keyFolder = (key.path(storePath: store.path) as NSString).deletingLastPathComponent
        for (inside, what) in [(store.path, "the store"), (key.path(storePath: store.path), "the signing key"), (keyFolder + "/", "the signing keys' folder")] {
            let resolved = Self.resolved(inside)
            if resolved == site || resolved.hasPrefix(site.hasSuffix("/") ? site : site + "/") {
                throw ValidationError("\(dir) holds \(what) (\(inside)), and everything in it is published: choose another folder")
            }
        }
    }

    func run() throws {
        let store = try store.open()
        let signer = try SigningKeys(store: store).signer(keyPath: key.path(storePath: store.path))
        let published = try VerificationSite(store: store, signer: signer).publish(to: dir.absolute)
        if json {
            try Output.json(published)
            return
        }
        let texts = lang.texts(store: store)
        Output.line(texts(CertMessage.published, count: published.certificates, [
            "folder": published.folder, "written": String(published.certificatesWritten), "unchanged": String(published.certificatesUnchanged),
            "others": String(published.otherFilesWritten + published.otherFilesUnchanged),
            "othersWritten": String(published.otherFilesWritten), "othersUnchanged": String(published.otherFilesUnchanged),
        ]))
        Output.line(texts(CertMessage.publishedStatusList, [
            "url": published.statusList, "entries": String(published.statusListEntries), "revoked": String(published.revoked),
            "time": texts.dateTime(published.statusListValidUntil),
        ]))
    }

    /// The path with every symbolic link in it resolved, as far as it exists.
    static func resolved(_ path: String) -> String {
        var existing = path
        var rest: [String] = []
        while !existing.isEmpty, existing != "/", access(existing, F_OK) != 0 {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let real = realpath(existing.isEmpty ? "/" : existing, nil) else { return path }
        defer { free(real) }
        return ([String(cString: real)] + rest).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }
}
