/// Which learners `sana learner codes` issues codes to: the filters combine (all must match; the
/// learners listed are one filter: any of them); with none, every learner.
package struct AccessCodeSelection: Sendable, Equatable {
    package var institution: String?
    package var cohort: String?
    package var learners: [IIN]
    /// Only learners who have no access code yet (those added since the codes were handed out).
    package var withoutCode: Bool

    package init(institution: String? = nil, cohort: String? = nil, learners: [IIN] = [], withoutCode: Bool = false) {
        self.institution = institution
        self.cohort = cohort
        self.learners = learners
        self.withoutCode = withoutCode
    }

    /// One learner.
    package init(institution: String? = nil, cohort: String? = nil, learner: IIN) {
        self.init(institution: institution, cohort: cohort, learners: [learner])
    }

    package var isEverybody: Bool {
        institution == nil && cohort == nil && learners.isEmpty
    }

    /// The filters in words, for messages and the audit trail.
    package var summary: String {
        var parts: [String] = []
        if let institution { parts.append("institution \(institution)") }
        if let cohort { parts.append("cohort \(cohort)") }
        if learners.count == 1 { parts.append("learner \(learners[0].digits)") }
        if learners.count > 1 { parts.append("learners \(learners.map(\.digits).joined(separator: ", "))") }
        if withoutCode { parts.append("without a code") }
        return parts.isEmpty ? "every learner" : parts.joined(separator: ", ")
    }
}
