import Foundation
import SanaCrypto
import SanaStore

/// A course package loaded from its folder (`courses/<id>/`): the definition, every lesson and
/// question in every language, the optional glossary and practice sets, and all the problems
/// found in them, each with its file and line.
///
/// Loading never stops at the first problem: `diagnostics` lists them all, and `hasErrors` says
/// whether the package may be imported.
package struct CoursePackage: Sendable {
    /// The folder as given; diagnostics name files under it.
    package let folder: String
    package internal(set) var definition: CourseDefinition?
    /// Lessons in course order, each in every language found.
    package internal(set) var lessons: [Lesson] = []
    /// Questions pool by pool (pools in exam order, then the rest by name), in file order.
    package internal(set) var questions: [Question] = []
    /// `glossary.yaml`, when the package has one and it reads without errors.
    package internal(set) var glossary: Glossary?
    /// Practice questions (`practice/NN-slug.<lang>.gift`), lesson by lesson in course order, each
    /// in every language found, in file order. Their `pool` is the lesson's slug.
    package internal(set) var practice: [Question] = []
    package internal(set) var diagnostics: [Diagnostic] = []
    /// SHA-256 over the package's files in a stable order (see `CoursePackage.contentHash`).
    package internal(set) var contentSHA256 = ""
    /// The package's files that the hash covers, relative to `folder`, sorted.
    package internal(set) var files: [String] = []

    // Provenance, for diagnostics.
    var definitionLines: [String: Int] = [:]
    var lessonFiles: [String: [Language: String]] = [:]
    var poolFiles: [String: [Language: String]] = [:]
    var entries: [String: [Language: [GIFTEntry]]] = [:]
    var practiceFiles: [String: [Language: String]] = [:]
    var practiceEntries: [String: [Language: [GIFTEntry]]] = [:]

    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The pool names found, in exam order then by name.
    package var pools: [String] {
        let drawn = definition?.exam.pools.map(\.pool) ?? []
        return drawn.filter { poolFiles[$0] != nil } + poolFiles.keys.filter { !drawn.contains($0) }.sorted()
    }

    /// The lessons with a practice set, by slug, in course order (then any not listed, by name).
    package var practiceSets: [String] {
        let order = definition?.lessons ?? []
        return order.filter { practiceFiles[$0] != nil } + practiceFiles.keys.filter { !order.contains($0) }.sorted()
    }

    /// The lesson number (1-based position in `lessons:`) a practice question belongs to.
    package func lessonPosition(ofPractice question: Question) -> Int? {
        definition?.lessons.firstIndex(of: question.pool).map { $0 + 1 }
    }

    /// The path of `relative` as diagnostics print it.
    func path(_ relative: String) -> String {
        folder + "/" + relative
    }

    init(folder: String) {
        var trimmed = folder
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.folder = trimmed
    }

    /// Loads and checks the package in `folder`. Throws only when the folder itself is missing;
    /// every problem in its content is a diagnostic.
    package static func load(_ folder: String) throws -> CoursePackage {
        var package = CoursePackage(folder: folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: package.folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CoursesError.packageNotFound(path: folder)
        }
        try package.readDefinition()
        try package.readLessons()
        try package.readQuestions()
        try package.readGlossary()
        try package.readPractice()
        package.contentSHA256 = try CoursePackage.contentHash(folder: package.folder, files: package.files)
        package.diagnostics += CourseChecker(package: package).check()
        package.diagnostics = CoursePackage.ordered(package.diagnostics)
        return package
    }

    /// Diagnostics by file, then line, errors before warnings on the same line.
    package static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.severity, a.offset) < (b.element.file, b.element.line, b.element.severity, b.offset)
        }.map(\.element)
    }

    /// SHA-256 over each file (course.yaml, lessons, questions, glossary.yaml, practice sets), in sorted order, as its relative path, a NUL, its size in decimal,
    /// a NUL, then its bytes: renaming, moving or editing any file gives a new hash.
    package static func contentHash(folder: String, files: [String]) throws -> String {
        var hasher = SHA256()
        for file in files.sorted() {
            let bytes = try read(folder + "/" + file)
            hasher.update(Array(file.utf8) + [0] + Array(String(bytes.count).utf8) + [0])
            hasher.update(bytes)
        }
        return SHA256.hexString(hasher.finalize())
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoursesError.unreadableFile(path: path, reason: "no such file or not readable")
        }
        return [UInt8](data)
    }

    /// The file's text, or nil with a diagnostic when it is not UTF-8, or when it is a link (or in a
    /// linked folder) that leads outside the package: a package is what its folder holds, and
    /// `course import` must not carry in whatever a link points at.
    private mutating func text(_ relative: String) throws -> String? {
        if let target = outsideTarget(relative) {
            diagnostics.append(.error(path(relative), 1, "\(relative) leads to \(target), outside the package: a package's files must be inside its folder"))
            return nil
        }
        let bytes = try CoursePackage.read(path(relative))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(path(relative), 1, "file is not valid UTF-8: save it as UTF-8"))
            return nil
        }
        files.append(relative)
        return text
    }

    /// Where `relative` really is when that is outside the package's folder (links resolved), else nil.
    private func outsideTarget(_ relative: String) -> String? {
        guard let root = CoursePackage.realPath(folder), let target = CoursePackage.realPath(path(relative)) else { return nil }
        return target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? nil : target
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func listing(_ subfolder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(subfolder))) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    private mutating func readDefinition() throws {
        guard FileManager.default.fileExists(atPath: path("course.yaml")) else {
            diagnostics.append(.error(path("course.yaml"), 1, "course.yaml is missing: every course package starts with one"))
            return
        }
        guard let yaml = try text("course.yaml") else { return }
        var reader = CourseDefinitionReader(file: path("course.yaml"))
        definition = reader.read(yaml)
        definitionLines = reader.lines
        diagnostics += reader.diagnostics
        if let definition, definition.id != (folder as NSString).lastPathComponent {
            diagnostics.append(.warning(path("course.yaml"), 1, "course id \(definition.id) differs from its folder name \((folder as NSString).lastPathComponent)"))
        }
    }

    /// `NAME.LANG.EXT` split into name and language, or nil with a diagnostic.
    private mutating func split(_ name: String, folder subfolder: String, ext: String, form: String) -> (String, Language)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == ext, !parts[0].isEmpty else {
            diagnostics.append(.warning(path("\(subfolder)/\(name)"), 1, "ignoring \(name): files here are named \(form)"))
            return nil
        }
        guard let language = Language(rawValue: String(parts[1])) else {
            diagnostics.append(.error(path("\(subfolder)/\(name)"), 1, "unknown language '\(parts[1])' in the file name (sana offers kk, ru, en)"))
            return nil
        }
        if let definition, !definition.languages.contains(language) {
            diagnostics.append(.error(path("\(subfolder)/\(name)"), 1, "the course does not offer \(language.rawValue): add it to 'languages' in course.yaml or remove this file"))
            return nil
        }
        return (String(parts[0]), language)
    }

    private mutating func readLessons() throws {
        var found: [(slug: String, language: Language, title: String, body: String)] = []
        for name in listing("lessons") {
            guard let (slug, language) = split(name, folder: "lessons", ext: "md", form: "NN-slug.LANG.md") else { continue }
            let relative = "lessons/\(name)"
            if !CourseDefinitionReader.isLessonSlug(slug) {
                diagnostics.append(.error(path(relative), 1, "lesson file name must start with NN-slug: two digits, '-', then lowercase letters, digits and '-'"))
                continue
            }
            guard let markdown = try text(relative) else { continue }
            lessonFiles[slug, default: [:]][language] = path(relative)
            let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                diagnostics.append(.error(path(relative), 1, "lesson file is empty"))
                continue
            }
            let heading = lines[first].trimmingCharacters(in: .whitespaces)
            guard heading.hasPrefix("# "), !heading.dropFirst(2).trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(.error(path(relative), first + 1, "lesson must start with its title as a '# Title' heading"))
                continue
            }
            let body = lines[(first + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if body.isEmpty {
                diagnostics.append(.error(path(relative), first + 1, "lesson \(slug) has a title but no text"))
            }
            found.append((slug, language, heading.dropFirst(2).trimmingCharacters(in: .whitespaces), body + "\n"))
        }
        let order = definition?.lessons ?? []
        lessons = found.compactMap { item in
            guard let index = order.firstIndex(of: item.slug) else { return nil }
            return Lesson(position: index + 1, slug: item.slug, language: item.language, title: item.title, body: item.body)
        }.sorted { ($0.position, $0.language) < ($1.position, $1.language) }
    }

    private mutating func readQuestions() throws {
        for name in listing("questions") {
            guard let (pool, language) = split(name, folder: "questions", ext: "gift", form: "POOL.LANG.gift") else { continue }
            let relative = "questions/\(name)"
            if !CourseDefinitionReader.isPoolName(pool) {
                diagnostics.append(.error(path(relative), 1, "pool name '\(pool)' must be lowercase letters, digits, '-' and '_'"))
                continue
            }
            guard let gift = try text(relative) else { continue }
            poolFiles[pool, default: [:]][language] = path(relative)
            let result = GIFTParser(file: path(relative), pool: pool, language: language).parse(gift)
            entries[pool, default: [:]][language] = result.entries
            diagnostics += result.diagnostics
            if result.entries.isEmpty && !result.diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(path(relative), 1, "pool file has no questions"))
            }
        }
        let languages = definition?.languages ?? Language.allCases
        questions = pools.flatMap { pool in
            languages.flatMap { entries[pool]?[$0]?.map(\.question) ?? [] }
        }
    }

    private mutating func readGlossary() throws {
        guard FileManager.default.fileExists(atPath: path("glossary.yaml")) else { return }
        guard let yaml = try text("glossary.yaml") else { return }
        var reader = GlossaryReader(file: path("glossary.yaml"), languages: definition?.languages)
        glossary = reader.read(yaml)
        diagnostics += reader.diagnostics
    }

    /// `practice/NN-slug.<lang>.gift`: one practice set per lesson and language, read like a pool.
    private mutating func readPractice() throws {
        for name in listing("practice") {
            guard let (slug, language) = split(name, folder: "practice", ext: "gift", form: "NN-slug.LANG.gift (the lesson's file name)") else { continue }
            let relative = "practice/\(name)"
            if !CourseDefinitionReader.isLessonSlug(slug) {
                diagnostics.append(.error(path(relative), 1, "practice file name must be a lesson's NN-slug: two digits, '-', then lowercase letters, digits and '-'"))
                continue
            }
            guard let gift = try text(relative) else { continue }
            practiceFiles[slug, default: [:]][language] = path(relative)
            let result = GIFTParser(file: path(relative), pool: slug, language: language).parse(gift)
            practiceEntries[slug, default: [:]][language] = result.entries
            diagnostics += result.diagnostics
            if result.entries.isEmpty && !result.diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(path(relative), 1, "practice file has no questions: a lesson's practice set needs at least one"))
            }
        }
        let languages = definition?.languages ?? Language.allCases
        practice = practiceSets.flatMap { slug in
            languages.flatMap { practiceEntries[slug]?[$0]?.map(\.question) ?? [] }
        }
    }
}
