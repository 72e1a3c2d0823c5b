/// A practical Python task, run in the sandbox against visible tests and hidden cases.
public struct Exercise: Hashable, Sendable, Codable, Identifiable {
    /// What the candidate is asked to do.
    public enum Task: String, CaseIterable, Hashable, Sendable, Codable {
        /// Write the code from a statement.
        case implement
        /// Make a failing test pass by changing the code, not the test.
        case fix
        /// Keep the tests passing while improving measured quality.
        case refactor
        /// Keep the tests passing while reaching a measured speed-up.
        case optimise
        /// Find and fix a bug that shows only sometimes (order, time, concurrency).
        case flaky
        /// Write tests that kill planted mutants.
        case writeTests = "write-tests"
        /// Find the planted flaws in a snippet.
        case review

        /// The round of the interview loop this kind of task practises.
        public var round: Round {
            switch self {
            case .implement, .optimise, .writeTests: .coding
            case .fix, .refactor, .flaky, .review: .debugging
            }
        }
    }

    public var id: ItemID
    public var title: String
    public var area: String
    public var subtopics: [String]
    public var level: Level
    public var task: Task
    public var minutes: Int
    public var tags: [String]
    /// The problem statement (Markdown).
    public var statement: String
    /// Hints shown on request (Markdown), if the exercise has any.
    public var hints: String?
    /// The files the candidate starts from, test files included.
    public var starterFiles: [ExerciseFile]
    /// The reference solution: files that replace starter files of the same path.
    public var solutionFiles: [ExerciseFile]
    /// The hidden cases, if the exercise has any.
    public var hidden: HiddenSuite?
    /// The rubric of a review task, graded like a question.
    public var rubric: ReviewRubric?

    public init(
        id: ItemID, title: String, area: String, subtopics: [String], level: Level, task: Task,
        minutes: Int, tags: [String], statement: String, hints: String? = nil, starterFiles: [ExerciseFile],
        solutionFiles: [ExerciseFile], hidden: HiddenSuite?, rubric: ReviewRubric? = nil
    ) {
        self.id = id
        self.title = title
        self.area = area
        self.subtopics = subtopics
        self.level = level
        self.task = task
        self.minutes = minutes
        self.tags = tags
        self.statement = statement
        self.hints = hints
        self.starterFiles = starterFiles
        self.solutionFiles = solutionFiles
        self.hidden = hidden
        self.rubric = rubric
    }
}

extension Exercise {
    /// The file a candidate writes when the exercise is asked in an interview: the first
    /// Python starter file that is neither a test module nor `conftest.py`.
    public var answerModule: String? {
        starterFiles.first { file in
            file.path.hasSuffix(".py") && !file.isTestFile && file.path.split(separator: "/").last != "conftest.py"
        }?.path
    }

    /// The starter contents of the file at `path`, or `nil` when the exercise has no such file.
    public func starterContents(of path: String) -> String? {
        starterFiles.first { $0.path == path }?.contents
    }

    /// The file a candidate edits to solve the exercise on their own: the test module for a
    /// write-tests task, ``answerModule`` for other code tasks, `nil` for a review (whose answer
    /// is written findings, not code).
    public var editedFile: String? {
        switch task {
        case .review: nil
        case .writeTests: starterFiles.first(where: \.isTestFile)?.path
        default: answerModule
        }
    }
}

/// A file of an exercise, by its path relative to the workspace.
public struct ExerciseFile: Hashable, Sendable, Codable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Whether pytest would collect the file as a test module.
    public var isTestFile: Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name.hasSuffix(".py") else { return false }
        return name.hasPrefix("test_") || name.hasSuffix("_test.py")
    }
}

/// What grades an exercise beyond its visible tests; none of it enters the sandbox as expectations.
public struct HiddenSuite: Hashable, Sendable, Codable {
    /// The module whose public names the calls may use, for example `log_stats`.
    public var module: String?
    /// Python run before the cases to define helpers and inputs; never holds expectations.
    public var setup: String
    public var cases: [HiddenCase]
    /// The timed comparison of an optimise task.
    public var benchmark: Benchmark?
    /// How many varied runs a flaky task's fix must pass.
    public var repeatCount: Int?
    /// The planted bugs a write-tests task's tests must catch.
    public var mutants: [Mutant]

    public init(
        module: String?, setup: String, cases: [HiddenCase], benchmark: Benchmark? = nil, repeat: Int? = nil,
        mutants: [Mutant] = []
    ) {
        self.module = module
        self.setup = setup
        self.cases = cases
        self.benchmark = benchmark
        self.repeatCount = `repeat`
        self.mutants = mutants
    }
}

/// A call timed against the starter's code and the submission's in the same run.
public struct Benchmark: Hashable, Sendable, Codable {
    /// Python that builds the large input.
    public var setup: String
    /// The expression timed.
    public var call: String
    /// The speed-up factor the submission must reach.
    public var speedup: Double

    public init(setup: String, call: String, speedup: Double) {
        self.setup = setup
        self.call = call
        self.speedup = speedup
    }
}

/// A planted bug: files that replace starter files of the same path.
public struct Mutant: Hashable, Sendable, Codable {
    public var name: String
    /// One line on what the bug is.
    public var description: String
    public var files: [ExerciseFile]

    public init(name: String, description: String, files: [ExerciseFile]) {
        self.name = name
        self.description = description
        self.files = files
    }
}

/// The rubric of a review exercise: what the candidate should find, graded like a question.
public struct ReviewRubric: Hashable, Sendable, Codable {
    public var points: [AssessmentPoint]
    public var pitfalls: [Pitfall]
    public var followUps: [FollowUp]
    public var modelAnswer: String

    public init(points: [AssessmentPoint], pitfalls: [Pitfall], followUps: [FollowUp], modelAnswer: String) {
        self.points = points
        self.pitfalls = pitfalls
        self.followUps = followUps
        self.modelAnswer = modelAnswer
    }
}

/// A hidden test case: a Python call and what it must produce.
public struct HiddenCase: Hashable, Sendable, Codable {
    /// What the call must produce.
    public enum Expectation: Hashable, Sendable, Codable {
        /// The call returns a value equal to this one (tuples compare as lists).
        case returns(JSONValue)
        /// The call raises this exception type or a subclass of it.
        case raises(String)
    }

    /// A short name shown in verdicts, for example "ties keep first appearance".
    public var name: String
    /// A Python expression, for example `top_ips(LINES, 2)`.
    public var call: String
    public var expectation: Expectation

    public init(name: String, call: String, expectation: Expectation) {
        self.name = name
        self.call = call
        self.expectation = expectation
    }
}
