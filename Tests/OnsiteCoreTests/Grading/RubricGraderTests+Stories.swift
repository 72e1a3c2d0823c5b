import OnsiteCore
import Testing

/// Behavioural answers judged on their STAR shape, and the follow-up the interviewer asks next.
extension RubricGraderTests {
    // MARK: Behavioural answers

    static let stories: [(GradedAnswer, [Stage])] = [
        (
            GradedAnswer(name: "a full STAR story", text: GraderAnswers.star, rubric: GradingFixtures.mentoring),
            Stage.behaviour
        ),
        (
            GradedAnswer(
                name: "situation, action and result only",
                text: """
                    Last year an intern joined our team on the billing codebase. I paired with him every morning for \
                    a month. I reviewed his pull requests with specific comments. He was promoted after a year and \
                    became confident and independent.
                    """,
                rubric: GradingFixtures.mentoring),
            [.situation, .action, .result]
        ),
    ]

    @Test("a story told in the first person lists the stages it tells", arguments: stories)
    func story(_ answer: GradedAnswer, _ stages: [Stage]) throws {
        let judgement = answer.judgement
        let story = try #require(judgement.story)
        #expect(story.stages == stages)
        #expect(story.personalActions >= 2)
        #expect(!judgement.flags.contains(.noStory))
    }

    @Test(
        "views, hypotheticals and \"we\" stories are flagged no-story and score below a STAR story",
        arguments: GraderAnswers.noStory)
    func noStory(_ answer: GradedAnswer) {
        let star = GradingFixtures.grader.grade(GraderAnswers.star, against: GradingFixtures.mentoring)
        let judgement = answer.judgement
        #expect(judgement.flags.contains(.noStory))
        #expect(judgement.score <= GradingFixtures.grader.tuning.noStoryCap)
        #expect(judgement.score < star.score)
    }

    @Test("only behavioural answers have a story shape")
    func storyOnlyForBehaviour() {
        #expect(GradingFixtures.grader.grade(GraderAnswers.star, against: GradingFixtures.gil).story == nil)
        #expect(GradingFixtures.grader.grade("", against: GradingFixtures.mentoring).story?.stages == [])
    }

    // MARK: Follow-ups

    static let followUps: [(GradedAnswer, FollowUp.Aim)] = [
        (GradedAnswer(name: "nothing", text: ""), .point("cpu-vs-io")),
        (
            GradedAnswer(
                name: "the definition only",
                text:
                    "The GIL is the global interpreter lock in CPython, so only one thread runs Python bytecode at a time."
            ),
            .point("cpu-vs-io")
        ),
        (
            GradedAnswer(name: "IO only", text: "The GIL is released during IO, so threads help IO-bound work."),
            .point("workarounds")
        ),
        (GradedAnswer(name: "a strong answer", text: GraderAnswers.strongGIL), .tradeOffs),
        (
            GradedAnswer(name: "a hypothetical", text: GraderAnswers.hypothetical, rubric: GradingFixtures.mentoring),
            .point("result")
        ),
        (GradedAnswer(name: "a STAR story", text: GraderAnswers.star, rubric: GradingFixtures.mentoring), .experience),
    ]

    @Test(
        "a weak answer is asked about its heaviest missed point that has a follow-up; a strong one goes deeper",
        arguments: followUps)
    func followUp(_ answer: GradedAnswer, _ aim: FollowUp.Aim) throws {
        let judgement = answer.judgement
        let followUp = try #require(judgement.followUp)
        #expect(followUp.aim == aim)
        if judgement.grade < 3 {
            let aimed = answer.rubric.followUps.map(\.aim)
            let heaviest = judgement.points.filter { $0.verdict != .covered && aimed.contains(.point($0.id)) }
                .map(\.weight).max()
            let target = try #require(judgement.points.first { FollowUp.Aim.point($0.id) == followUp.aim })
            #expect(target.weight == heaviest)
        } else {
            #expect(followUp.isDeeper)
        }
    }

    @Test("a follow-up already asked is not asked again")
    func followUpNotRepeated() throws {
        let judgement = GradingFixtures.grader.grade("", against: GradingFixtures.gil)
        let first = try #require(FollowUpChoice.followUp(for: judgement, in: GradingFixtures.gil))
        let second = try #require(
            FollowUpChoice.followUp(for: judgement, in: GradingFixtures.gil, excluding: [first.prompt]))
        #expect(second.prompt != first.prompt)
        #expect(second.aim == .point("workarounds"))
    }
}
