/// A mock interview in progress or finished: its plan, what is being asked, and every turn so far.
///
/// A value: the engine changes it, the caller stores it after every step, and a stored
/// interview resumes exactly where it stopped.
public struct Interview: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var settings: InterviewSettings
    public var assessments: [PlannedAssessment]
    /// What the candidate is being asked now; `nil` once finished.
    public var pending: PendingPrompt?
    public var turns: [Turn]
    /// Milliseconds since 1970, from the caller's clock.
    public var startedAt: Int64
    public var finishedAt: Int64?
    /// What the candidate had typed of an answer when they left; shown when they come back.
    public var draft: String?

    public var isFinished: Bool { finishedAt != nil }

    /// The milliseconds left of a timed interview, never below zero; `nil` when untimed.
    public func remainingMilliseconds(at now: Int64) -> Int64? {
        settings.minutes.map { max(0, startedAt + Int64($0) * 60_000 - now) }
    }
}

/// An assessment with the items chosen for it.
public struct PlannedAssessment: Hashable, Sendable, Codable {
    public var name: String
    public var items: [PlannedItem]
}

/// A question, exercise or resume bullet of an interview, with its share of the time.
public struct PlannedItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case question, exercise
        /// A bullet of the candidate's resume, walked through aloud and judged by ``ResumeRound``.
        case resume
    }

    public var kind: Kind
    /// The bank id of a question or exercise; `behaviour.resume-bullet-N` for a resume bullet.
    public var id: ItemID
    public var area: String
    /// The time budget for the item (main answer and follow-ups) in seconds; `nil` when untimed.
    public var budgetSeconds: Int?
    /// The bullet asked about, for a resume item. Kept in the interview, so a resumed interview
    /// needs the resume file no more.
    public var bullet: ResumeBullet?
}

/// What the interviewer is asking now.
public struct PendingPrompt: Hashable, Sendable, Codable {
    public var assessment: Int
    public var item: Int
    /// 0 for the item itself, 1 and 2 for follow-ups.
    public var followUp: Int
    public var text: String
    /// When the item was first asked (milliseconds since 1970).
    public var itemStartedAt: Int64
}

/// One question asked and the answer given.
public struct Turn: Hashable, Sendable, Codable {
    public var assessment: Int
    public var item: Int
    public var itemID: ItemID
    public var followUp: Int
    public var prompt: String
    public var answer: String
    public var skipped: Bool
    public var answeredAt: Int64
    /// Answered after the item's time budget ran out.
    public var overTime: Bool
    /// The grader's judgement of a spoken answer.
    public var judgement: Judgement?
    /// The result of running submitted code.
    public var exercise: ExerciseOutcome?
}

/// The result of running the code submitted for an exercise, as the runner reported it.
public struct ExerciseOutcome: Hashable, Sendable, Codable {
    public var checksPassed: Int
    public var checks: Int
    /// One line per check, for example "hidden cases: 7 of 8 passed".
    public var summary: [String]
    /// ruff findings on the submission; `nil` when ruff is not installed.
    public var lintFindings: Int?

    public init(checksPassed: Int, checks: Int, summary: [String], lintFindings: Int?) {
        self.checksPassed = checksPassed
        self.checks = checks
        self.summary = summary
        self.lintFindings = lintFindings
    }

    /// The share of the checks passed, 0–1.
    public var score: Double { checks == 0 ? 0 : Double(checksPassed) / Double(checks) }

    /// Code quality, 0–1: correctness, less a little for each lint finding.
    public var quality: Double { max(0, score - 0.05 * Double(min(lintFindings ?? 0, 10))) }
}
