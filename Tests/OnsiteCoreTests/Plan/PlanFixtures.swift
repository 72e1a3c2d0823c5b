import OnsiteCore

/// A small bank with a four-week outline, so planner tests need no content folder.
enum PlanFixtures {
    static let outline = PlanOutline(weeks: [
        PlanWeek(
            week: 1, title: "Foundations", areas: ["python", "objects"],
            work: [.questions, .snippets, .exercises, .review]),
        PlanWeek(
            week: 2, title: "Data and the web", areas: ["databases", "web"], work: [.questions, .exercises, .review]),
        PlanWeek(
            week: 3, title: "Design and operations", areas: ["design", "ops"], work: [.questions, .design, .review]),
        PlanWeek(
            week: 4, title: "Mock interviews and the resume", areas: ["behaviour", "design"],
            work: [.mock, .behaviour, .resume, .review]),
    ])

    static let areaIDs = ["python", "objects", "databases", "web", "design", "ops", "behaviour"]

    static func question(
        _ id: String, kind: ContentKind = .question, level: Level, minutes: Int
    ) -> Question {
        let itemID = ItemID(id)!
        return Question(
            id: itemID, kind: kind, title: "Title of \(id)", area: itemID.area, subtopics: ["x"], level: level,
            round: kind == .design ? .design : kind == .behaviour ? .behaviour : .fundamentals, minutes: minutes,
            tags: [], prompt: "Q", modelAnswer: "A",
            points: [AssessmentPoint(id: "p", weight: 1, strongAnswer: "s", concepts: [], phrasings: [])],
            pitfalls: [], followUps: [])
    }

    static func exercise(_ id: String, level: Level, minutes: Int) -> Exercise {
        let itemID = ItemID(id)!
        return Exercise(
            id: itemID, title: "Exercise \(id)", area: itemID.area, subtopics: [], level: level, task: .implement,
            minutes: minutes, tags: [], statement: "Do it.", starterFiles: [], solutionFiles: [], hidden: nil)
    }

    static func snippet(_ id: String, level: Level) -> Snippet {
        let itemID = ItemID(id)!
        return Snippet(
            id: itemID, title: "Snippet \(id)", area: itemID.area, subtopics: [], level: level, tags: [],
            code: "print(1)\n", output: "1\n", raises: nil, explanation: "")
    }

    /// Per study area: six mid questions (4–9 minutes), six senior ones (6–11), a mid and a senior
    /// exercise; snippets in the first week's areas; design prompts; behaviour prompts.
    static func bank(outline: PlanOutline? = outline, scale: Int = 1) -> ContentBank {
        var questions: [Question] = []
        var exercises: [Exercise] = []
        var snippets: [Snippet] = []
        for area in areaIDs where area != "behaviour" {
            for index in 0..<(6 * scale) {
                questions.append(question("\(area).mid-\(index)", level: .mid, minutes: 4 + index % 6))
                questions.append(question("\(area).senior-\(index)", level: .senior, minutes: 6 + index % 6))
            }
            exercises.append(exercise("\(area).mid-exercise", level: .mid, minutes: 20))
            exercises.append(exercise("\(area).senior-exercise", level: .senior, minutes: 30))
        }
        for area in ["python", "objects"] {
            for index in 0..<4 {
                snippets.append(snippet("\(area).snippet-\(index)", level: index < 3 ? .mid : .senior))
            }
        }
        for index in 0..<4 {
            questions.append(question("design.prompt-\(index)", kind: .design, level: .senior, minutes: 40))
        }
        for index in 0..<8 {
            questions.append(
                question("behaviour.story-\(index)", kind: .behaviour, level: index < 3 ? .mid : .senior, minutes: 8))
        }
        return ContentBank(
            areas: areaIDs.map { Area(id: $0, title: $0.prefix(1).uppercased() + $0.dropFirst(), summary: "") },
            questions: questions,
            snippets: snippets, exercises: exercises, outline: outline, skills: [])
    }

    static let today = CalendarDay("2026-03-02")!

    static func request(
        days: Int, hours: Double, level: Level = .senior, mastery: [String: Double] = [:], done: Set<ItemID> = [],
        job: JobProfile? = nil
    ) -> PlanRequest {
        PlanRequest(
            today: today, interviewDate: today.adding(days: days), hoursPerWeek: hours, level: level, job: job,
            mastery: mastery, done: done)
    }

    /// The minutes a plan gives each area, over its bank items.
    static func minutes(byAreaOf items: [PlanItem]) -> [String: Int] {
        items.filter { $0.id != nil }.reduce(into: [:]) { $0[$1.area ?? "", default: 0] += $1.minutes }
    }
}
