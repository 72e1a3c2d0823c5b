import Testing

@testable import OnsiteCore

/// The resume round: which bullets the interviewer asks about, and how a spoken walk-through is
/// judged on problem, approach, scale and impact.
@Suite("Resume round")
struct ResumeRoundTests {
    static let round = ResumeRound()
    static let cache = ResumeBullet(number: 3, text: ResumeFixtures.bullets[0].text, line: 9)

    /// A walk-through of the cache bullet, and what it should earn.
    struct Walkthrough: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        /// The verdict on problem, approach, scale and impact: `+` covered, `~` partial, `-` missed.
        var verdicts: String
        var grades: ClosedRange<Int>

        var testDescription: String { name }
    }

    static let walkthroughs: [Walkthrough] = [
        Walkthrough(
            name: "all four parts",
            text: """
                Our checkout page was timing out during sales because every request hit PostgreSQL for the product \
                catalogue. I added a Redis read-through cache in front of the catalogue queries, with a short TTL and \
                invalidation on writes. At peak we served about 40,000 requests per second for 3 million users. The p99 \
                latency dropped from 800 milliseconds to 120, and checkout timeouts stopped.
                """,
            verdicts: "++++", grades: 3...4),
        Walkthrough(
            name: "only the approach",
            text: """
                I added a Redis read-through cache in front of the product catalogue queries, with a TTL and \
                invalidation on every write.
                """,
            verdicts: "-+--", grades: 0...1),
        Walkthrough(
            name: "problem and approach, no figures: mixed, not good",
            text: """
                The product pages were slow because every request went to the database. So I put Redis in front of \
                the catalogue with a read-through pattern.
                """,
            verdicts: "++--", grades: 2...2),
        Walkthrough(
            name: "vague on everything",
            text: """
                It was used by millions of users. I worked on the caching. Things got a lot faster after that.
                """,
            verdicts: "-~~~", grades: 1...2),
        Walkthrough(
            name: "the bullet read back, then a reason",
            text: ResumeFixtures.bullets[0].text + ". We did it because the database kept falling over during sales.",
            verdicts: "+~~~", grades: 2...3),
    ]

    @Test("a walk-through earns a verdict per part and a grade from the points", arguments: walkthroughs)
    func walkthrough(_ walkthrough: Walkthrough) {
        let judgement = Self.round.judge(walkthrough.text, about: Self.cache)
        let verdicts = String(
            judgement.points.map { $0.verdict == .covered ? "+" : $0.verdict == .partial ? "~" : "-" })
        #expect(verdicts == walkthrough.verdicts, "\(judgement.points.map { ($0.id, $0.evidence ?? "") })")
        #expect(walkthrough.grades.contains(judgement.grade), "score \(judgement.score)")
        #expect(judgement.grade == GradeScale.grade(forScore: judgement.score))
        #expect(judgement.points.map(\.id) == ResumePart.allCases.map(\.rawValue))
        #expect(judgement.rubricID == ItemID("behaviour.resume-bullet-3"))
    }

    @Test("every claimed part quotes a whole sentence of the answer", arguments: walkthroughs)
    func evidence(_ walkthrough: Walkthrough) {
        let judgement = Self.round.judge(walkthrough.text, about: Self.cache)
        let sentences = TextScanner.sentences(in: walkthrough.text).map(\.text)
        for point in judgement.points {
            if point.verdict == .missed {
                #expect(point.evidence == nil)
            } else {
                let evidence = point.evidence ?? ""
                #expect(sentences.contains(evidence), "\(point.id): \(evidence)")
                #expect(walkthrough.text.contains(evidence.split(separator: " ").prefix(4).joined(separator: " ")))
            }
        }
    }

    @Test("the score is the weighted share of the points (impact 2, the others 1), partial earning half")
    func score() {
        for walkthrough in Self.walkthroughs {
            let judgement = Self.round.judge(walkthrough.text, about: Self.cache)
            let earned = judgement.points.reduce(0.0) { $0 + Double($1.weight) * $1.verdict.credit }
            #expect(abs(judgement.score - earned / 5) < 1e-12)
            #expect(judgement.points.map(\.weight) == [1, 1, 1, 2])
        }
    }

    /// Figures as people say them aloud, which the bullet's terse forms ("1.2M", "800ms → 120ms")
    /// do not cover.
    static let spokenFigures: [(sentence: String, part: ResumePart)] = [
        ("We process 2 million invoices a day.", .scale),
        ("It handles about two thousand requests a second at peak.", .scale),
        ("The table holds three hundred million rows.", .scale),
        ("It served 40,000 merchants across 12 countries.", .scale),
        ("It now finishes in 40 minutes instead of 6 hours.", .impact),
        ("Checkout takes 120 ms now, down from 800 ms.", .impact),
        ("We went from 30 incidents a month to 2.", .impact),
        ("Builds take 4 minutes now compared with 25 before.", .impact),
    ]

    @Test("figures said aloud are clear evidence of scale or impact", arguments: spokenFigures)
    func spokenFigure(_ sentence: String, _ part: ResumePart) throws {
        let evidence = try #require(
            PartDetector(sentence).evidence.first { $0.part == part }, "no \(part.rawValue) found")
        #expect(evidence.strength == .clear, "\(evidence.phrase)")
    }

    static let worthless: [(String, String, AnswerFlag)] = [
        ("empty", "", .empty),
        ("whitespace", "  \n\t ", .empty),
        ("random letters", "asdf qwer zxcv uiop hjkl vbnm", .gibberish),
        ("one word repeated", Array(repeating: "cache", count: 12).joined(separator: " "), .gibberish),
        ("the bullet read back", ResumeFixtures.bullets[0].text, .restatesQuestion),
    ]

    @Test("empty, gibberish and read-back answers score 0 with the flag", arguments: worthless)
    func worthlessAnswers(_ name: String, _ text: String, _ flag: AnswerFlag) {
        let judgement = Self.round.judge(text, about: Self.cache)
        #expect(judgement.score == 0 && judgement.grade == 0)
        #expect(judgement.flags == [flag])
        #expect(judgement.points.allSatisfy { $0.verdict == .missed && $0.evidence == nil })
        #expect(judgement.followUp?.aim == .point("impact"))
    }

    static let followUps: [(String, FollowUp.Aim)] = [
        ("I added a Redis read-through cache in front of the catalogue queries.", .point("impact")),
        (
            "I added a Redis cache in front of the catalogue. It cut p99 latency from 800 ms to 120 ms.",
            .point("problem")
        ),
        (
            "Product pages were slow because every request hit the database. I added a Redis cache in front of it. "
                + "It cut p99 latency from 800 ms to 120 ms.",
            .point("scale")
        ),
        (
            "Product pages were slow because every request hit the database. It was a lot faster afterwards.",
            .point("impact")
        ),
        (Self.walkthroughs[0].text, .tradeOffs),
    ]

    @Test("the follow-up aims at the most important missing part, or digs deeper", arguments: followUps)
    func followUp(_ answer: String, _ aim: FollowUp.Aim) throws {
        let followUp = try #require(Self.round.judge(answer, about: Self.cache).followUp)
        #expect(followUp.aim == aim, "\(followUp.prompt)")
        if aim == .tradeOffs { #expect(followUp.prompt == "Why Redis and not Memcached or an in-process cache?") }
    }

    @Test("a follow-up already asked is not asked again")
    func notRepeated() throws {
        let answer = "I added a Redis read-through cache in front of the catalogue queries."
        let first = try #require(Self.round.judge(answer, about: Self.cache).followUp)
        let second = try #require(Self.round.judge(answer, about: Self.cache, excluding: [first.prompt]).followUp)
        #expect(first.aim == .point("impact"))
        #expect(second.aim == .point("problem"))
    }

    @Test("a follow-up for a part the bullet states quotes the bullet's phrase")
    func remindsOfBullet() throws {
        let answer =
            "Pages were slow because every request hit the database. I added a Redis cache. It cut latency a lot."
        let judgement = Self.round.judge(answer, about: Self.cache)
        let followUp = try #require(judgement.followUp)
        #expect(followUp.aim == .point("impact"))
        #expect(followUp.prompt.contains("from 800ms to 120ms"), "\(followUp.prompt)")
    }

    @Test("an answer and its follow-up combine into one judgement, as for any question")
    func combining() throws {
        let first = Self.round.judge("I added a Redis read-through cache in front of the catalogue.", about: Self.cache)
        let second = Self.round.judge(
            "Checkout was timing out because every request hit PostgreSQL, and p99 fell from 800 ms to 120 ms.",
            about: Self.cache)
        let combined = try #require(Judgement.combining([first, second]))
        #expect(combined.covered.map(\.id) == ["problem", "approach", "impact"])
        #expect(combined.score > max(first.score, second.score))
    }

    // MARK: Choosing bullets

    @Test("questions: background sections left out, strong and gappy bullets both chosen, in resume order")
    func choosing() throws {
        let document = ResumeDocument(text: ResumeFixtures.markdown)
        let questions = try Self.round.questions(for: document, limit: 3)
        #expect(questions.count == 3)
        #expect(questions.map(\.bullet.number) == questions.map(\.bullet.number).sorted())
        #expect(!questions.contains { $0.bullet.section == "Skills" })
        #expect(Set(questions.map(\.reason)) == [.strongClaim, .missingParts])
        #expect(questions.contains { $0.bullet.text == "Worked on the payments team" && $0.reason == .missingParts })
        for question in questions {
            #expect(question.prompt == "Walk me through this: " + question.bullet.text)
            #expect(question.rubricID == ItemID("behaviour.resume-bullet-\(question.bullet.number)"))
            #expect(question.analysis == question.bullet.analysis)
        }
        let all = try Self.round.questions(for: document, limit: 50)
        #expect(all.count == 4)
    }

    @Test("the strongest claim is asked first when only one question is wanted")
    func strongestFirst() throws {
        let questions = try Self.round.questions(for: ResumeDocument(text: ResumeFixtures.markdown), limit: 1)
        let question = try #require(questions.first)
        #expect(question.reason == .strongClaim)
        #expect(question.bullet.number == 1)
    }

    static let refusals: [(String, Int, ResumeError.Code)] = [
        (ResumeFixtures.markdown, 0, .invalidLimit),
        ("Jane Doe\nSenior engineer\n", 3, .noBullets),
        ("Skills\n- Python, Django, PostgreSQL\n- Redis, Kafka, Celery", 3, .noAchievements),
    ]

    @Test("a round that cannot be run says why", arguments: refusals)
    func refuses(_ text: String, _ limit: Int, _ code: ResumeError.Code) {
        #expect(throws: ResumeError.self) { try Self.round.questions(for: ResumeDocument(text: text), limit: limit) }
        do {
            _ = try Self.round.questions(for: ResumeDocument(text: text), limit: limit)
        } catch {
            #expect(error.code == code)
            #expect(!error.message.isEmpty)
        }
    }

    // MARK: The rubric

    @Test("each bullet has a rubric: four points (impact weighing 2), a follow-up aimed at each, deeper ones after")
    func rubric() {
        let rubric = Self.round.rubric(for: Self.cache)
        #expect(rubric.id.area == "behaviour" && rubric.id.slug == "resume-bullet-3")
        #expect(rubric.kind == .behaviour)
        #expect(rubric.prompt == "Walk me through this: " + Self.cache.text)
        #expect(rubric.points.map(\.id) == ["problem", "approach", "scale", "impact"])
        #expect(rubric.points.map(\.weight) == [1, 1, 1, 2])
        #expect(rubric.totalWeight == ResumeRound.weights.values.reduce(0, +))
        for part in ResumePart.allCases {
            #expect(rubric.followUps.contains { $0.aim == .point(part.rawValue) })
        }
        #expect(rubric.followUps.contains { $0.aim == .tradeOffs && $0.prompt.contains("Redis") })
        #expect(rubric.points.first { $0.id == "scale" }?.phrasings == ["40k req/s"])
        #expect(rubric.points.first { $0.id == "problem" }?.phrasings == [])
    }
}
