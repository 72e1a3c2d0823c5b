import Foundation
import Testing

@testable import OnsiteCore

/// Reading resumes in Markdown and plain text: sections, role lines, bullets with their line
/// numbers, wrapped lines joined.
@Suite("Resume document")
struct ResumeDocumentTests {
    /// A bullet as it should be read: its text's start and end, first and last line, section and role.
    struct ExpectedBullet: Sendable, CustomTestStringConvertible {
        var starts: String
        var ends: String
        var line: Int
        var lastLine: Int
        var section: String?
        var role: String?

        var testDescription: String { starts }
    }

    static let markdownBullets: [ExpectedBullet] = [
        ExpectedBullet(
            starts: "Cut p99 checkout latency", ends: "serving 40k req/s at peak", line: 9, lastLine: 10,
            section: "Experience", role: "Senior Backend Engineer — Acme Payments (2021–2024)"),
        ExpectedBullet(
            starts: "Led a team of 6 engineers", ends: "raising search conversion by 12%", line: 11, lastLine: 12,
            section: "Experience", role: "Senior Backend Engineer — Acme Payments (2021–2024)"),
        ExpectedBullet(
            starts: "Worked on the payments team", ends: "payments team", line: 16, lastLine: 16,
            section: "Experience", role: "Backend Engineer — Shopfront Ltd (2017–2021)"),
        ExpectedBullet(
            starts: "Replaced nightly cron scripts", ends: "with Celery tasks", line: 17, lastLine: 17,
            section: "Experience", role: "Backend Engineer — Shopfront Ltd (2017–2021)"),
        ExpectedBullet(
            starts: "Python, Django", ends: "Redis, Kafka", line: 21, lastLine: 21, section: "Skills", role: nil),
    ]

    static let plainBullets: [ExpectedBullet] = [
        ExpectedBullet(
            starts: "Migrated 40 services", ends: "cutting deploy time to 6 minutes", line: 8, lastLine: 9,
            section: "WORK EXPERIENCE", role: "Staff Engineer — Globex Corporation, 2019 - present"),
        ExpectedBullet(
            starts: "Designed a Kafka event pipeline", ends: "for fraud detection", line: 10, lastLine: 10,
            section: "WORK EXPERIENCE", role: "Staff Engineer — Globex Corporation, 2019 - present"),
        ExpectedBullet(
            starts: "Improved performance", ends: "reporting API", line: 13, lastLine: 13, section: "WORK EXPERIENCE",
            role: "Software Engineer, Initech, 2015 - 2019"),
        ExpectedBullet(
            starts: "BSc Computer Science", ends: "University of Somewhere", line: 16, lastLine: 16,
            section: "Education",
            role: nil),
    ]

    static let documents: [(String, String, [ExpectedBullet])] = [
        ("Markdown", ResumeFixtures.markdown, markdownBullets),
        ("plain text", ResumeFixtures.plain, plainBullets),
    ]

    @Test("bullets keep their line numbers, section and role", arguments: documents)
    func bullets(_ name: String, _ text: String, _ expected: [ExpectedBullet]) throws {
        let document = ResumeDocument(text: text)
        try #require(document.bullets.count == expected.count, "\(document.bullets.map(\.text))")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (bullet, want)) in zip(document.bullets, expected).enumerated() {
            #expect(bullet.number == number + 1)
            #expect(bullet.text.hasPrefix(want.starts), "\(bullet.text)")
            #expect(bullet.text.hasSuffix(want.ends), "\(bullet.text)")
            #expect(bullet.line == want.line)
            #expect(bullet.lastLine == want.lastLine)
            #expect(bullet.section == want.section)
            #expect(bullet.role == want.role)
            // The line number points at the line the bullet starts on.
            #expect(lines[bullet.line - 1].contains(want.starts.split(separator: " ").last!))
        }
    }

    @Test("a wrapped bullet is one bullet, its lines joined by a single space, Markdown removed")
    func wrapped() throws {
        let document = ResumeDocument(text: ResumeFixtures.markdown)
        let first = try #require(document.bullet(1))
        #expect(
            first.text
                == "Cut p99 checkout latency from 800ms to 120ms by adding a Redis read-through cache in front of PostgreSQL, serving 40k req/s at peak"
        )
        let second = try #require(document.bullet(2))
        #expect(second.text.hasPrefix("Led a team"))
        #expect(second.text.contains("on Elasticsearch, raising"))
        #expect(!second.text.contains("**") && !second.text.contains("https://"))
        #expect(document.bullet(4)?.text.contains("`") == false)
    }

    @Test("sections are the headings, in order, with their lines", arguments: documents)
    func sections(_ name: String, _ text: String, _ expected: [ExpectedBullet]) {
        let document = ResumeDocument(text: text)
        let titles = document.sections.map(\.title)
        for section in Set(expected.compactMap(\.section)) { #expect(titles.contains(section)) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for section in document.sections { #expect(lines[section.line - 1].contains(section.title)) }
    }

    static let continuationCases: [(String, [String])] = [
        ("- Built a cache,\nserving 5k req/s", ["Built a cache, serving 5k req/s"]),
        ("- Built a cache and\nReduced latency", ["Built a cache and Reduced latency"]),
        ("- Built a cache\n  Reduced latency", ["Built a cache Reduced latency"]),
        ("- Built a cache\nAcme Corp\n- Led a team", ["Built a cache", "Led a team"]),
        ("- Built a cost-\neffective cache", ["Built a cost-effective cache"]),
        ("- First\n\n  - Nested second\n3) Third", ["First", "Nested second", "Third"]),
        ("Experience\n=========\n- Built a cache", ["Built a cache"]),
        ("---\n- Built a cache\n***", ["Built a cache"]),
        ("- Built a cache\r\n- Led a team\r\n", ["Built a cache", "Led a team"]),
    ]

    @Test("continuation lines, markers and rules", arguments: continuationCases)
    func continuation(_ text: String, _ expected: [String]) {
        #expect(ResumeDocument(text: text).bullets.map(\.text) == expected)
    }

    @Test("the role of the last bullet in the continuation table is the line between the bullets")
    func roleBetweenBullets() {
        let document = ResumeDocument(text: "- Built a cache\nAcme Corp\n- Led a team")
        #expect(document.bullets.map(\.role) == [nil, "Acme Corp"])
    }

    @Test("title-case section names on their own line are sections; other short lines are roles")
    func plainSections() {
        let document = ResumeDocument(text: "Experience\nAcme Corp\n- Built a cache\nProjects:\n- Wrote a CLI")
        #expect(document.sections.map(\.title) == ["Experience", "Projects"])
        #expect(document.bullets.map(\.section) == ["Experience", "Projects"])
        #expect(document.bullets.map(\.role) == ["Acme Corp", nil])
    }

    @Test("an empty text reads as no lines and no bullets")
    func empty() {
        let document = ResumeDocument(text: "")
        #expect(document.lineCount == 0 && document.bullets.isEmpty && document.sections.isEmpty)
        #expect(ResumeDocument(text: "one\ntwo\n").lineCount == 2)
    }

    @Test("a document survives JSON encoding")
    func codable() throws {
        let document = ResumeDocument(text: ResumeFixtures.markdown)
        let data = try JSONEncoder().encode(document)
        #expect(try JSONDecoder().decode(ResumeDocument.self, from: data) == document)
        let analysis = try #require(document.bullet(1)).analysis
        #expect(try JSONDecoder().decode(BulletAnalysis.self, from: JSONEncoder().encode(analysis)) == analysis)
    }
}
