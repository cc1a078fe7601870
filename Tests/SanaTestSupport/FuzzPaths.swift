import Foundation

/// Where the fuzzers' seed inputs and regression inputs live in the repository.
package enum FuzzPaths {
    /// The repository, found from this file's path (Tests/SanaTestSupport/FuzzPaths.swift).
    package static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Tests/Fuzz`: `corpus/` (seed inputs that are not shipped files) and `regressions/<target>/`.
    package static let fuzz = repository + "/Tests/Fuzz"

    /// Every file of a folder of the repository, by name.
    package static func files(in folder: String, suffix: String = "") -> [(name: String, bytes: [UInt8])] {
        let path = folder.hasPrefix("/") ? folder : repository + "/" + folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: path + "/" + name).map { (name, [UInt8]($0)) }
        }
    }
}
