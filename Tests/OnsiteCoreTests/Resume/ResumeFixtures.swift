import Testing

@testable import OnsiteCore

/// A resume bullet and what an interviewer reading it would say it states: each of the four
/// parts clear (`+`), vague (`~`) or missing (`-`), in the order problem, approach, scale, impact.
struct BulletCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// Four characters, for example "-++~".
    var parts: String
    /// Words the probing questions must quote: the bullet's technologies and figures.
    var mentions: [String] = []

    var testDescription: String { text }

    /// The expected strength of each part; `nil` when it should be missing.
    var expected: [ResumePart: PartEvidence.Strength?] {
        Dictionary(
            uniqueKeysWithValues: zip(ResumePart.allCases, parts).map { part, mark in
                (part, mark == "+" ? .clear : mark == "~" ? .vague : nil)
            })
    }
}

enum ResumeFixtures {
    static let bullets: [BulletCase] = [
        BulletCase(
            text:
                "Cut p99 checkout latency from 800ms to 120ms by adding a Redis read-through cache in front of PostgreSQL, serving 40k req/s at peak",
            parts: "-+++", mentions: ["Redis", "Memcached", "40k req/s", "800ms to 120ms"]),
        BulletCase(
            text:
                "Migrated 40 services from Heroku to Kubernetes because deploys took 45 minutes and failed weekly, cutting deploy time to 6 minutes",
            parts: "++++", mentions: ["Kubernetes", "ECS", "40 services"]),
        BulletCase(text: "Worked on the payments team", parts: "-~--"),
        BulletCase(text: "Improved performance of the reporting API", parts: "---~"),
        BulletCase(
            text:
                "Built an internal Django admin tool to replace manual spreadsheet reconciliation, saving the finance team 20 hours a week",
            parts: "++-+", mentions: ["Django", "FastAPI", "20 hours a week"]),
        BulletCase(
            text: "Designed a Kafka event pipeline processing 3M events/day for fraud detection",
            parts: "-++-", mentions: ["Kafka", "RabbitMQ", "3M events/day"]),
        BulletCase(
            text:
                "Led a team of 6 engineers to rebuild the search service on Elasticsearch, raising search conversion by 12%",
            parts: "-+++", mentions: ["Elasticsearch", "a team of 6 engineers", "12%"]),
        BulletCase(
            text:
                "Replaced nightly cron scripts that failed silently with Celery tasks with retries and alerting, eliminating 90% of data-sync incidents",
            parts: "++-+", mentions: ["Celery", "RQ", "90%"]),
        BulletCase(
            text:
                "Optimised slow PostgreSQL queries with composite indexes and select_related, reducing API response time by 65% for 2M monthly active users",
            parts: "++++", mentions: ["PostgreSQL", "MySQL", "2M monthly active users", "65%"]),
        BulletCase(text: "Responsible for maintaining CI/CD pipelines", parts: "-~--"),
        BulletCase(
            text:
                "Introduced asyncio-based ingestion to fix timeouts when calling 30 partner APIs, increasing throughput 4x",
            parts: "++++", mentions: ["asyncio", "threads", "30 partner APIs", "4x"]),
        BulletCase(
            text: "Mentored 4 junior developers through code reviews and pairing; two were promoted within a year",
            parts: "-+++", mentions: ["4 junior developers"]),
        BulletCase(
            text: "Reduced AWS spend by $18k/month by moving batch jobs to spot instances",
            parts: "-+-+", mentions: ["$18k/month"]),
        BulletCase(
            text: "Rewrote the legacy billing module in Go, handling 5k transactions per second with zero downtime",
            parts: "~++-", mentions: ["Go", "5k transactions per second"]),
        BulletCase(
            text: "Increased test coverage from 40% to 85% and cut flaky CI failures by half",
            parts: "~--+", mentions: ["40% to 85%"]),
        BulletCase(
            text: "Scaled the notification service to millions of users using SQS and Lambda",
            parts: "-+~-", mentions: ["SQS", "Kafka", "millions of users"]),
        BulletCase(
            text: "Needed to support Black Friday traffic, so sharded the orders table in PostgreSQL across 8 nodes",
            parts: "~++-", mentions: ["PostgreSQL", "8 nodes"]),
        BulletCase(
            text:
                "Reduced cloud costs by 35% (~$240k/year) by rightsizing EC2 instances and moving cold data to S3 Glacier",
            parts: "-+-+", mentions: ["EC2", "35%"]),
        BulletCase(
            text:
                "Owned the on-call rotation for 12 microservices and wrote runbooks that cut mean time to recovery from 2 hours to 25 minutes",
            parts: "-+++", mentions: ["12 microservices", "from 2 hours to 25 minutes"]),
    ]

    /// A Markdown resume: a name heading, known sections, role headings, a wrapped bullet, a
    /// numbered bullet and a skills section.
    static let markdown = """
        # Jane Doe

        Senior Python engineer. Ten years of building back-end systems for retail and payments.

        ## Experience

        ### Senior Backend Engineer — Acme Payments (2021–2024)

        - Cut p99 checkout latency from 800ms to 120ms by adding a Redis
          read-through cache in front of PostgreSQL, serving 40k req/s at peak
        - **Led** a team of 6 engineers to rebuild the search service on
          [Elasticsearch](https://www.elastic.co), raising search conversion by 12%

        ### Backend Engineer — Shopfront Ltd (2017–2021)

        1. Worked on the payments team
        2. Replaced nightly cron scripts that failed silently with `Celery` tasks

        ## Skills

        - Python, Django, FastAPI, PostgreSQL, Redis, Kafka
        """

    /// The same kind of resume in plain text: all-caps and title-case section lines, role lines
    /// without markup, `•` bullets, wrapped lines not indented.
    static let plain = """
        JOHN SMITH
        john@example.com

        WORK EXPERIENCE

        Staff Engineer
        Globex Corporation, 2019 - present
        • Migrated 40 services from Heroku to Kubernetes because deploys took 45 minutes and
        failed weekly, cutting deploy time to 6 minutes
        • Designed a Kafka event pipeline processing 3M events/day for fraud detection

        Software Engineer, Initech, 2015 - 2019
        * Improved performance of the reporting API

        Education
        * BSc Computer Science, University of Somewhere
        """
}
