/// The shapes a mock interview can take.
public enum InterviewFormat: String, CaseIterable, Hashable, Sendable, Codable {
    /// Three assessments: architecture and system thinking, Python proficiency, problem solving and code quality.
    case three
    /// The full five-round loop: fundamentals, coding, debugging and refactoring, design, behaviour.
    case loop
    /// One area, question after question.
    case drill

    /// The assessments of the format; a drill is about `area`.
    public func assessments(area: String?) -> [AssessmentSpec] {
        switch self {
        case .three:
            [
                AssessmentSpec(
                    name: "Architecture and system thinking",
                    slots: [
                        .design(count: 1),
                        .questions(
                            areas: ["design", "apis", "databases", "production", "ops", "web"], round: nil, count: 2),
                    ]),
                AssessmentSpec(
                    name: "Python proficiency and idioms",
                    slots: [
                        .questions(
                            areas: ["python", "objects", "data-structures", "errors", "concurrency"], round: nil,
                            count: 4)
                    ]),
                AssessmentSpec(
                    name: "Problem solving and code quality",
                    slots: [
                        .exercise(tasks: [.implement]),
                        .questions(areas: ["algorithms", "testing", "debugging"], round: nil, count: 2),
                    ]),
            ]
        case .loop:
            [
                AssessmentSpec(
                    name: "Python fundamentals",
                    slots: [
                        .questions(
                            areas: ["python", "objects", "data-structures", "errors"], round: .fundamentals, count: 3)
                    ]),
                AssessmentSpec(
                    name: "Coding",
                    slots: [
                        .exercise(tasks: [.implement]),
                        .questions(areas: ["algorithms", "data-structures"], round: nil, count: 2),
                    ]),
                AssessmentSpec(
                    name: "Debugging and refactoring",
                    slots: [.exercise(tasks: [.fix, .refactor]), .questions(areas: [], round: .debugging, count: 2)]),
                AssessmentSpec(
                    name: "System design",
                    slots: [
                        .design(count: 1), .questions(areas: ["design", "apis", "databases"], round: nil, count: 2),
                    ]),
                AssessmentSpec(name: "Behaviour", slots: [.behaviour(count: 3)]),
            ]
        case .drill:
            [
                AssessmentSpec(
                    name: "Drill: \(area ?? "all areas")",
                    slots: [.questions(areas: area.map { [$0] } ?? [], round: nil, count: 4)])
            ]
        }
    }
}

/// One assessment of a format: a name and the slots its items fill.
public struct AssessmentSpec: Hashable, Sendable {
    public enum Slot: Hashable, Sendable {
        /// Conceptual questions from these areas (any area when empty), optionally of one round.
        case questions(areas: [String], round: Round?, count: Int)
        case design(count: Int)
        case behaviour(count: Int)
        /// One practical exercise of one of these kinds, answered with code run by the runner.
        case exercise(tasks: [Exercise.Task])
    }

    public var name: String
    public var slots: [Slot]
}

/// How an interview is set up.
public struct InterviewSettings: Hashable, Sendable, Codable {
    public var format: InterviewFormat
    public var level: Level
    /// The drill's area, or an area to lean towards in the other formats.
    public var area: String?
    /// The time for the whole interview; `nil` for an untimed one.
    public var minutes: Int?
    /// Feedback only at the end, as in a real interview.
    public var realMode: Bool
    /// Areas a job description asks for, weighted up when choosing questions.
    public var focusAreas: [String]
    /// Seeds the choice of questions, so a run can be repeated.
    public var seed: UInt64

    public init(
        format: InterviewFormat, level: Level = .senior, area: String? = nil, minutes: Int? = nil,
        realMode: Bool = false, focusAreas: [String] = [], seed: UInt64 = 0
    ) {
        self.format = format
        self.level = level
        self.area = area
        self.minutes = minutes
        self.realMode = realMode
        self.focusAreas = focusAreas
        self.seed = seed
    }
}

/// A small, seedable random number generator (SplitMix64), so choices are repeatable in tests.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
