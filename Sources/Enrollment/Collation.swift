import Foundation

/// Alphabetical order for names as a Kazakh or Russian reader expects it (what ICU's kk and ru
/// collations do for names, without ICU): Cyrillic in the Kazakh alphabet's order
/// А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ Ц Ч Ш Щ Ъ Ы І Ь Э Ю Я,
/// which keeps the Russian letters in the Russian order; Ё sorts with Е, as Russian dictionaries
/// do (Елкин before Ёлкин before Ершов); other Cyrillic letters after Я; Latin after Cyrillic,
/// accents ignored but for ties; spaces, then punctuation (a hyphen, an apostrophe), then digits
/// before letters, so "Абай" < "Абай-Ұлы" < "Абайұлов" as ICU has it. Case counts only to break
/// ties (small first), and a last tie is broken by the code points, so the order is total and
/// the same on every run.
package enum Collation {
    /// The Kazakh alphabet, capitals, in order.
    package static let alphabet: [Character] = Array("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ")

    /// A string's weights, compared level by level: letters, then accents (Ё after Е), then
    /// case (small before capital), then the code points.
    package struct Key: Comparable, Sendable {
        let primary: [UInt32]
        let secondary: [UInt8]
        let tertiary: [UInt8]
        let scalars: [UInt32]

        package static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.primary != rhs.primary { return lhs.primary.lexicographicallyPrecedes(rhs.primary) }
            if lhs.secondary != rhs.secondary { return lhs.secondary.lexicographicallyPrecedes(rhs.secondary) }
            if lhs.tertiary != rhs.tertiary { return lhs.tertiary.lexicographicallyPrecedes(rhs.tertiary) }
            return lhs.scalars.lexicographicallyPrecedes(rhs.scalars)
        }
    }

    package static func key(_ text: String) -> Key {
        var primary: [UInt32] = [], secondary: [UInt8] = [], tertiary: [UInt8] = []
        for scalar in text.unicodeScalars {
            let upper = capital(scalar)
            let isCapital = upper == scalar && upper != lower(scalar)
            if let weight = cyrillic[upper] {
                primary.append(weight.primary)
                secondary.append(weight.secondary)
            } else if (0x400...0x52F).contains(upper.value) {
                primary.append(cyrillicBase + UInt32(alphabet.count) + upper.value)
                secondary.append(0)
            } else if let (letter, accented) = latin(upper) {
                primary.append(latinBase + letter)
                secondary.append(accented ? 1 : 0)
            } else if ("0"..."9").contains(scalar) {
                primary.append(digitBase + scalar.value - 0x30)
                secondary.append(0)
            } else if scalar.properties.isWhitespace {
                primary.append(spaceWeight)
                secondary.append(0)
            } else if scalar.properties.generalCategory.isPunctuation {
                primary.append(punctuationWeight)
                secondary.append(0)
            } else {
                primary.append(otherBase + scalar.value)
                secondary.append(0)
            }
            tertiary.append(isCapital ? 1 : 0)
        }
        return Key(primary: primary, secondary: secondary, tertiary: tertiary, scalars: text.unicodeScalars.map(\.value))
    }

    /// Whether `a` sorts before `b`.
    package static func precedes(_ a: String, _ b: String) -> Bool {
        key(a) < key(b)
    }

    /// `items` ordered by their `fields` (last name, first name, ...), each compared in turn.
    package static func sorted<T>(_ items: [T], by fields: (T) -> [String]) -> [T] {
        items.map { (item: $0, keys: fields($0).map(key)) }
            .sorted { $0.keys.lexicographicallyPrecedes($1.keys) }
            .map(\.item)
    }

    private static let spaceWeight: UInt32 = 0x10
    private static let punctuationWeight: UInt32 = 0x20
    private static let digitBase: UInt32 = 0x100
    private static let cyrillicBase: UInt32 = 0x1000
    private static let latinBase: UInt32 = 0x3000
    private static let otherBase: UInt32 = 0x10000

    /// Primary and secondary weights of the alphabet's capitals: Ё weighs as Е, one accent more.
    private static let cyrillic: [Unicode.Scalar: (primary: UInt32, secondary: UInt8)] = {
        var weights: [Unicode.Scalar: (primary: UInt32, secondary: UInt8)] = [:]
        var index: UInt32 = 0
        for letter in alphabet {
            let scalar = letter.unicodeScalars.first!
            if letter == "Ё" {
                weights[scalar] = (weights["Е"]!.primary, 1)
                continue
            }
            weights[scalar] = (cyrillicBase + index, 0)
            index += 1
        }
        return weights
    }()

    private static func capital(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : scalar
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : scalar
    }

    /// A Latin capital's letter (0 for A) and whether it carries an accent (É, Ç, Ö, ...).
    private static func latin(_ capital: Unicode.Scalar) -> (UInt32, Bool)? {
        if ("A"..."Z").contains(capital) { return (capital.value - 0x41, false) }
        guard (0xC0...0x24F).contains(capital.value),
              let base = String(capital).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              ("A"..."Z").contains(base) else { return nil }
        return (base.value - 0x41, true)
    }
}

fileprivate extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
