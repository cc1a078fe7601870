import Foundation

/// The repository's shipped course package, found from this file's path.
enum ShippedCourse {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("courses/ai-foundations").path
    }()
}
