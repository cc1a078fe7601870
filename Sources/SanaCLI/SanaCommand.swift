import ArgumentParser

/// `sana`: the root command.
struct SanaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sana",
        abstract: "Enrollment, courses, quizzes and certificates for a national AI-literacy course.",
        discussion: """
            Every command works on one SQLite store: --db PATH, else $SANA_DB, else
            $XDG_DATA_HOME/sana/sana.db (~/.local/share/sana/sana.db). Start with 'sana init'.
            """,
        version: SanaVersion.current,
        subcommands: [
            InitCommand.self, DbCommand.self, LearnerCommand.self, RosterCommand.self, InstitutionCommand.self, CourseCommand.self, LearnCommand.self,
            CertCommand.self,
            QuizCommand.self, ReportCommand.self,
        ]
    )
}
