import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The bundled bank loads cleanly, meets the quality bar and holds what the product promises.
@Suite("The bundled bank")
struct BundledBankTests {
    static let loaded = Result { try ContentLoader().load([Checkout.content]) }

    var bank: ContentBank {
        get throws { try Self.loaded.get().bank }
    }

    var questions: [Question] {
        get throws { try bank.questions }
    }

    @Test("loads without a single problem")
    func loads() throws {
        if case .failure(let error) = Self.loaded {
            Issue.record("\(error)")
        }
    }

    @Test("meets the quality bar")
    func qualityBar() throws {
        let findings = QualityBar.findings(in: try bank)
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test(
        "holds the ten classic questions under their ids",
        arguments: [
            "python.gil", "web.django-vs-flask", "python.decorators", "design.url-shortener", "python.list-vs-tuple",
            "python.memory-management", "python.generators", "python.is-vs-equality", "databases.slow-query",
            "behaviour.mentoring",
        ])
    func classic(_ id: String) throws {
        #expect(try bank.question(ItemID(id)!) != nil)
    }

    @Test("holds at least 240 questions, two thirds of them senior")
    func questionCount() throws {
        let all = try questions
        #expect(all.count >= 240)
        let senior = Double(all.filter { $0.level == .senior }.count) / Double(all.count)
        #expect((0.55...0.78).contains(senior), "senior share \(senior)")
    }

    @Test("covers every area of the brief, the deep areas with at least 20 questions")
    func areaCoverage() throws {
        let deep: Set = ["python", "concurrency", "databases", "web", "design", "testing", "debugging"]
        let counts = Dictionary(grouping: try questions, by: \.area).mapValues(\.count)
        let areas = try bank.areas.map(\.id)
        #expect(areas.count == 16)
        for area in areas {
            let minimum = deep.contains(area) ? 20 : 10
            #expect(counts[area, default: 0] >= minimum, "\(area) has \(counts[area, default: 0]); expected \(minimum)")
        }
    }

    @Test("holds at least 15 design prompts, 35 behavioural prompts and 60 snippets")
    func kindCounts() throws {
        #expect(try questions.filter { $0.kind == .design }.count >= 15)
        #expect(try questions.filter { $0.kind == .behaviour }.count >= 35)
        #expect(try bank.snippets.count >= 60)
    }

    @Test("the plan outline follows the brief's six weeks and reaches every area")
    func outline() throws {
        let outline = try #require(try bank.outline)
        #expect(outline.weeks.count == 6)
        #expect(outline.weeks.last?.work.contains(.mock) == true)
        #expect(outline.weeks.last?.work.contains(.resume) == true)
        let covered = Set(outline.weeks.flatMap(\.areas))
        #expect(covered == Set(try bank.areas.map(\.id)))
    }

    @Test("the job-skill map names the skills a senior job description asks for")
    func skills() throws {
        let skills = try bank.skills
        let ids = Set(skills.map(\.id))
        for id in [
            "advanced-python", "web-framework", "rest-apis", "sql", "nosql", "architecture", "testing", "git",
            "containers", "ci-cd", "algorithms", "cloud", "asyncio", "infrastructure-as-code",
        ] {
            #expect(ids.contains(id), "missing skill \(id)")
        }
        let areas = Set(try bank.areas.map(\.id))
        for skill in skills {
            #expect(!skill.keywords.isEmpty)
            #expect(skill.areas.allSatisfy(areas.contains))
        }
    }
}
