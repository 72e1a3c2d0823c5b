import ArgumentParser

/// The `onsite` command: interview preparation for Python developers.
@main
struct Onsite: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "onsite",
        abstract:
            "Prepare for senior Python interviews: a question bank with rubrics, practical exercises, and Python tests run in a sandbox.",
        discussion: """
            Configuration comes from flags, then ONSITE_* environment variables, then defaults. \
            See `onsite help <command>` for each command.
            """,
        version: version,
        subcommands: [
            ContentCommand.self, InterviewCommand.self, GradeCommand.self, CalibrateCommand.self, RunCommand.self,
            ExerciseCommand.self, PracticeCommand.self, HistoryCommand.self, ReviewCommand.self,
            PlanCommand.self, JobCommand.self, StatsCommand.self, ResumeCommand.self,
            ServeCommand.self, BenchCommand.self,
        ]
    )
}
