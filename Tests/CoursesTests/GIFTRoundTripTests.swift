import Courses
import Foundation
import Testing

/// parse → export → parse gives the same questions, for each type and for the shipped banks.
@Suite struct GIFTRoundTripTests {
    static let samples: [String] = [
        "::choice::Which one?{\n=right#Yes\\: right.\n~wrong#No.\n~%25%half right\n####General\\: feedback.}",
        "::choice-no-full::Which one?{=%50%half ~wrong}",
        "::multi::Pick two.{~%50%a#yes ~%50%b ~%-33.33333%c ~d}",
        "::tf::Sky is blue.{T}",
        "::tf-feedback::Sky is green.{F#It is blue.#Right.####Rayleigh scattering.}",
        "::tf-right-only::Water is wet.{T##Yes.}",
        "::short::Capital?{=Astana =%50%Nur-Sultan#Former name. =Астана####Since 2019 and again since 2022.}",
        "::missing-word::The capital is {=Astana} today.",
        "::numeric::Year?{#1956:0####Dartmouth.}",
        "::numeric-feedback::Pi?{#3.14:0.005#Close.}",
        "::range::Between?{#-1.5..2.25}",
        "::numeric-many::Born?{#\n=1845:0#Right.\n=%50%1845:5#Close.\n~1900#No.\n}",
        "::matching::Match.{\n=AI -> The field\n=ML -> Learning\n= -> Distractor\n####ML is in AI.}",
        ##"::escapes\:id::Text with \= \~ \# \{ \} \: \\ and\na new line.{=a \= b#c \# d ~e \{f\}}"##,
    ]

    func roundTrip(_ questions: [Question], pool: String, language: Language) -> GIFTParser.Result {
        GIFTParser(file: "x", pool: pool, language: language).parse(GIFTExporter.export(questions, header: "exported"))
    }

    @Test(arguments: samples)
    func eachQuestionTypeSurvivesARoundTrip(_ sample: String) throws {
        let first = GIFTParser(file: "x", pool: "p", language: .kk).parse(sample)
        #expect(first.diagnostics == [])
        let question = try #require(first.questions.first)
        let second = roundTrip([question], pool: "p", language: .kk)
        #expect(second.diagnostics == [])
        #expect(second.questions == [question])
    }

    @Test func everyTypeIsCovered() {
        let types = Set(GIFTRoundTripTests.samples.flatMap { GIFTParser(file: "x", pool: "p", language: .en).parse($0).questions.map(\.type) })
        #expect(types == Set(QuestionType.allCases))
    }

    @Test func theShippedBanksSurviveARoundTrip() throws {
        let package = try CoursePackage.load(ShippedCourse.folder)
        #expect(!package.questions.isEmpty)
        for pool in package.pools {
            for language in package.definition?.languages ?? [] {
                let questions = package.questions.filter { $0.pool == pool && $0.language == language }
                let again = roundTrip(questions, pool: pool, language: language)
                #expect(again.diagnostics == [])
                #expect(again.questions == questions, "pool \(pool) in \(language)")
            }
        }
    }
}
