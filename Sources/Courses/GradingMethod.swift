/// Which attempt's score counts when a learner sits the exam more than once.
package enum GradingMethod: String, Codable, Sendable, CaseIterable {
    case highest, last
}
