/// Something placed in a week while the plan is built: a bank item or a block, on a day.
struct PlanEntry: Hashable, Sendable {
    /// Where an entry goes within its day: review first, mock interviews last.
    enum Slot: Int, Hashable, Sendable, Comparable {
        case review
        case resume
        case item
        case mock

        static func < (lhs: Slot, rhs: Slot) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var kind: WorkKind
    var id: ItemID?
    var title: String
    var area: String?
    var minutes: Int
    var reason: PlanReason
    var format: InterviewFormat?
    var slot: Slot
    /// The day, counted from the plan's first day; `nil` until bank items are given their days.
    var dayIndex: Int?
}

/// One week being filled: its frame, what is placed and the minutes left.
struct WeekDraft: Hashable, Sendable {
    var frame: WeekFrame
    /// Review, resume and mock blocks, each on its day.
    var blocks: [PlanEntry] = []
    /// Bank items in the order they were chosen.
    var picks: [PlanEntry] = []
    var remaining: Int

    init(frame: WeekFrame) {
        self.frame = frame
        self.remaining = frame.budget
    }

    func blockCount(_ kind: WorkKind, on day: Int) -> Int {
        blocks.filter { $0.kind == kind && $0.dayIndex == day }.count
    }
}

/// Fills the frames of a plan, in four passes over all the weeks so that no week takes what a later
/// week needs for its own areas:
///
/// 1. blocks: daily review, the resume deep dive, the first mock interviews;
/// 2. the week's own areas, shared by weight (weak and job areas get more), foundations first;
/// 3. anything left in the bank that fits ("extra practice"), then items already done;
/// 4. more mock interviews on the days that allow them, when the bank has nothing left that fits.
struct PlanBuilder {
    let request: PlanRequest
    let priorities: AreaPriorities
    let areaTitles: [String: String]
    /// Every bank item, in id order.
    let candidates: [PlanCandidate]
    /// Each area's items in the order to meet them.
    let byArea: [String: [PlanCandidate]]
    /// The position of each item in its area's order.
    let rank: [ItemID: Int]
    let foundations: Set<ItemID>
    /// Areas with enough conceptual questions for a mock drill.
    let drillAreas: Set<String>
    /// The first day (from the plan's first day) a mock interview may be planned: 60% of the way.
    let mockStart: Int

    var drafts: [WeekDraft]
    var used = Set<ItemID>()
    var mockCount = 0
    var drillCount = 0

    /// The share of the way to the interview after which mock interviews are planned.
    static let mockStartShare = 0.6
    /// The shortest mock interview (a drill) and the longer formats.
    static let drillMinutes = 45
    static let mockMinutes = 60
    /// The share of its budget a week should reach when the bank has enough items.
    static let fillTarget = 0.85
    /// A drill needs this many conceptual questions in its area.
    static let drillQuestions = 4

    init(request: PlanRequest, frames: [WeekFrame], bank: ContentBank, priorities: AreaPriorities) {
        self.request = request
        self.priorities = priorities
        self.areaTitles = Dictionary(bank.areas.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.candidates = PlanCandidate.all(in: bank).sorted { $0.id < $1.id }
        let ordered = PlanCandidate.ordered(candidates, for: request.level)
        self.byArea = ordered.byArea
        self.foundations = ordered.foundations
        self.rank = Dictionary(
            ordered.byArea.values.flatMap { $0.enumerated().map { ($1.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        let questionAreas = candidates.filter { $0.kind == .questions }.map(\.area)
        self.drillAreas = Set(
            Dictionary(grouping: questionAreas, by: { $0 }).filter { $0.value.count >= Self.drillQuestions }.keys)
        self.mockStart = Int((Self.mockStartShare * Double(request.studyDays)).rounded(.up))
        self.drafts = frames.map(WeekDraft.init)
    }

    /// Runs the passes and returns the finished weeks.
    mutating func build() -> [StudyWeek] {
        for week in drafts.indices {
            placeReview(in: week)
            placeResume(in: week)
            placeFirstMocks(in: week)
        }
        for week in drafts.indices { fillFromFocus(week) }
        for week in drafts.indices { fillFromAnywhere(week, practisedBefore: false) }
        for week in drafts.indices { fillFromAnywhere(week, practisedBefore: true) }
        for week in drafts.indices { placeExtraMocks(in: week) }
        return drafts.map(finished)
    }

    /// Shares the week among its areas by weight: each next item goes to the area with the fewest
    /// minutes for its weight and, within it, to the kind of work with the fewest minutes for its
    /// share; it is that kind's first item (in foundations-first order) that fits. A part of a
    /// stretched outline week takes at most its share of what is left for its areas.
    mutating func fillFromFocus(_ week: Int) {
        let frame = drafts[week].frame
        var queues: [AreaQueue] = frame.areas.compactMap { area in
            let kinds = frame.work.compactMap { kind -> KindQueue? in
                let items = (byArea[area] ?? []).filter {
                    $0.kind == kind && !used.contains($0.id) && !request.done.contains($0.id)
                }
                return items.isEmpty ? nil : KindQueue(kind: kind, items: items)
            }
            return kinds.isEmpty ? nil : AreaQueue(area: area, weight: priorities.weight(of: area), kinds: kinds)
        }
        let supply = queues.flatMap(\.kinds).flatMap(\.items).reduce(0) { $0 + $1.minutes }
        var share = frame.partsLeft > 1 ? (supply + frame.partsLeft - 1) / frame.partsLeft : Int.max
        while share > 0 {
            let limit = min(drafts[week].remaining, share)
            let open = queues.indices.filter { queues[$0].fits(limit) }
            guard let area = open.min(by: { queues[$0].load < queues[$1].load }),
                let item = queues[area].take(fitting: limit)
            else { break }
            share -= item.minutes
            pick(item, reason: reason(for: item, in: frame), in: week)
        }
    }

    /// Fills what is left of the week with any unused item of its kinds of work that fits: the week's
    /// areas first, then areas already studied, then the rest, heavier areas first. Items already done
    /// are used only for a week still short of ``fillTarget``.
    mutating func fillFromAnywhere(_ week: Int, practisedBefore: Bool) {
        guard drafts[week].remaining > 0 else { return }
        let frame = drafts[week].frame
        if practisedBefore && Double(frame.budget - drafts[week].remaining) >= Self.fillTarget * Double(frame.budget) {
            return
        }
        let studied = Set(drafts[..<week].flatMap(\.frame.areas))
        let group: (String) -> Int = { frame.areas.contains($0) ? 0 : studied.contains($0) ? 1 : 2 }
        let pool = candidates.filter {
            frame.work.contains($0.kind) && !used.contains($0.id) && request.done.contains($0.id) == practisedBefore
        }.sorted { lhs, rhs in
            let left = (group(lhs.area), -priorities.weight(of: lhs.area), lhs.area, rank[lhs.id] ?? 0)
            let right = (group(rhs.area), -priorities.weight(of: rhs.area), rhs.area, rank[rhs.id] ?? 0)
            return left < right
        }
        for item in pool where item.minutes <= drafts[week].remaining {
            pick(item, reason: practisedBefore ? .practisedBefore : .extraPractice, in: week)
        }
    }

    /// Why an item chosen for its week's focus is in the plan.
    func reason(for item: PlanCandidate, in frame: WeekFrame) -> PlanReason {
        if priorities.isWeak(item.area) { return .weakArea }
        if priorities.isNamedByJob(item.area) { return .namedByJob }
        if frame.role == .consolidation { return .consolidation }
        if foundations.contains(item.id) { return .foundations }
        if item.level == .senior && request.level == .mid { return .stepUp }
        return .weekFocus
    }

    private mutating func pick(_ item: PlanCandidate, reason: PlanReason, in week: Int) {
        used.insert(item.id)
        drafts[week].remaining -= item.minutes
        drafts[week].picks.append(
            PlanEntry(
                kind: item.kind, id: item.id, title: item.title, area: item.area, minutes: item.minutes,
                reason: reason, format: nil, slot: .item, dayIndex: nil))
    }
}

/// The unplanned items of one kind of work in one area, in the order to meet them.
struct KindQueue: Hashable, Sendable {
    var kind: WorkKind
    var items: [PlanCandidate]
    var minutes = 0

    var load: Double { Double(minutes) / PlanCandidate.timeShare(of: kind) }

    func fits(_ limit: Int) -> Bool { items.contains { $0.minutes <= limit } }
}

/// The unplanned items of one area in a week, by kind of work, and the minutes given to it so far.
struct AreaQueue: Hashable, Sendable {
    var area: String
    var weight: Double
    var kinds: [KindQueue]
    var minutes = 0

    /// The minutes given to the area for its weight: the area with the least goes next.
    var load: Double { Double(minutes) / weight }

    func fits(_ limit: Int) -> Bool { kinds.contains { $0.fits(limit) } }

    /// Takes the first item that fits from the kind with the least time for its share.
    mutating func take(fitting limit: Int) -> PlanCandidate? {
        let open = kinds.indices.filter { kinds[$0].fits(limit) }
        guard let kind = open.min(by: { kinds[$0].load < kinds[$1].load }),
            let position = kinds[kind].items.firstIndex(where: { $0.minutes <= limit })
        else { return nil }
        let item = kinds[kind].items.remove(at: position)
        kinds[kind].minutes += item.minutes
        minutes += item.minutes
        return item
    }
}
