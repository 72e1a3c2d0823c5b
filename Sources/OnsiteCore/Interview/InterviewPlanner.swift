/// What onsite knows of the candidate's past when choosing questions.
public struct CandidateHistory: Hashable, Sendable {
    /// Items asked recently, which are not asked again while others remain.
    public var recent: Set<ItemID>
    /// Mean score per area, 0–1; weak areas are asked more.
    public var areaScores: [String: Double]

    public init(recent: Set<ItemID> = [], areaScores: [String: Double] = [:]) {
        self.recent = recent
        self.areaScores = areaScores
    }
}

/// Chooses the items of an interview: by format, level, area, weak areas and job focus,
/// never repeating recent items while others remain.
public struct InterviewPlanner: Sendable {
    public let bank: ContentBank

    public init(bank: ContentBank) { self.bank = bank }

    /// The assessments of an interview with these settings.
    ///
    /// With `resume` questions, a "Resume deep dive" assessment asks about those bullets: before
    /// the behaviour assessment of a loop, last in the other formats.
    public func plan(
        _ settings: InterviewSettings, history: CandidateHistory, resume: [ResumeQuestion] = []
    ) throws(InterviewError) -> [PlannedAssessment] {
        if settings.format == .drill {
            guard let area = settings.area, bank.area(area) != nil else {
                throw InterviewError(
                    .badSettings, "a drill needs --area with one of: \(bank.areas.map(\.id).joined(separator: ", "))")
            }
        }
        var generator = SeededGenerator(seed: settings.seed)
        var chosen = Set<ItemID>()
        var assessments: [PlannedAssessment] = []
        for spec in settings.format.assessments(area: settings.area) {
            var items: [PlannedItem] = []
            for slot in spec.slots {
                let picked = pick(slot, settings: settings, history: history, excluding: chosen, using: &generator)
                chosen.formUnion(picked.map(\.id))
                items += picked
            }
            guard !items.isEmpty else {
                throw InterviewError(.badSettings, "the bank has nothing for the assessment \"\(spec.name)\"")
            }
            assessments.append(PlannedAssessment(name: spec.name, items: items))
        }
        if !resume.isEmpty {
            let items = resume.map { question in
                PlannedItem(
                    kind: .resume, id: question.rubricID, area: Self.resumeArea, budgetSeconds: nil,
                    bullet: question.bullet)
            }
            let behaviour = assessments.lastIndex { $0.name == "Behaviour" } ?? assessments.endIndex
            assessments.insert(PlannedAssessment(name: Self.resumeAssessment, items: items), at: behaviour)
        }
        return budgeted(assessments, minutes: settings.minutes)
    }

    private func pick(
        _ slot: AssessmentSpec.Slot, settings: InterviewSettings, history: CandidateHistory,
        excluding chosen: Set<ItemID>,
        using generator: inout SeededGenerator
    ) -> [PlannedItem] {
        var candidates: [(id: ItemID, area: String, level: Level, kind: PlannedItem.Kind)]
        let count: Int
        switch slot {
        case .questions(let areas, let round, let wanted):
            candidates = bank.questions.filter {
                $0.kind == .question && (areas.isEmpty || areas.contains($0.area))
                    && (round == nil || $0.round == round)
            }.map { ($0.id, $0.area, $0.level, .question) }
            count = wanted
        case .design(let wanted):
            candidates = bank.questions.filter { $0.kind == .design }.map { ($0.id, $0.area, $0.level, .question) }
            count = wanted
        case .behaviour(let wanted):
            candidates = bank.questions.filter { $0.kind == .behaviour }.map { ($0.id, $0.area, $0.level, .question) }
            count = wanted
        case .exercise(let tasks):
            candidates = bank.exercises.filter { tasks.contains($0.task) }.map { ($0.id, $0.area, $0.level, .exercise) }
            count = 1
        }
        candidates.removeAll { chosen.contains($0.id) }
        let fresh = candidates.filter { !history.recent.contains($0.id) }
        if fresh.count >= count { candidates = fresh }
        let ranked = candidates.map { candidate -> (Double, ItemID, String, PlannedItem.Kind) in
            var rank = Double.random(in: 0..<1, using: &generator)
            if candidate.level == settings.level { rank += 1 }
            if let score = history.areaScores[candidate.area] { rank += (1 - score) * 0.8 }
            if settings.focusAreas.contains(candidate.area) || settings.area == candidate.area { rank += 0.6 }
            return (rank, candidate.id, candidate.area, candidate.kind)
        }.sorted { ($0.0, $1.1) > ($1.0, $0.1) }
        return ranked.prefix(count).map { PlannedItem(kind: $0.3, id: $0.1, area: $0.2, budgetSeconds: nil) }
    }

    /// Shares a timed interview's minutes among the items in proportion to their usual length.
    private func budgeted(_ assessments: [PlannedAssessment], minutes: Int?) -> [PlannedAssessment] {
        guard let minutes else { return assessments }
        let usual = assessments.flatMap(\.items).map(usualMinutes)
        let total = max(1, usual.reduce(0, +))
        var result = assessments
        for a in result.indices {
            for i in result[a].items.indices {
                let share = Double(usualMinutes(result[a].items[i])) / Double(total)
                result[a].items[i].budgetSeconds = max(30, Int(share * Double(minutes) * 60))
            }
        }
        return result
    }

    private func usualMinutes(_ item: PlannedItem) -> Int {
        switch item.kind {
        case .question: bank.question(item.id)?.minutes ?? 5
        case .exercise: bank.exercise(item.id)?.minutes ?? 15
        case .resume: 5
        }
    }

    /// The name of the assessment that walks through resume bullets.
    public static let resumeAssessment = "Resume deep dive"
    /// The area resume answers count towards.
    public static let resumeArea = "behaviour"
}

/// An interview cannot start or go on as asked.
public struct InterviewError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        case badSettings = "bad-settings"
        case finished
        case unknownItem = "unknown-item"
        case wrongKindOfAnswer = "wrong-kind-of-answer"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
