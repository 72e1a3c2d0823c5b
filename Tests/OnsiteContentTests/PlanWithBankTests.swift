import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The study planner and the job matcher over the bundled bank, outline and skill list.
@Suite("Study plans from the bundled bank")
struct PlanWithBankTests {
    static let loaded = Result { try ContentLoader().load([Checkout.content]).bank }

    var bank: ContentBank {
        get throws { try Self.loaded.get() }
    }

    static let today = CalendarDay("2026-03-02")!

    static let databaseJob = """
        Senior Python Engineer, Data Platform

        We run a Django monolith on PostgreSQL and are splitting out services.

        Requirements:
        - Expert SQL: query optimisation, indexes, reading query plans, transactions and isolation
        - PostgreSQL at scale: partitioning, replication, migrations without downtime
        - Redis caching and cache invalidation; some MongoDB
        - The Django ORM and when to drop to raw SQL

        Nice to have:
        - AWS (RDS, DynamoDB)
        - Terraform
        """

    func request(
        days: Int, hours: Double, level: Level = .senior, job: JobProfile? = nil, mastery: [String: Double] = [:],
        done: Set<ItemID> = [], today: CalendarDay = Self.today, interview: CalendarDay? = nil
    ) -> PlanRequest {
        PlanRequest(
            today: today, interviewDate: interview ?? today.adding(days: days), hoursPerWeek: hours, level: level,
            job: job, mastery: mastery, done: done)
    }

    /// The kind of work a bank item is planned as, or `nil` when the bank has no such item.
    func kind(of id: ItemID, in bank: ContentBank) -> WorkKind? {
        if let question = bank.question(id) {
            switch question.kind {
            case .design: return .design
            case .behaviour: return .behaviour
            default: return .questions
            }
        }
        if bank.snippet(id) != nil { return .snippets }
        if bank.exercise(id) != nil { return .exercises }
        return nil
    }

    func minutes(of id: ItemID, in bank: ContentBank) -> Int {
        bank.question(id)?.minutes ?? bank.exercise(id)?.minutes ?? 3
    }

    @Test("a six-week plan follows the outline week by week")
    func sixWeeks() throws {
        let bank = try bank
        let outline = try #require(bank.outline).weeks
        let plan = try StudyPlanner(bank: bank).plan(request(days: 42, hours: 5))
        #expect(plan.weeks.count == outline.count)
        for (week, planned) in zip(outline, plan.weeks) {
            #expect(planned.number == week.week)
            #expect(planned.title == week.title)
            #expect(planned.areas == week.areas)
            #expect(planned.outlineWeeks == [week.week])
            #expect(planned.work.filter { $0 != .mock } == week.work.filter { $0 != .mock })
            #expect(planned.dayCount == 7)
            for item in planned.items {
                #expect(week.work.contains(item.kind) || item.kind == .mock, "\(item.title) in week \(week.week)")
                if item.id != nil {
                    #expect(week.areas.contains(item.area ?? ""), "\(item.title) in week \(week.week)")
                    #expect(item.reason != .extraPractice)
                }
            }
        }
        #expect(plan.weeks.last?.role == .interviews)
        #expect(plan.weeks.dropLast().allSatisfy { $0.role == .study })
        let last = try #require(plan.weeks.last)
        #expect(last.work == outline.last?.work)
        #expect(Set(last.items.map(\.kind)) == [.mock, .behaviour, .resume, .review])
    }

    @Test("a three-week plan for a database-heavy job description puts databases first")
    func databaseJobFirst() throws {
        let bank = try bank
        let profile = JobMatcher(skills: bank.skills).match(Self.databaseJob)
        #expect(profile.focusAreas.first == "databases")
        #expect(profile.matched.map(\.id).contains("sql"))
        #expect(profile.preferredSkills.map(\.id).contains("infrastructure-as-code"))

        let planner = StudyPlanner(bank: bank)
        let plan = try planner.plan(request(days: 21, hours: 6, job: profile))
        let first = try #require(plan.weeks.first)
        #expect(first.areas.first == "databases")
        let firstItem = try #require(plan.items.first { $0.id != nil })
        #expect(firstItem.area == "databases")
        #expect(firstItem.day == Self.today)
        let minutes = Dictionary(grouping: first.items.filter { $0.id != nil }, by: { $0.area ?? "" })
            .mapValues { $0.reduce(0) { $0 + $1.minutes } }
        let databases = minutes["databases", default: 0]
        #expect(minutes.allSatisfy { $0.value <= databases }, "\(minutes)")
        #expect(first.items.filter { $0.area == "databases" && $0.id != nil }.allSatisfy { $0.reason == .namedByJob })

        let withoutJob = try planner.plan(request(days: 21, hours: 6))
        #expect(withoutJob.weeks.first?.areas.contains("databases") == false)
        #expect(withoutJob.weeks.first?.items.contains { $0.area == "databases" } == false)
    }

    static let weeks = [2, 3, 4, 6, 10, 16]
    static let hours: [Double] = [3, 6, 10, 20]

    @Test(
        "keeps each week within its hours, fills it when the bank can, never repeats, plans only bank items",
        arguments: weeks, hours)
    func budgets(_ weeks: Int, _ hours: Double) throws {
        let bank = try bank
        let plan = try StudyPlanner(bank: bank).plan(request(days: weeks * 7, hours: hours))
        #expect(plan.weeks.count == weeks)
        let ids = plan.items.compactMap(\.id)
        #expect(Set(ids).count == ids.count, "an item planned twice")
        let planned = Set(ids)
        for id in ids { #expect(kind(of: id, in: bank) != nil, "\(id) is not in the bank") }
        for week in plan.weeks {
            let budget = Int(hours * 60 * Double(week.dayCount) / 7)
            #expect(week.budgetMinutes == budget)
            #expect(week.plannedMinutes <= budget, "week \(week.number): \(week.plannedMinutes) of \(budget)")
            if Double(week.plannedMinutes) < 0.85 * Double(budget) {
                let slack = budget - week.plannedMinutes
                let fitting = (bank.questions.map(\.id) + bank.snippets.map(\.id) + bank.exercises.map(\.id)).filter {
                    !planned.contains($0) && week.work.contains(kind(of: $0, in: bank)!)
                        && minutes(of: $0, in: bank) <= slack
                }
                #expect(
                    fitting.isEmpty,
                    "week \(week.number) at \(week.plannedMinutes) of \(budget) left \(fitting.prefix(3))")
            }
        }
    }

    @Test("plans mock interviews only from about 60% of the way, 45 to 60 minutes each", arguments: weeks, hours)
    func mocks(_ weeks: Int, _ hours: Double) throws {
        let days = weeks * 7
        let plan = try StudyPlanner(bank: bank).plan(request(days: days, hours: hours))
        let start = Self.today.adding(days: Int((0.6 * Double(days)).rounded(.up)))
        let mocks = plan.items.filter { $0.kind == .mock }
        #expect(!mocks.isEmpty)
        #expect(mocks.allSatisfy { $0.day >= start }, "first mock \(mocks.first?.day.description ?? "none")")
        #expect(mocks.allSatisfy { (45...60).contains($0.minutes) && $0.interviewFormat != nil && $0.id == nil })
        #expect(plan.weeks.last?.items.contains { $0.kind == .resume } == true)
    }

    @Test("a mid-level plan starts each area with mid items and holds more of them than a senior plan")
    func levels() throws {
        let bank = try bank
        let planner = StudyPlanner(bank: bank)
        let mid = try planner.plan(request(days: 42, hours: 6, level: .mid))
        let senior = try planner.plan(request(days: 42, hours: 6, level: .senior))
        func midShare(_ plan: StudyPlan) -> Double {
            let levels = plan.items.compactMap(\.id).compactMap { bank.question($0)?.level ?? bank.exercise($0)?.level }
            return Double(levels.filter { $0 == .mid }.count) / Double(max(1, levels.count))
        }
        #expect(midShare(mid) > midShare(senior))
        #expect(midShare(senior) < 0.5)
        for plan in [mid, senior] {
            for area in plan.weeks[0].areas {
                let first = plan.weeks[0].items.first { $0.area == area && $0.id != nil }
                let level = first?.id.flatMap {
                    bank.question($0)?.level ?? bank.snippet($0)?.level ?? bank.exercise($0)?.level
                }
                #expect(level == .mid, "first \(area) item of the \(plan.request.level) plan")
            }
        }
    }

    @Test("a weak area gains items and a mastered one loses them")
    func mastery() throws {
        let planner = StudyPlanner(bank: try bank)
        let weak = try planner.plan(request(days: 42, hours: 4, mastery: ["databases": 0.1, "web": 0.95]))
        let strong = try planner.plan(request(days: 42, hours: 4, mastery: ["databases": 0.95, "web": 0.1]))
        let weakMinutes = minutesByArea(weak)
        let strongMinutes = minutesByArea(strong)
        #expect(weakMinutes["databases", default: 0] > strongMinutes["databases", default: 0])
        #expect(weakMinutes["web", default: 0] < strongMinutes["web", default: 0])
        #expect(weak.items.filter { $0.area == "databases" && $0.id != nil }.allSatisfy { $0.reason == .weakArea })
    }

    @Test("re-planning from today with new mastery and done items moves the plan as expected")
    func replanning() throws {
        let planner = StudyPlanner(bank: try bank)
        let interview = Self.today.adding(days: 42)
        let first = try planner.plan(request(days: 42, hours: 6, interview: interview))
        let practised = Set(first.weeks.prefix(2).flatMap(\.items).compactMap(\.id))
        let later = Self.today.adding(days: 14)

        let dbWeak = try planner.plan(
            request(
                days: 28, hours: 6, mastery: ["python": 0.95, "objects": 0.9, "databases": 0.15], done: practised,
                today: later, interview: interview))
        let dbStrong = try planner.plan(
            request(
                days: 28, hours: 6, mastery: ["python": 0.2, "objects": 0.9, "databases": 0.95], done: practised,
                today: later, interview: interview))
        #expect(dbWeak.weeks.count == 4)
        #expect(dbWeak.weeks.first?.firstDay == later)
        for plan in [dbWeak, dbStrong] {
            let again = plan.items.filter { $0.id.map(practised.contains) ?? false }
            #expect(again.isEmpty, "done items planned again: \(again.map(\.title))")
        }
        #expect(minutesByArea(dbWeak)["databases", default: 0] > minutesByArea(dbStrong)["databases", default: 0])
        #expect(minutesByArea(dbWeak)["python", default: 0] < minutesByArea(dbStrong)["python", default: 0])
    }

    @Test("today's items and the Markdown plan agree with the weeks")
    func todayAndMarkdown() throws {
        let plan = try StudyPlanner(bank: try bank).plan(request(days: 30, hours: 7))
        let today = plan.items(on: Self.today)
        #expect(!today.isEmpty)
        #expect(today.allSatisfy { $0.day == Self.today })
        #expect(plan.weeks.flatMap(\.days).flatMap(plan.items(on:)).count == plan.items.count)
        let markdown = plan.markdown
        #expect(markdown.contains("# Study plan for the interview on"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == plan.items.count)
        #expect(markdown.contains("Core Python"))
    }

    func minutesByArea(_ plan: StudyPlan) -> [String: Int] {
        plan.items.filter { $0.id != nil }.reduce(into: [:]) { $0[$1.area ?? "", default: 0] += $1.minutes }
    }
}
