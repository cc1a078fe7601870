import Foundation

/// A size in words for messages: `512 bytes`, `64 KB`, `1 MB`, `2.5 GB` (powers of 1024).
package enum ByteCountText {
    package static func text(_ bytes: Int) -> String {
        let units = ["KB", "MB", "GB", "TB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let shown = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        return "\(shown) \(units[unit])"
    }
}
