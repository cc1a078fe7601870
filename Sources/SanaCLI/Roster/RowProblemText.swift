import Enrollment
import Roster

/// A row's problems in the reader's language, from `RowMessage`.
extension Texts {
    /// Every problem of a diagnostic, joined as the language joins them.
    func row(_ diagnostic: RowDiagnostic) -> String {
        diagnostic.problems.map(row).joined(separator: self(RowMessage.joiner))
    }

    /// Names offered as alternatives, quoted and joined as the language does: `'A' or 'B'`, «A» или «B».
    func alternatives(_ names: [String]) -> String {
        names.map { self(RowMessage.quoted, ["value": $0]) }.joined(separator: self(RowMessage.or))
    }

    func row(_ problem: RowProblem) -> String {
        switch problem {
        case .field(let field): return self.field(field)
        case .notUTF8(let column): return self(RowMessage.notUTF8, ["column": column])
        case .byteOrderMark(let column, let value, let atStart):
            return self(atStart ? RowMessage.byteOrderMarkStart : RowMessage.byteOrderMarkInside, ["column": column, "value": value])
        case .fullNameMissing: return self(RowMessage.fullNameMissing)
        case .universityMissing: return self(RowMessage.universityMissing)
        case .courseMissing: return self(RowMessage.courseMissing)
        case .unknownCourse(let course): return self(RowMessage.unknownCourse, ["course": course])
        case .repeatsLine(let iin, let line): return self(RowMessage.repeatsLine, ["iin": iin, "line": String(line)])
        case .iinRepaired(.leadingZeros(let given, let zeros), let iin):
            let values = ["given": given, "digits": String(given.count), "zeros": String(zeros), "iin": iin]
            return self(zeros == 1 ? RowMessage.iinRestoredZero : RowMessage.iinRestoredZeros, values)
        case .iinRepaired(.spaces(let given, let kinds), let iin):
            return self(RowMessage.iinRemovedSpaces, ["given": given, "spaces": spaces(kinds), "iin": iin])
        case .newUniversity(let name, let suggestions):
            return self(RowMessage.newUniversity, ["name": name, "suggestions": alternatives(suggestions)])
        case .unknownClassCourse(let classID, let course, let students):
            return self(RowMessage.unknownClassCourse, count: students, ["classID": classID, "course": course])
        case .text(let text): return text
        }
    }

    func field(_ problem: FieldProblem) -> String {
        switch problem {
        case .iin(let iin): return self.iin(iin)
        case .missing(let field): return self(RowMessage.fieldMissing, ["field": fieldName(field)])
        case .tooLong(let field, let limit): return self(RowMessage.fieldTooLong, ["field": fieldName(field), "limit": String(limit)])
        case .controlCharacter(let field): return self(RowMessage.fieldControl, ["field": fieldName(field)])
        case .lostLetters(let field, let value): return self(RowMessage.fieldLostLetters, ["field": fieldName(field), "value": value])
        case .badEmail(let value): return self(RowMessage.badEmail, ["value": value])
        case .badLocale(let value): return self(RowMessage.badLocale, ["value": value])
        }
    }

    func iin(_ problem: IIN.Problem) -> String {
        switch problem {
        case .missing: return self(RowMessage.iinMissing)
        case .notDigits(let value): return self(RowMessage.iinNotDigits, ["value": value])
        case .wrongLength(let value): return self(RowMessage.iinWrongLength, ["value": value, "digits": String(value.count)])
        case .badCentury(let value):
            let digit = value.dropFirst(6).first.map(String.init) ?? ""
            return self(RowMessage.iinBadCentury, ["value": value, "digit": digit])
        case .badDate(let value): return self(RowMessage.iinBadDate, ["value": value, "date": String(value.prefix(6))])
        case .neverIssued(let value): return self(RowMessage.iinNeverIssued, ["value": value])
        case .badCheckDigit(let value): return self(RowMessage.iinBadCheckDigit, ["value": value])
        case .scientificNotation(let value): return self(RowMessage.iinScientific, ["value": value])
        case .lostLeadingZeros(let value): return self(RowMessage.iinLostZeros, ["value": value, "digits": String(value.count)])
        case .spaces(let value, let kinds): return self(RowMessage.iinSpaces, ["value": value, "spaces": spaces(kinds)])
        }
    }

    private func spaces(_ kinds: [IIN.SpaceKind]) -> String {
        kinds.map { kind -> String in
            switch kind {
            case .space: return self(RowMessage.spaceSpace)
            case .tab: return self(RowMessage.spaceTab)
            case .noBreak: return self(RowMessage.spaceNoBreak)
            case .narrowNoBreak: return self(RowMessage.spaceNarrowNoBreak)
            case .other: return self(RowMessage.spaceOther)
            }
        }.joined(separator: ", ")
    }

    /// The names `LearnerFields` gives fields, in the reader's language; others as they are.
    private func fieldName(_ field: String) -> String {
        let names: [String: RowMessage] = [
            "last name": .fieldLastName, "first name": .fieldFirstName, "middle name": .fieldMiddleName, "university": .fieldUniversity,
            "faculty": .fieldFaculty, "group": .fieldGroup, "cohort": .fieldCohort, "student number": .fieldStudentNumber,
        ]
        return names[field].map { self($0) } ?? field
    }
}
