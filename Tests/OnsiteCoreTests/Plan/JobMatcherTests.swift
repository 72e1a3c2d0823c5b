import OnsiteCore
import Testing

@Suite("Job matcher")
struct JobMatcherTests {
    /// A few skills of the bundled list, written out so these tests need no content folder.
    static let skills = [
        JobSkill(
            id: "web-framework", name: "Web framework", priority: .required, areas: ["web"],
            keywords: ["django", "flask", "fastapi", "drf", "django rest framework", "web framework"]),
        JobSkill(
            id: "rest-apis", name: "REST APIs", priority: .required, areas: ["apis", "web", "design"],
            keywords: ["rest", "restful", "api design", "microservices"]),
        JobSkill(
            id: "sql", name: "SQL", priority: .required, areas: ["databases"],
            keywords: ["sql", "postgresql", "postgres", "query optimisation", "orm", "indexes", "transactions"]),
        JobSkill(
            id: "nosql", name: "NoSQL", priority: .required, areas: ["databases", "design"],
            keywords: ["nosql", "mongodb", "redis", "caching"]),
        JobSkill(
            id: "architecture", name: "Architecture", priority: .required, areas: ["design", "objects", "production"],
            keywords: ["architecture", "system design", "distributed systems", "event-driven", "kafka"]),
        JobSkill(
            id: "containers", name: "Containers", priority: .required, areas: ["ops"],
            keywords: ["docker", "kubernetes", "k8s"]),
        JobSkill(
            id: "ci-cd", name: "CI/CD", priority: .required, areas: ["ops", "testing"],
            keywords: ["ci/cd", "ci", "continuous integration"]),
        JobSkill(
            id: "testing", name: "Testing", priority: .required, areas: ["testing", "debugging"],
            keywords: ["pytest", "test-driven", "unit tests"]),
        JobSkill(
            id: "cloud", name: "Cloud", priority: .preferred, areas: ["ops", "design"],
            keywords: ["aws", "gcp", "cloud"]),
        JobSkill(
            id: "asyncio", name: "Async", priority: .preferred, areas: ["concurrency"],
            keywords: ["asyncio", "async", "celery"]),
        JobSkill(
            id: "infrastructure-as-code", name: "IaC", priority: .preferred, areas: ["ops"],
            keywords: ["terraform", "infrastructure as code"]),
        JobSkill(
            id: "leadership", name: "Leadership", priority: .preferred, areas: ["behaviour"],
            keywords: ["mentoring", "lead", "leadership"]),
        JobSkill(
            id: "advanced-python", name: "Advanced Python", priority: .required, areas: ["python", "objects"],
            keywords: ["advanced python", "python 3", "git"]),
    ]

    let matcher = JobMatcher(skills: Self.skills)

    func skill(_ id: String, in description: String) -> MatchedSkill? {
        matcher.match(description).matched.first { $0.id == id }
    }

    @Test(
        "matches keywords on word boundaries, case-insensitively",
        arguments: [
            ("We build REST APIs", "rest-apis", true), ("Our restaurant platform", "rest-apis", false),
            ("Django REST framework", "rest-apis", true), ("RESTful services", "rest-apis", true),
            ("Rest assured, we pay well", "rest-apis", true), ("a platform team", "sql", false),
            ("Django ORM and raw SQL", "sql", true), ("ORMs such as SQLAlchemy", "sql", true),
            ("MySQL only", "sql", false), ("postgres.", "sql", true), ("PostgreSQL 16", "sql", true),
            ("CI/CD pipelines", "ci-cd", true), ("Circle of experts", "ci-cd", false),
            ("K8S clusters", "containers", true),
            ("Dockerfiles", "containers", false), ("docker-compose", "containers", true),
            ("leading teams", "leadership", false), ("you will lead a team", "leadership", true),
            ("Python 3.12", "advanced-python", true), ("Python 30", "advanced-python", false),
            ("GitLab", "advanced-python", false), ("git, github", "advanced-python", true),
            ("MongoDB's aggregation", "nosql", true), ("redistribute work", "nosql", false),
            ("Awesome team", "cloud", false), ("AWS (EC2, S3)", "cloud", true), ("asynchronous jobs", "asyncio", false),
            ("async/await", "asyncio", true), ("Flask_Login", "web-framework", false),
            ("FastAPI,", "web-framework", true),
        ])
    func wordBoundaries(_ text: String, _ id: String, _ expected: Bool) {
        #expect((skill(id, in: text) != nil) == expected, "\(id) in \"\(text)\"")
    }

    @Test(
        "matches multi-word keywords across spaces, hyphens and runs of white space",
        arguments: [
            ("Experience with system design at scale", "architecture", "system design"),
            ("distributed  systems", "architecture", "distributed systems"),
            ("Event driven architecture", "architecture", "event-driven"),
            ("test driven development", "testing", "test-driven"),
            ("Advanced-Python skills", "advanced-python", "advanced python"),
            ("query\toptimisation", "sql", "query optimisation"),
            ("Infrastructure as Code (Terraform)", "infrastructure-as-code", "infrastructure as code"),
        ])
    func multiWord(_ text: String, _ id: String, _ keyword: String) throws {
        let matched = try #require(skill(id, in: text))
        #expect(matched.keywords.contains(keyword))
    }

    @Test("does not match a multi-word keyword split by other words")
    func splitPhrase() {
        #expect(skill("architecture", in: "system tests and design reviews") == nil)
    }

    @Test(
        "marks skills under nice-to-have headings or lines as preferred and requirement headings as required",
        arguments: [
            ("Requirements:\n- Python and Django\n\nNice to have:\n- Redis", "nosql", JobSkill.Priority.preferred),
            ("Requirements:\n- Python and Django\n\nNice to have:\n- Redis", "web-framework", .required),
            ("## Preferred\n- PostgreSQL", "sql", .preferred),
            ("Preferred qualifications\n- PostgreSQL", "sql", .preferred),
            ("**Pluses**\n* AWS\n* Docker", "containers", .preferred),
            ("Bonus:\n1. Kubernetes", "containers", .preferred),
            ("Bonus points if you know Kubernetes", "containers", .preferred),
            ("Experience with Docker is a plus", "containers", .preferred),
            ("Experience with Docker is a plus\nDocker in production", "containers", .required),
            ("Must have: AWS", "cloud", .required),
            ("Requirements\n- AWS experience", "cloud", .required),
            ("We deploy on AWS", "cloud", .preferred),
            ("We deploy with Docker", "containers", .required),
            ("- SQL\nNice to have:\n- SQL tuning", "sql", .required),
            ("Nice to have:\n- Kafka\nResponsibilities:\n- Build Docker images", "containers", .required),
            ("Nice to have:\n- Kafka\nResponsibilities:\n- Build Docker images", "architecture", .preferred),
            ("Desirable\n- pytest\n\n- unit tests", "testing", .preferred),
            ("Asyncio (not required)", "asyncio", .preferred),
        ])
    func priorities(_ description: String, _ id: String, _ expected: JobSkill.Priority) throws {
        let matched = try #require(skill(id, in: description))
        #expect(matched.priority == expected, "\(id) in \(description.debugDescription)")
    }

    @Test("records each keyword with the line and line number it came from")
    func evidence() throws {
        let description = "About us\n\nWe use Postgres.\n  - Strong SQL and Postgres indexes  \nRedis caching"
        let sql = try #require(skill("sql", in: description))
        let found = sql.evidence.map { "\($0.lineNumber) \($0.keyword) | \($0.line)" }
        #expect(
            found == [
                "3 postgres | We use Postgres.", "4 sql | - Strong SQL and Postgres indexes",
                "4 postgres | - Strong SQL and Postgres indexes", "4 indexes | - Strong SQL and Postgres indexes",
            ])
        #expect(sql.keywords == ["postgres", "sql", "indexes"])
        let nosql = try #require(skill("nosql", in: description))
        #expect(nosql.evidence.map(\.lineNumber) == [5, 5])
    }

    @Test("lists matched and unmatched skills in the order of the skill list")
    func matchedAndUnmatched() {
        let profile = matcher.match("Kubernetes, Django and PostgreSQL")
        #expect(profile.matched.map(\.id) == ["web-framework", "sql", "containers"])
        #expect(
            profile.unmatched.map(\.id)
                == Self.skills.map(\.id).filter { !["web-framework", "sql", "containers"].contains($0) })
        #expect(matcher.match("").matched.isEmpty)
        #expect(matcher.match("").areaWeights.isEmpty)
    }

    @Test("weighs required skills above preferred ones, per area, the heaviest area at 1")
    func areaWeights() {
        let profile = matcher.match("Requirements:\n- Kubernetes\nNice to have:\n- Celery")
        #expect(profile.weight(of: "ops") == 1)
        #expect(profile.weight(of: "concurrency") > 0)
        #expect(profile.weight(of: "concurrency") < profile.weight(of: "ops"))
        #expect(profile.weight(of: "databases") == 0)
        #expect(profile.focusAreas == ["ops", "concurrency"])

        let swapped = matcher.match("Requirements:\n- Celery\nNice to have:\n- Kubernetes")
        #expect(swapped.weight(of: "concurrency") == 1)
        #expect(swapped.weight(of: "ops") < 1)
    }

    @Test("sums skills per area, so a database-heavy description puts databases first")
    func databaseHeavy() {
        let profile = matcher.match(
            """
            Senior Python engineer (Django)
            - Deep SQL: PostgreSQL query optimisation, indexes, transactions
            - Redis caching and MongoDB
            Nice to have: AWS
            """)
        #expect(profile.focusAreas.first == "databases")
        #expect(profile.weight(of: "databases") == 1)
        for (area, weight) in profile.areaWeights where area != "databases" {
            #expect(weight < 1, "\(area)")
        }
        let values = profile.areaWeights.values
        #expect(values.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(profile.preferredSkills.map(\.id) == ["cloud"])
        #expect(profile.requiredSkills.map(\.id) == ["web-framework", "sql", "nosql"])
    }
}
