import Foundation
import OnsiteCore
import Testing

@Suite("Study planner on a small bank")
struct StudyPlannerTests {
    let planner = StudyPlanner(bank: PlanFixtures.bank())

    @Test(
        "refuses dates it cannot plan for, saying why",
        arguments: [
            (-1, PlanError.Code.interviewInPast, "in the past"), (0, .tooSoon, "0 days"),
            (6, .tooSoon, "at least 7 days"),
            (113, .tooFar, "more than 16 weeks"), (400, .tooFar, "400 days"),
        ])
    func badDates(_ days: Int, _ code: PlanError.Code, _ words: String) {
        let request = PlanFixtures.request(days: days, hours: 5)
        #expect {
            try planner.plan(request)
        } throws: { error in
            guard let error = error as? PlanError else { return false }
            return error.code == code && error.message.contains(words)
                && error.message.contains(request.interviewDate.description)
        }
    }

    @Test("plans from 7 to 112 days", arguments: [7, 8, 13, 14, 15, 50, 111, 112])
    func goodDates(_ days: Int) throws {
        let plan = try planner.plan(PlanFixtures.request(days: days, hours: 5))
        #expect((2...16).contains(plan.weeks.count))
        #expect(plan.weeks.first?.firstDay == PlanFixtures.today)
        #expect(plan.weeks.last?.lastDay == PlanFixtures.today.adding(days: days - 1))
        #expect(plan.weeks.last?.role == .interviews)
        for (week, next) in zip(plan.weeks, plan.weeks.dropFirst()) {
            #expect(week.lastDay.adding(days: 1) == next.firstDay)
        }
    }

    @Test("refuses hours and review minutes out of range", arguments: [0, -1, .nan, .infinity, 113])
    func badHours(_ hours: Double) {
        #expect(throws: PlanError.self) { try planner.plan(PlanFixtures.request(days: 21, hours: hours)) }
        var request = PlanFixtures.request(days: 21, hours: 5)
        request.reviewMinutesPerDay = hours < 0 ? -1 : 121
        #expect(
            throws: PlanError(
                .badReviewMinutes, "review minutes per day must be 0–120, not \(request.reviewMinutesPerDay)")
        ) {
            try planner.plan(request)
        }
    }

    @Test("refuses a bank without an outline")
    func noOutline() {
        #expect {
            try StudyPlanner(bank: PlanFixtures.bank(outline: nil)).plan(PlanFixtures.request(days: 21, hours: 5))
        } throws: { ($0 as? PlanError)?.code == .noOutline }
    }

    static let combinations: [(Int, Double)] = [7, 10, 14, 21, 28, 40, 56, 112].flatMap { days in
        [1.5, 3, 5, 12, 40].map { (days, $0) }
    }

    @Test("keeps every week within its prorated hours and never plans an item twice", arguments: combinations)
    func budgets(_ days: Int, _ hours: Double) throws {
        let plan = try planner.plan(PlanFixtures.request(days: days, hours: hours))
        for week in plan.weeks {
            #expect(week.budgetMinutes == Int(hours * 60 * Double(week.dayCount) / 7))
            #expect(week.plannedMinutes <= week.budgetMinutes, "week \(week.number)")
            #expect(week.items.allSatisfy { (week.firstDay...week.lastDay).contains($0.day) })
        }
        let ids = plan.items.compactMap(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(
            plan.items.filter { $0.kind == .mock || $0.kind == .review || $0.kind == .resume }.allSatisfy {
                $0.id == nil
            })
    }

    @Test("follows the outline one to one when there are as many weeks, whatever the job")
    func oneToOne() throws {
        let job = JobProfile(matched: [], unmatched: [], areaWeights: ["ops": 1])
        let plan = try planner.plan(PlanFixtures.request(days: 28, hours: 5, job: job))
        #expect(plan.weeks.map(\.title) == PlanFixtures.outline.weeks.map(\.title))
        #expect(plan.weeks.map(\.areas) == PlanFixtures.outline.weeks.map(\.areas))
        #expect(plan.weeks.map(\.outlineWeeks) == [[1], [2], [3], [4]])
        for (week, outline) in zip(plan.weeks, PlanFixtures.outline.weeks) {
            #expect(week.items.allSatisfy { outline.work.contains($0.kind) || $0.kind == .mock })
        }
    }

    @Test("moves the job's areas to the front of a short plan, with the kinds of work they need")
    func shortPlanJobFirst() throws {
        let job = JobProfile(matched: [], unmatched: [], areaWeights: ["ops": 1, "web": 0.6, "python": 0.2])
        let plan = try planner.plan(PlanFixtures.request(days: 21, hours: 5, job: job))
        let first = try #require(plan.weeks.first)
        #expect(first.areas == ["ops", "web", "python", "objects"])
        #expect(first.title.hasPrefix("First what the job stresses (Ops, Web)"))
        #expect(first.work.contains(.design) && first.work.contains(.snippets))
        #expect(plan.weeks[1].areas == ["databases", "design"])
        #expect(plan.items.first { $0.id != nil }?.area == "ops")

        let plain = try planner.plan(PlanFixtures.request(days: 21, hours: 5))
        #expect(plain.weeks.first?.areas == ["python", "objects"])
        #expect(plain.weeks.first?.title == "Foundations")
        #expect(plain.weeks[1].title == "Data and the web; Design and operations")
    }

    @Test("stretches the outline over a long plan and adds consolidation weeks that move on")
    func longPlan() throws {
        let plan = try planner.plan(PlanFixtures.request(days: 112, hours: 3, mastery: ["web": 0.1]))
        #expect(plan.weeks.count == 16)
        let consolidation = plan.weeks.filter { $0.role == .consolidation }
        #expect(consolidation.count == 2)
        #expect(consolidation.first?.areas.first == "web", "the weak area first")
        #expect(consolidation.last?.areas.starts(with: ["design", "ops"]) == true, "areas not consolidated yet first")
        #expect(consolidation.last?.areas.contains("web") == true, "the weak area again")
        let followed = plan.weeks.flatMap(\.outlineWeeks)
        #expect(followed == followed.sorted())
        #expect(Set(followed) == [1, 2, 3, 4])
        #expect(plan.weeks.contains { $0.title.hasSuffix("(part 2 of 5)") })
    }

    @Test("plans the same request the same way")
    func deterministic() throws {
        let request = PlanFixtures.request(days: 30, hours: 6, mastery: ["web": 0.2])
        #expect(try planner.plan(request) == planner.plan(request))
    }

    @Test("skips items already done unless nothing else fits")
    func done() throws {
        let python = Set(PlanFixtures.bank().questions.filter { $0.area == "python" }.map(\.id))
        let small = try planner.plan(PlanFixtures.request(days: 28, hours: 3, done: python))
        #expect(small.items.compactMap(\.id).allSatisfy { !python.contains($0) })

        let large = try planner.plan(PlanFixtures.request(days: 28, hours: 40, done: python))
        let again = large.items.filter { $0.id.map(python.contains) ?? false }
        #expect(!again.isEmpty)
        #expect(again.allSatisfy { $0.reason == .practisedBefore })
    }

    @Test("gives a weak area more of its week than a mastered one")
    func mastery() throws {
        let weak = try planner.plan(PlanFixtures.request(days: 28, hours: 3, mastery: ["python": 0.1, "objects": 0.9]))
        let strong = try planner.plan(
            PlanFixtures.request(days: 28, hours: 3, mastery: ["python": 0.9, "objects": 0.1]))
        let weakMinutes = PlanFixtures.minutes(byAreaOf: weak.weeks[0].items)
        let strongMinutes = PlanFixtures.minutes(byAreaOf: strong.weeks[0].items)
        #expect(weakMinutes["python", default: 0] > strongMinutes["python", default: 0])
        #expect(weakMinutes["objects", default: 0] < strongMinutes["objects", default: 0])
        #expect(weakMinutes["python", default: 0] > weakMinutes["objects", default: 0])
        #expect(
            weak.weeks[0].items.filter { $0.area == "python" && $0.id != nil }.allSatisfy { $0.reason == .weakArea })
    }

    @Test("starts mock interviews about 60% of the way, and ends with mocks, behaviour and the resume")
    func mocks() throws {
        for days in [10, 21, 35, 70] {
            let plan = try planner.plan(PlanFixtures.request(days: days, hours: 6))
            let start = PlanFixtures.today.adding(days: Int((0.6 * Double(days)).rounded(.up)))
            let mocks = plan.items.filter { $0.kind == .mock }
            #expect(!mocks.isEmpty)
            #expect(mocks.allSatisfy { $0.day >= start && (45...60).contains($0.minutes) && $0.interviewFormat != nil })
            let last = try #require(plan.weeks.last)
            #expect(Set(last.items.map(\.kind)).isSuperset(of: [.mock, .behaviour, .resume, .review]))
            for day in plan.weeks.flatMap(\.days) {
                #expect(plan.items(on: day).filter { $0.kind == .review }.count == 1, "daily review on \(day)")
            }
        }
    }

    @Test("lists a day's items in order, and every item belongs to exactly one day")
    func itemsOnDay() throws {
        let plan = try planner.plan(PlanFixtures.request(days: 24, hours: 8))
        let days = plan.weeks.flatMap(\.days)
        #expect(days.flatMap(plan.items(on:)) == plan.items)
        #expect(plan.items(on: PlanFixtures.today.adding(days: -1)).isEmpty)
        #expect(plan.items(on: PlanFixtures.today.adding(days: 24)).isEmpty)
        for day in days {
            let kinds = plan.items(on: day).map(\.kind)
            if let first = kinds.first { #expect(first == .review) }
            if let mock = kinds.firstIndex(of: .mock) { #expect(kinds[mock...].allSatisfy { $0 == .mock }) }
        }
    }

    @Test("writes a readable Markdown plan with minutes per item and per week")
    func markdown() throws {
        let plan = try planner.plan(PlanFixtures.request(days: 21, hours: 4))
        let text = plan.markdown
        for week in plan.weeks {
            #expect(text.contains("## Week \(week.number) · "))
            #expect(text.contains("\(week.plannedMinutes) of \(week.budgetMinutes) min"))
            #expect(text.contains("**\(week.title)**"))
        }
        let itemLines = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(itemLines.count == plan.items.count)
        #expect(itemLines.allSatisfy { $0.contains(" min") })
        for item in plan.items.compactMap(\.id) { #expect(text.contains("`\(item)`")) }
    }

    @Test("round-trips through JSON")
    func coding() throws {
        let matcher = JobMatcher(skills: [
            JobSkill(id: "sql", name: "SQL", priority: .required, areas: ["databases"], keywords: ["sql"])
        ])
        let request = PlanFixtures.request(
            days: 20, hours: 5, mastery: ["python": 0.3], done: [ItemID("python.mid-0")!],
            job: matcher.match("SQL"))
        let plan = try planner.plan(request)
        let decoded = try JSONDecoder().decode(StudyPlan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
    }
}
