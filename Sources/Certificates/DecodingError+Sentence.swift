import Foundation

extension DecodingError {
    /// What is wrong with a JSON file, in words a person can act on (not Swift's dump of the error).
    var sentence: String {
        func place(_ path: [any CodingKey]) -> String {
            let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "the top level" : "\"" + names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + "\""
        }
        switch self {
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? "" : " in \(place(context.codingPath))"
            return "the field \"\(key.stringValue)\" is missing\(at)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(place(context.codingPath)) should be \(Self.kind(type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not valid JSON" : "\(place(context.codingPath)) has a value that cannot be read"
        @unknown default:
            return "it cannot be read"
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Int64.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "a list" : name.hasPrefix("Dictionary") ? "an object" : "an object"
        }
    }
}
