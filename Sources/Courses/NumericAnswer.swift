/// One accepted answer of a `numeric` question: a value with a tolerance, or a range.
public struct NumericAnswer: Codable, Sendable, Equatable {
    /// How the answer was written, so that it is written back the same way.
    public enum Form: String, Codable, Sendable {
        /// `value:tolerance` (a bare value has tolerance 0)
        case tolerance
        /// `min..max`
        case range
    }

    public var form: Form
    /// The value (`tolerance` form) or the range's midpoint (`range` form).
    public var value: Double
    public var tolerance: Double
    public var min: Double
    public var max: Double
    /// Credit in percent, 0...100.
    public var credit: Double
    public var feedback: String?

    public static func tolerance(_ value: Double, _ tolerance: Double = 0, credit: Double = 100, feedback: String? = nil) -> NumericAnswer {
        NumericAnswer(form: .tolerance, value: value, tolerance: tolerance, min: value - tolerance, max: value + tolerance, credit: credit, feedback: feedback)
    }

    public static func range(_ min: Double, _ max: Double, credit: Double = 100, feedback: String? = nil) -> NumericAnswer {
        NumericAnswer(form: .range, value: (min + max) / 2, tolerance: (max - min) / 2, min: min, max: max, credit: credit, feedback: feedback)
    }

    /// Whether `number` is accepted by this answer (bounds included).
    public func accepts(_ number: Double) -> Bool {
        number >= min && number <= max
    }
}
