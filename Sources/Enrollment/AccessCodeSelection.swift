/// Which learners `sana learner codes` issues codes to: the filters combine (all must match);
/// with none, every learner.
public struct AccessCodeSelection: Sendable, Equatable {
    public var institution: String?
    public var cohort: String?
    public var learner: IIN?

    public init(institution: String? = nil, cohort: String? = nil, learner: IIN? = nil) {
        self.institution = institution
        self.cohort = cohort
        self.learner = learner
    }

    public var isEverybody: Bool {
        institution == nil && cohort == nil && learner == nil
    }

    /// The filters in words, for messages and the audit trail.
    public var summary: String {
        var parts: [String] = []
        if let institution { parts.append("institution \(institution)") }
        if let cohort { parts.append("cohort \(cohort)") }
        if let learner { parts.append("learner \(learner.digits)") }
        return parts.isEmpty ? "every learner" : parts.joined(separator: ", ")
    }
}
