/// The kinds of question sana supports, as GIFT writes them.
package enum QuestionType: String, Codable, Sendable, CaseIterable {
    /// Multiple choice, one right answer (`=right ~wrong`).
    case choice
    /// Multiple answers with partial credit (`~%50%a ~%50%b ~%-100%c`).
    case multi
    /// True/false (`{T}`, `{FALSE}`).
    case truefalse
    /// Short answer: one or more accepted answers, compared after folding.
    case short
    /// A number, with a tolerance (`#1956:0`) or a range (`#1..5`).
    case numeric
    /// Matching pairs (`=term -> description`).
    case matching
}
