/// The end of an interview: scores per assessment and per dimension, strengths and gaps with
/// quoted evidence, what to study next, and a hiring signal with how it was derived.
public struct InterviewReport: Hashable, Sendable, Codable {
    public struct ItemScore: Hashable, Sendable, Codable {
        public var id: ItemID
        public var title: String
        public var kind: PlannedItem.Kind
        /// 0–1; `nil` when the item was not reached.
        public var score: Double?
        public var grade: Int?
        public var skipped: Bool
        public var followUps: Int
        public var overTime: Bool
        /// For a resume bullet: what the walk-through said of problem, approach, scale and impact.
        public var parts: [PartVerdict]?
    }

    /// What a resume walk-through said of one part, with the sentence that said it.
    public struct PartVerdict: Hashable, Sendable, Codable {
        public var part: ResumePart
        public var verdict: PointJudgement.Verdict
        public var quote: String?
    }

    public struct AssessmentScore: Hashable, Sendable, Codable {
        public var name: String
        public var score: Double
        public var grade: Int
        public var items: [ItemScore]
    }

    /// knowledge, depth and trade-offs, communication and structure, code quality.
    public struct DimensionScore: Hashable, Sendable, Codable {
        public var name: String
        /// 0–1; `nil` when nothing in the interview measured it.
        public var score: Double?
        public var basis: String
    }

    /// A strength or a gap, with the candidate's words where there are any.
    public struct Observation: Hashable, Sendable, Codable {
        public var item: ItemID
        public var point: String
        public var detail: String
        public var quote: String?
    }

    public struct StudyItem: Hashable, Sendable, Codable {
        public var id: ItemID
        public var kind: PlannedItem.Kind
        public var title: String
        public var reason: String
    }

    public enum Signal: String, CaseIterable, Hashable, Sendable, Codable {
        case strongNo = "strong no", no, leanNo = "lean no", leanYes = "lean yes", yes, strongYes = "strong yes"
    }

    public struct HiringSignal: Hashable, Sendable, Codable {
        public var signal: Signal
        /// The scale, weakest first.
        public var scale: [String]
        /// Each step of the derivation, in order.
        public var derivation: [String]
    }

    public var interviewID: String
    public var format: InterviewFormat
    public var level: Level
    public var overall: Double
    public var assessments: [AssessmentScore]
    public var dimensions: [DimensionScore]
    public var strengths: [Observation]
    public var gaps: [Observation]
    public var studyNext: [StudyItem]
    public var hiringSignal: HiringSignal
}

extension InterviewReport.Signal {
    /// The signal of an overall score before caps: thresholds 0.2, 0.35, 0.5, 0.65, 0.8.
    static func of(_ score: Double) -> Self {
        switch score {
        case 0.8...: .strongYes
        case 0.65..<0.8: .yes
        case 0.5..<0.65: .leanYes
        case 0.35..<0.5: .leanNo
        case 0.2..<0.35: .no
        default: .strongNo
        }
    }

    var rank: Int { Self.allCases.firstIndex(of: self)! }
}
