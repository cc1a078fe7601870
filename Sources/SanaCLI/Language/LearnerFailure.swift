/// An error a learner meets, already said in their language (prefix included): printed to
/// stderr as it is, exit status 1.
struct LearnerFailure: Error {
    let line: String
}
