import Courses
import Testing

/// `glossary.yaml`: read with the package, checked with real line numbers, one term per id, every
/// term and definition in every language the course offers.
@Suite struct GlossaryTests {
    static let glossary = """
        terms:
          - id: label
            kk: белгі
            en: label
            definition:
              kk: Оқыту мысалына тіркелген дұрыс жауап.
              en: The right answer attached to a training example.
          - id: feature
            kk: сипаттама
            en: feature
            definition:
              kk: Мысалдың өлшенетін қасиеті.
              en: A measurable property of an example.

        """

    func fixture(_ edit: (PackageFixture) -> Void = { _ in }) -> PackageFixture {
        let fixture = PackageFixture()
        fixture.files["glossary.yaml"] = GlossaryTests.glossary
        edit(fixture)
        return fixture
    }

    @Test func isReadIntoTheGlossaryAndHashed() throws {
        let package = try fixture().load()
        #expect(package.diagnostics == [])
        #expect(package.glossary == Glossary(terms: [
            GlossaryTerm(id: "label", term: [.kk: "белгі", .en: "label"],
                         definition: [.kk: "Оқыту мысалына тіркелген дұрыс жауап.", .en: "The right answer attached to a training example."]),
            GlossaryTerm(id: "feature", term: [.kk: "сипаттама", .en: "feature"],
                         definition: [.kk: "Мысалдың өлшенетін қасиеті.", .en: "A measurable property of an example."]),
        ]))
        #expect(package.files.contains("glossary.yaml"))
        let without = try PackageFixture().load()
        #expect(without.glossary == nil)
        #expect(without.contentSHA256 != package.contentSHA256)
    }

    @Test func yamlSyntaxErrorHasItsLine() throws {
        let found = try fixture { $0.edit("glossary.yaml", "  - id: feature", "  - id: [feature") }.diagnostics()
        #expect(found == ["glossary.yaml:9: error: YAML: did not find expected ',' or ']'"])
    }

    @Test func unknownKeys() throws {
        let found = try fixture {
            $0.edit("glossary.yaml", "    en: feature\n", "    en: feature\n    de: Merkmal\n")
            $0.edit("glossary.yaml", "      en: The right", "      fr: La bonne\n      en: The right")
        }.diagnostics()
        #expect(found == [
            "glossary.yaml:7: error: unknown key 'fr' in the definition of term label (expected one of: kk, en)",
            "glossary.yaml:12: error: unknown key 'de' in term feature (expected one of: id, kk, en, definition)",
        ])
        let top = try fixture { $0.edit("glossary.yaml", "terms:", "term:") }.diagnostics()
        #expect(top == [
            "glossary.yaml:1: error: unknown key 'term' in glossary.yaml (expected one of: terms)",
            "glossary.yaml:1: error: missing key 'terms' in glossary.yaml",
        ])
    }

    @Test func aLanguageTheCourseDoesNotOfferIsAnUnknownKey() throws {
        let found = try fixture { $0.edit("glossary.yaml", "    en: label\n", "    en: label\n    ru: метка\n") }.diagnostics()
        #expect(found == ["glossary.yaml:5: error: unknown key 'ru' in term label (expected one of: id, kk, en, definition)"])
    }

    @Test func duplicateIdsAndKeys() throws {
        let found = try fixture { $0.edit("glossary.yaml", "  - id: feature", "  - id: label") }.diagnostics()
        #expect(found == ["glossary.yaml:8: error: duplicate term id label (first at line 2)"])
        let key = try fixture { $0.edit("glossary.yaml", "    kk: белгі\n", "    kk: белгі\n    kk: таңба\n") }.diagnostics()
        #expect(key == ["glossary.yaml:4: error: duplicate key 'kk': it is already set on line 3"])
    }

    @Test func aTermOrDefinitionMissingInOneLanguage() throws {
        let found = try fixture {
            $0.edit("glossary.yaml", "    en: label\n", "")
            $0.edit("glossary.yaml", "      kk: Мысалдың өлшенетін қасиеті.\n", "")
        }.diagnostics()
        #expect(found == [
            "glossary.yaml:2: error: term label is missing in en",
            "glossary.yaml:10: error: the definition of term feature is missing in kk",
        ])
        let noDefinition = try fixture {
            $0.edit("glossary.yaml", "    definition:\n      kk: Мысалдың өлшенетін қасиеті.\n      en: A measurable property of an example.\n", "")
        }.diagnostics()
        #expect(noDefinition == ["glossary.yaml:8: error: term feature has no definition: add 'definition:' with the text in kk, en"])
    }

    @Test func idsAreCheckedAndValuesAreText() throws {
        let found = try fixture {
            $0.edit("glossary.yaml", "  - id: feature", "  - id: Feature Name")
            $0.edit("glossary.yaml", "    kk: белгі", "    kk: [белгі]")
        }.diagnostics()
        #expect(found == [
            "glossary.yaml:3: error: 'label.kk' must be text",
            "glossary.yaml:8: error: term id 'Feature Name' must be lowercase letters, digits, '-' and '_'",
        ])
        let noId = try fixture { $0.edit("glossary.yaml", "  - id: label\n    kk: белгі", "  - kk: белгі") }.diagnostics()
        #expect(noId == ["glossary.yaml:2: error: term 1 has no id: add 'id:' (lowercase letters, digits, '-' and '_')"])
        let empty = try fixture { $0.files["glossary.yaml"] = "# nothing yet\n" }.diagnostics()
        #expect(empty == ["glossary.yaml:1: error: glossary.yaml is empty: list the course's terms under 'terms'"])
    }
}
