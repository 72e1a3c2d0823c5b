import Testing

@testable import OnsiteCore

/// Which of the four parts a bullet states, with the phrase that states each; what to add; and
/// what an interviewer would ask, in the bullet's own words.
@Suite("Bullet analysis")
struct BulletAnalysisTests {
    @Test("each part is found clear, vague or missing as a reader would judge it", arguments: ResumeFixtures.bullets)
    func parts(_ bullet: BulletCase) {
        let analysis = ResumeBullet(text: bullet.text).analysis
        for part in ResumePart.allCases {
            let found = analysis.evidence(for: part)
            #expect(found?.strength == bullet.expected[part] ?? nil, "\(part): \(found?.phrase ?? "missing")")
        }
        #expect(analysis.missing == ResumePart.allCases.filter { bullet.expected[$0] == .some(nil) })
    }

    @Test("every evidence phrase is quoted from the bullet", arguments: ResumeFixtures.bullets)
    func evidenceIsQuoted(_ bullet: BulletCase) {
        let analysis = ResumeBullet(text: bullet.text).analysis
        for evidence in analysis.evidence {
            #expect(!evidence.phrase.isEmpty)
            #expect(bullet.text.contains(evidence.phrase), "\(evidence.part): \(evidence.phrase)")
        }
    }

    @Test(
        "probing questions quote the bullet's technologies, alternatives and figures", arguments: ResumeFixtures.bullets
    )
    func probingQuestionsMentionTheBullet(_ bullet: BulletCase) {
        let questions = ResumeBullet(text: bullet.text).analysis.probingQuestions.map(\.prompt).joined(separator: "\n")
        for mention in bullet.mentions {
            #expect(questions.contains(mention), "no question mentions \(mention):\n\(questions)")
        }
        #expect(questions.contains("What would you change if you did it again?"))
        #expect(questions.contains("What went wrong along the way"))
    }

    @Test("a rewrite prompt for each missing or vague part, and none for clear ones", arguments: ResumeFixtures.bullets)
    func rewritePrompts(_ bullet: BulletCase) {
        let analysis = ResumeBullet(text: bullet.text).analysis
        let prompted = analysis.rewritePrompts.map(\.part)
        #expect(prompted == ResumePart.allCases.filter { bullet.expected[$0] != .some(.clear) })
        for prompt in analysis.rewritePrompts {
            let opening = analysis.states(prompt.part) ? ["Make", "Put"] : ["Add the \(prompt.part.name):"]
            #expect(opening.contains { prompt.text.hasPrefix($0) }, "\(prompt.text)")
        }
    }

    static let tailoredPrompts: [(String, ResumePart, String)] = [
        (
            "Added a Redis cache in front of the product API, cutting p95 latency by 40%", .scale,
            "how many requests per second did Redis serve"
        ),
        (
            "Designed a Kafka pipeline for order events, cutting reconciliation errors by 80%", .scale,
            "went through Kafka"
        ),
        ("Led the migration of our monolith to microservices on Kubernetes", .scale, "how many engineers"),
        ("Built a Celery job queue to replace slow nightly cron scripts", .impact, "how much faster"),
        ("Moved invoice generation to Celery because manual runs took a day", .impact, "how many hours a week"),
        (
            "Added a Redis cache in front of the product API, serving 5k req/s", .problem,
            "before you added a Redis cache in front of the product API"
        ),
        ("Cut deploy time by 70%", .approach, "to get \"cut deploy time by 70%\""),
    ]

    @Test("rewrite prompts are concrete to the bullet", arguments: tailoredPrompts)
    func tailored(_ text: String, _ part: ResumePart, _ expected: String) throws {
        let prompt = try #require(ResumeBullet(text: text).analysis.rewritePrompts.first { $0.part == part })
        #expect(prompt.text.contains(expected), "\(prompt.text)")
    }

    @Test("why X and not Y: each technology of the lexicon comes with its alternative")
    func whyNotAlternatives() {
        let pairs: [(String, String)] = [
            ("PostgreSQL", "MySQL or DynamoDB"), ("Redis", "Memcached"), ("Kafka", "RabbitMQ or SQS"),
            ("Celery", "RQ or a cron job"), ("Django", "FastAPI or Flask"), ("Kubernetes", "ECS or plain VMs"),
            ("GraphQL", "REST"), ("asyncio", "threads"),
        ]
        for (technology, alternative) in pairs {
            let analysis = ResumeBullet(text: "Adopted \(technology) for the orders service").analysis
            #expect(analysis.technologies.map(\.name) == [technology])
            #expect(
                analysis.probingQuestions.first?.prompt
                    == "Why \(technology) and not \(alternative)\(alternative == "Memcached" ? " or an in-process cache" : "")?"
            )
            #expect(analysis.probingQuestions.first?.aim == .tradeOffs)
        }
    }

    @Test("ordinary words are not technologies: the rest of, go, a lambda")
    func noFalseTechnologies() {
        let analysis = ResumeBullet(text: "Helped the rest of the team go live with the new billing flow").analysis
        #expect(analysis.technologies.isEmpty)
        #expect(ResumeBullet(text: "Built REST APIs in Go").analysis.technologies.map(\.name) == ["REST", "Go"])
    }

    static let notProblems: [String] = [
        "Migrated 2TB of orders to PostgreSQL with zero downtime",
        "Shipped the new checkout without errors for 3M users",
    ]

    @Test("a problem word that did not happen is not a problem", arguments: notProblems)
    func absentProblems(_ text: String) {
        #expect(!ResumeBullet(text: text).analysis.states(.problem))
    }

    @Test("years and versions are not figures")
    func yearsAndVersions() {
        let analysis = ResumeBullet(text: "Upgraded Django 3.2 to 4.2 across the monolith in 2023").analysis
        #expect(!analysis.states(.scale))
        #expect(!analysis.states(.impact))
    }

    @Test("questions aimed at parts use the part's name, so the round can match them to points")
    func aims() {
        let analysis = ResumeBullet(text: "Worked on the payments team").analysis
        let aims = analysis.probingQuestions.map(\.aim)
        for part in ResumePart.allCases { #expect(aims.contains(.point(part.rawValue))) }
    }

    @Test("the analysis is deterministic: the same bullet, the same analysis")
    func deterministic() {
        for bullet in ResumeFixtures.bullets {
            #expect(ResumeBullet(text: bullet.text).analysis == ResumeBullet(text: bullet.text).analysis)
        }
    }
}
