/// One accepted answer of a `numeric` question: a value with a tolerance, or a range.
package struct NumericAnswer: Codable, Sendable, Equatable {
    /// How the answer was written, so that it is written back the same way.
    package enum Form: String, Codable, Sendable {
        /// `value:tolerance` (a bare value has tolerance 0)
        case tolerance
        /// `min..max`
        case range
    }

    package var form: Form
    /// The value (`tolerance` form) or the range's midpoint (`range` form).
    package var value: Double
    package var tolerance: Double
    package var min: Double
    package var max: Double
    /// Credit in percent, 0...100.
    package var credit: Double
    package var feedback: String?

    package static func tolerance(_ value: Double, _ tolerance: Double = 0, credit: Double = 100, feedback: String? = nil) -> NumericAnswer {
        NumericAnswer(form: .tolerance, value: value, tolerance: tolerance, min: value - tolerance, max: value + tolerance, credit: credit, feedback: feedback)
    }

    package static func range(_ min: Double, _ max: Double, credit: Double = 100, feedback: String? = nil) -> NumericAnswer {
        NumericAnswer(form: .range, value: (min + max) / 2, tolerance: (max - min) / 2, min: min, max: max, credit: credit, feedback: feedback)
    }

    /// Whether `number` is accepted by this answer (bounds included).
    package func accepts(_ number: Double) -> Bool {
        number >= min && number <= max
    }
}
