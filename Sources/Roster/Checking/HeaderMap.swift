import Foundation

/// Which column of a roster holds which field: from the header's names (English, Russian,
/// Kazakh aliases) and `--map COLUMN=FIELD` overrides.
package struct HeaderMap: Sendable, Equatable {
    package let headers: [String]
    package let columns: [RosterField: Int]
    /// Header names that mean nothing to sana; ignored (with one warning).
    package let unknown: [String]

    package init(headers rawHeaders: [String], overrides: [String: RosterField] = [:], path: String) throws(RosterError) {
        let headers = rawHeaders.map { $0.trimmingCharacters(in: .whitespaces) }
        self.headers = headers
        for column in overrides.keys where !headers.contains(column) {
            throw .mapUnknownColumn(path: path, column: column)
        }
        if let marked = headers.first(where: { ByteOrderMark.find(in: $0) != nil }) {
            throw .byteOrderMarkInHeader(path: path, header: ByteOrderMark.removed(from: marked))
        }
        if let garbled = headers.first(where: { $0.contains("?") || $0.unicodeScalars.contains("\u{FFFD}") }) {
            throw .lostLettersInHeader(path: path, header: garbled)
        }
        var found: [RosterField: [Int]] = [:]
        var unknown: [String] = []
        for (index, header) in headers.enumerated() {
            if let field = overrides[header] ?? RosterField.named(header) {
                found[field, default: []].append(index)
            } else if !header.isEmpty {
                unknown.append(header)
            }
        }
        for (field, indexes) in found where indexes.count > 1 {
            throw .duplicateColumn(path: path, field: field.rawValue, columns: indexes.map { headers[$0] })
        }
        columns = found.mapValues { $0[0] }
        self.unknown = unknown
        if columns[.iin] == nil {
            throw .missingColumn(path: path, field: "iin", looked: ["iin", "ИИН", "ЖСН"])
        }
        if columns[.fullName] == nil {
            if columns[.lastName] == nil {
                throw .missingColumn(path: path, field: "last_name", looked: ["last_name", "surname", "Фамилия", "Тегі", "ФИО"])
            }
            if columns[.firstName] == nil {
                throw .missingColumn(path: path, field: "first_name", looked: ["first_name", "Имя", "Аты", "ФИО"])
            }
        }
    }

    package func has(_ field: RosterField) -> Bool {
        columns[field] != nil
    }

    /// Whether rows can set the middle name: an own column, or a ФИО column the names come from.
    var setsMiddleName: Bool {
        has(.middleName) || (has(.fullName) && !has(.lastName) && !has(.firstName))
    }

    /// Parses one `--map COLUMN=FIELD`.
    package static func mapping(_ text: String) throws(RosterError) -> (column: String, field: RosterField) {
        guard let equals = text.lastIndex(of: "="),
              let field = RosterField(rawValue: text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces).lowercased())
        else { throw .badMapping(text) }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty else { throw .badMapping(text) }
        return (column, field)
    }
}
