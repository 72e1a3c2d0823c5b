/// What grading a submission found, check by check.
public struct SubmissionReport: Hashable, Sendable, Codable {
    /// One thing the submission had to satisfy.
    public struct Check: Hashable, Sendable, Codable {
        /// What was checked, for example "hidden cases" or "speed-up".
        public var name: String
        public var passed: Bool
        /// One line for people, for example "7 of 8 passed".
        public var summary: String
        /// What went wrong or what was measured, a line each.
        public var details: [String]

        public init(name: String, passed: Bool, summary: String, details: [String] = []) {
            self.name = name
            self.passed = passed
            self.summary = summary
            self.details = details
        }
    }

    /// The side-by-side timing of an optimise task.
    public struct Speed: Hashable, Sendable, Codable {
        /// The best time of the original code, in milliseconds.
        public var baselineMs: Double
        /// The best time of the submission, in milliseconds.
        public var submissionMs: Double
        public var target: Double
        public var speedup: Double { submissionMs > 0 ? baselineMs / submissionMs : 0 }

        public init(baselineMs: Double, submissionMs: Double, target: Double) {
            self.baselineMs = baselineMs
            self.submissionMs = submissionMs
            self.target = target
        }
    }

    /// A planted bug and whether the submitted tests caught it.
    public struct MutantResult: Hashable, Sendable, Codable {
        public var name: String
        public var description: String
        public var killed: Bool

        public init(name: String, description: String, killed: Bool) {
            self.name = name
            self.description = description
            self.killed = killed
        }
    }

    public var exercise: ItemID
    public var task: Exercise.Task
    public var checks: [Check]
    public var visibleTests: TestRunReport?
    public var hiddenCases: [HiddenCaseVerdict]
    /// The refactor task's before-and-after comparison.
    public var quality: QualityComparison?
    /// The submission's own quality measures, as feedback on every code task.
    public var measures: QualityMeasures?
    public var speed: Speed?
    public var mutants: [MutantResult]

    public init(
        exercise: ItemID, task: Exercise.Task, checks: [Check] = [], visibleTests: TestRunReport? = nil,
        hiddenCases: [HiddenCaseVerdict] = [], quality: QualityComparison? = nil, speed: Speed? = nil,
        mutants: [MutantResult] = []
    ) {
        self.exercise = exercise
        self.task = task
        self.checks = checks
        self.visibleTests = visibleTests
        self.hiddenCases = hiddenCases
        self.quality = quality
        self.speed = speed
        self.mutants = mutants
    }

    /// Every check passed.
    public var passed: Bool { !checks.isEmpty && checks.allSatisfy(\.passed) }
}
