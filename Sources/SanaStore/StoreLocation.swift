import Foundation

/// Where the store lives: `--db PATH`, else `$SANA_DB`, else `$XDG_DATA_HOME/sana/sana.db`,
/// else `~/.local/share/sana/sana.db`. Relative paths are taken from the working directory.
package enum StoreLocation {
    package static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty {
            return absolute(explicit)
        }
        if let fromEnvironment = environment["SANA_DB"], !fromEnvironment.isEmpty {
            return absolute(fromEnvironment)
        }
        return dataFolder(environment: environment) + "/sana.db"
    }

    /// sana's data folder: where the default store and the signing keys live.
    package static func dataFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/sana"
        }
        return home(environment: environment) + "/.local/share/sana"
    }

    static func home(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty {
            return home
        }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
            return String(cString: dir)
        }
        return "/"
    }

    package static func absolute(_ path: String) -> String {
        let expanded = path.hasPrefix("~/") ? home(environment: ProcessInfo.processInfo.environment) + path.dropFirst() : path
        if expanded.hasPrefix("/") {
            return URL(fileURLWithPath: expanded).standardizedFileURL.path
        }
        let cwd = FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: cwd + "/" + expanded).standardizedFileURL.path
    }
}
