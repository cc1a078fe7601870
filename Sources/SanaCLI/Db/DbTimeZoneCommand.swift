import ArgumentParser
import Foundation
import SanaStore

struct DbTimeZoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time-zone",
        abstract: "Show or set the time zone learners read times in (default Asia/Almaty).",
        discussion: """
            Lockouts, deadlines and the next attempt are shown to learners in this zone, with the
            zone named: '7 December 2026, 14:32 (Asia/Almaty, UTC+5)'. $TZ, when it names a zone,
            overrides it for one process (a learner abroad). The zone is an IANA name such as
            Asia/Almaty, Asia/Qyzylorda or Europe/Moscow, or UTC.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lang: LanguageOption
    @Argument(help: ArgumentHelp("The zone to set, such as Asia/Almaty (omit it to show the current one).", valueName: "zone"))
    var zone: String?

    func validate() throws {
        if let zone, LocalTime.zone(named: zone) == nil {
            throw ValidationError("'\(zone)' is not a time zone: give an IANA name such as Asia/Almaty, or UTC")
        }
    }

    func run() throws {
        guard let zone else {
            let opened = try store.openReadOnly()
            let setting = try opened.timeZoneSetting()
            let time = LocalTime.resolve(setting: setting, environment: [:])
            let values = ["zone": time.name, "offset": time.offset(at: Date())]
            Output.line(setting == nil ? lang.texts(store: opened)(AdminMessage.zoneDefault, values) : "\(time.name) (\(time.offset(at: Date())))")
            return
        }
        let opened = try store.open()
        try opened.setTimeZone(zone)
        let time = LocalTime.resolve(setting: zone, environment: [:])
        Output.line(lang.texts(store: opened)(AdminMessage.zoneSet, ["zone": time.name, "offset": time.offset(at: Date())]))
    }
}
