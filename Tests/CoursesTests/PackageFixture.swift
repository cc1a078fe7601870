import Courses
import SanaTestSupport

/// A small valid course package (kk and en, two lessons, one pool of three questions) written to
/// a temporary folder; tests change one file and look for the exact diagnostic.
final class PackageFixture {
    let root = TemporaryFolder()
    var files: [String: String] = [
        "course.yaml": """
            id: mini
            languages: [kk, en]
            title:
              kk: Шағын курс
              en: Mini course
            description:
              kk: Сынақ курсы.
              en: A test course.
            lessons:
              - 01-first
              - 02-second
            exam:
              pools:
                - pool: basics
                  draw: 2
              time_limit_minutes: 30
              attempts: 2
              cooldown_minutes: 60
              pass_mark: 70
              grading: highest
              review: correctness

            """,
        "lessons/01-first.kk.md": "# Бірінші сабақ\n\nБұл **бірінші** сабақ.\n",
        "lessons/01-first.en.md": "# First lesson\n\nThis is the **first** lesson.\n",
        "lessons/02-second.kk.md": "# Екінші сабақ\n\n- бір\n- екі\n",
        "lessons/02-second.en.md": "# Second lesson\n\n- one\n- two\n",
        "questions/basics.kk.gift": """
            // basics, Kazakh
            ::q1::Аспан көк пе?{T####Әдетте.}

            ::q2::Жұп санды таңдаңыз.{
            =2#Дұрыс.
            ~3#Тақ.
            }

            ::q3::Қазақстанның астанасы?{=Астана =Astana####Астана.}

            """,
        "questions/basics.en.gift": """
            // basics, English
            ::q1::Is the sky blue?{T####Usually.}

            ::q2::Pick the even number.{
            =2#Right.
            ~3#Odd.
            }

            ::q3::The capital of Kazakhstan?{=Astana =Астана####Astana.}

            """,
    ]

    var path: String { root.file("mini") }

    /// Replaces `old` with `new` in `file` (which must contain it).
    func edit(_ file: String, _ old: String, _ new: String) {
        precondition(files[file]?.contains(old) == true, "\(file) has no '\(old)'")
        files[file] = files[file]!.replacingOccurrences(of: old, with: new)
    }

    func write() throws -> String {
        for (name, text) in files {
            try root.write("mini/\(name)", text)
        }
        return path
    }

    func load() throws -> CoursePackage {
        try CoursePackage.load(write())
    }

    /// Diagnostics with the folder prefix taken off, for short exact expectations.
    func diagnostics() throws -> [String] {
        try load().diagnostics.map { $0.description.replacingOccurrences(of: path + "/", with: "") }
    }
}
