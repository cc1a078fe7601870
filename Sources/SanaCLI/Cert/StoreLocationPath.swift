import Foundation

/// Paths given on the command line, made absolute from the working directory.
enum StoreLocationPath {
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
