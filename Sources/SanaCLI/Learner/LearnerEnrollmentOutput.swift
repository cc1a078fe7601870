import Enrollment

/// What `learner withdraw` and `reinstate` print: a sentence, or the enrollment as JSON
/// (`iin`, `course`, `status`, `cohort`, `enrolled_at`, `completed_at`, `withdrawn_at`).
enum LearnerEnrollmentOutput {
    private struct Report: Encodable {
        let iin: String
        let enrollment: LearnerProfile.Enrollment

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(iin, forKey: .iin)
            try enrollment.encode(to: encoder)
        }

        enum CodingKeys: String, CodingKey {
            case iin
        }
    }

    static func print(
        _ learner: LearnerProfile, course: String, json: Bool, texts: Texts, sentence: (Texts, LearnerProfile.Enrollment) -> String
    ) throws {
        guard let enrollment = learner.enrollments.first(where: { $0.course == course }) else { return }
        if json {
            try Output.json(Report(iin: learner.iin, enrollment: enrollment))
            return
        }
        Output.line(sentence(texts, enrollment))
    }
}
