import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The interview engine's resume round over the bundled bank: where it goes, how its answers are
/// judged and followed up, and what the report says of it.
@Suite("Interview engine: resume round")
struct InterviewResumeRoundEngineTests {
    static let loaded = Result { try ContentLoader().load([Checkout.content]).bank }

    static let resume = ResumeDocument(
        text: """
            # Experience
            - Moved the checkout catalogue behind a Redis cache, cutting p99 latency from 800ms to 120ms
            - Replaced nightly cron scripts that failed silently with Celery tasks and alerts
            - Helped with the payments API
            """)

    func engine() throws -> InterviewEngine {
        let bank = try Self.loaded.get()
        return InterviewEngine(bank: bank, grader: RubricGrader(weightsFrom: bank.rubrics))
    }

    func start(_ format: InterviewFormat, area: String? = nil, questions: Int = 2) throws -> Interview {
        let round = try ResumeRound().questions(for: Self.resume, limit: questions)
        return try engine().start(
            id: "t", settings: InterviewSettings(format: format, area: area, seed: 11), history: CandidateHistory(),
            resume: round, now: 0)
    }

    /// Skips items until a resume bullet is pending.
    func skipToResume(_ interview: inout Interview) throws {
        let engine = try engine()
        while let pending = interview.pending,
            interview.assessments[pending.assessment].items[pending.item].kind != .resume
        {
            try engine.answer("skip", in: &interview, now: 1)
        }
    }

    @Test(
        "the resume round is its own assessment: before Behaviour in a loop, last otherwise",
        arguments: [
            (InterviewFormat.three, nil, 3), (.loop, nil, 4), (.drill, "python", 1),
        ] as [(InterviewFormat, String?, Int)])
    func placement(_ format: InterviewFormat, _ area: String?, _ position: Int) throws {
        let interview = try start(format, area: area)
        #expect(interview.assessments[position].name == InterviewPlanner.resumeAssessment)
        #expect(interview.assessments.filter { $0.name == InterviewPlanner.resumeAssessment }.count == 1)
        let items = interview.assessments[position].items
        #expect(items.map(\.kind) == [.resume, .resume])
        #expect(items.allSatisfy { $0.bullet != nil && $0.area == "behaviour" })
        #expect(Set(items.map(\.id)).count == 2)
    }

    @Test("without resume questions an interview has no resume round")
    func noResume() throws {
        let interview = try engine().start(
            id: "t", settings: InterviewSettings(format: .three, seed: 11), history: CandidateHistory(), now: 0)
        #expect(!interview.assessments.contains { $0.name == InterviewPlanner.resumeAssessment })
    }

    @Test("a walk-through is judged on the four parts; the follow-up asks for a missing one")
    func judgedOnParts() throws {
        let engine = try engine()
        var interview = try start(.drill, area: "python", questions: 1)
        try skipToResume(&interview)
        let prompt = try #require(interview.pending?.text)
        #expect(prompt.hasPrefix(ResumeRound.promptOpening))

        let turn = try engine.answer(
            "Product pages timed out in sales because every request hit PostgreSQL. I put a Redis read-through "
                + "cache in front of the catalogue queries.", in: &interview, now: 2)
        let judgement = try #require(turn.judgement)
        #expect(judgement.points.map(\.id) == ["problem", "approach", "scale", "impact"])
        #expect(judgement.points.map(\.verdict) == [.covered, .covered, .missed, .missed])
        let followUp = try #require(interview.pending)
        #expect(followUp.followUp == 1)
        #expect(followUp.text.contains("800ms to 120ms"), "aimed at the impact the line claims: \(followUp.text)")

        // The scale is still missing after the impact is given: one more follow-up, for it.
        try engine.answer(
            "p99 latency dropped from 800 milliseconds to 120, measured on the load balancer.", in: &interview,
            now: 3)
        let second = try #require(interview.pending)
        #expect(second.followUp == 2)
        try engine.answer("At peak that was 40,000 requests per second.", in: &interview, now: 4)
        #expect(interview.isFinished)

        let report = InterviewReport(interview, bank: try Self.loaded.get())
        let item = try #require(report.assessments.last?.items.first)
        #expect(item.kind == .resume)
        #expect(item.followUps == 2)
        #expect(item.parts?.map(\.verdict) == [.covered, .covered, .covered, .covered])
        #expect((item.grade ?? 0) == 4)
        #expect(report.markdown.contains("  - ✓ impact: \"p99 latency dropped from 800 milliseconds to 120"))
    }

    @Test("a thin walk-through earns a study item that names the missing parts")
    func thinWalkthrough() throws {
        let engine = try engine()
        var interview = try start(.drill, area: "python", questions: 1)
        try skipToResume(&interview)
        try engine.answer("I worked on the caching.", in: &interview, now: 2)
        engine.finish(&interview, now: 3)
        let report = InterviewReport(interview, bank: try Self.loaded.get())
        let study = try #require(report.studyNext.first { $0.kind == .resume })
        #expect(study.reason.contains("problem"))
        #expect(study.reason.contains("impact"))
        #expect(report.gaps.contains { $0.point == "impact" }, "the missing impact (weight 2) is a gap")
        #expect(report.markdown.contains("onsite resume FILE --round"))
    }

    @Test("an interview stored before resume rounds existed still decodes")
    func oldStoredState() throws {
        let interview = try engine().start(
            id: "t", settings: InterviewSettings(format: .three, seed: 11), history: CandidateHistory(), now: 0)
        var json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(interview)) as? [String: Any])
        var assessments = try #require(json["assessments"] as? [[String: Any]])
        for a in assessments.indices {
            var items = try #require(assessments[a]["items"] as? [[String: Any]])
            for i in items.indices { items[i].removeValue(forKey: "bullet") }
            assessments[a]["items"] = items
        }
        json["assessments"] = assessments
        let decoded = try JSONDecoder().decode(Interview.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded == interview)
    }
}
