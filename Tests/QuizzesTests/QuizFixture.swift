import Courses
import Enrollment
import Foundation
import GRDB
import Quizzes
import SanaStore
import SanaTestSupport

/// A store with a small course (kk and en; pools `a` of 4 questions drawing 2, `b` of 3 drawing 2;
/// every question type) and one enrolled learner.
final class QuizFixture {
    static let iin = try! IIN("040115500005")
    let test: TestStore
    var store: Store { test.store }
    let sessions: QuizSessions

    static let english = [
        "a.en.gift": """
            ::a1::Is the sky blue?{T####Usually.}

            ::a2::Pick the even number.{=2#Right. ~3#Odd. ~%50%4.5#Close. ~5#Odd.}

            ::a3::Which are AI methods?{~%50%machine learning ~%50%neural networks ~%-100%astrology}

            ::a4::Capital of Kazakhstan?{=Astana =%50%Nur-Sultan =Астана}

            """,
        "b.en.gift": """
            ::b1::Year of the Dartmouth workshop?{#=1956:0 =%50%1956:2}

            ::b2::A number from 1 to 5?{#1..5}

            ::b3::Match.{=cat -> meow =dog -> woof =cow -> moo = -> quack}

            """,
    ]

    /// `practice`: files of practice/ (`01-one.en.gift`: ...), written as they are.
    init(exam: String = "time_limit_minutes: 30\n  attempts: 2\n  cooldown_minutes: 60\n  pass_mark: 70\n  grading: highest\n  review: answers",
         enroll: Bool = true, practice: [String: String] = [:]) throws {
        test = try TestStore()
        let folder = test.folder
        try folder.write("c/course.yaml", """
            id: mini
            languages: [en, kk]
            title:
              en: Mini
              kk: Шағын
            description:
              en: Test.
              kk: Сынақ.
            lessons:
              - 01-one
            exam:
              pools:
                - pool: a
                  draw: 2
                - pool: b
                  draw: 2
              \(exam)

            """)
        try folder.write("c/lessons/01-one.en.md", "# One\n\nText.\n")
        try folder.write("c/lessons/01-one.kk.md", "# Бір\n\nМәтін.\n")
        for (name, text) in QuizFixture.english {
            try folder.write("c/questions/\(name)", text)
            try folder.write("c/questions/\(name.replacingOccurrences(of: ".en.", with: ".kk."))", text)
        }
        for (name, text) in practice {
            try folder.write("c/practice/\(name)", text)
        }
        let package = try CoursePackage.load(folder.file("c"))
        precondition(!package.diagnostics.contains { $0.description.contains("error") }, "\(package.diagnostics)")
        _ = try CourseImporter(store: test.store).importPackage(package)
        if enroll {
            try Learners(store: test.store).add(
                try LearnerDraft(iin: QuizFixture.iin.digits, lastName: "Серікова", firstName: "Айгерім", institution: "ҚазҰУ", locale: "kk"),
                course: "mini")
        }
        sessions = QuizSessions(store: test.store)
    }

    /// The right response to each question of the fixture, in source terms.
    static let right: [String: Response] = [
        "a1": .truefalse(true), "a2": .choice(0), "a3": .multi([0, 1]), "a4": .short("astana"),
        "b1": .numeric(1956), "b2": .numeric(3), "b3": .matching([0, 1, 2]),
    ]

    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try store.read { try Row.fetchAll($0, sql: sql, arguments: arguments) }
    }
}

/// Time in whole minutes from a fixed start, for policy tests without waiting.
struct Clock {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func minutes(_ value: Double) -> Date {
        start.addingTimeInterval(value * 60)
    }
}
