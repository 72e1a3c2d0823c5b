/// Runs a mock interview: asks each item, grades the answer, follows up where the answer was
/// thin (or deeper where it was strong), and moves on.
///
/// Pure: the clock comes in as milliseconds and code is run by the caller, which passes the
/// runner's ``ExerciseOutcome`` back. The caller stores the interview after every step.
public struct InterviewEngine: Sendable {
    /// The most follow-ups asked after one item.
    public static let maximumFollowUps = 2

    public let bank: ContentBank
    public let grader: RubricGrader

    public init(bank: ContentBank, grader: RubricGrader) {
        self.bank = bank
        self.grader = grader
    }

    /// A new interview, its items chosen and its first question pending; `resume` questions add a
    /// resume round (see ``InterviewPlanner/plan(_:history:resume:)``).
    public func start(
        id: String, settings: InterviewSettings, history: CandidateHistory, resume: [ResumeQuestion] = [],
        now: Int64
    ) throws(InterviewError) -> Interview {
        let assessments = try InterviewPlanner(bank: bank).plan(settings, history: history, resume: resume)
        var interview = Interview(
            id: id, settings: settings, assessments: assessments, pending: nil, turns: [], startedAt: now,
            finishedAt: nil, draft: nil)
        ask(assessment: 0, item: 0, in: &interview, now: now)
        return interview
    }

    /// Where the interview stands, for showing the pending question.
    public func progress(of interview: Interview, now: Int64) -> InterviewProgress? {
        guard let pending = interview.pending else { return nil }
        let assessment = interview.assessments[pending.assessment]
        let item = assessment.items[pending.item]
        let itemLeft = item.budgetSeconds.map { max(0, Int64($0) * 1000 - (now - pending.itemStartedAt)) }
        return InterviewProgress(
            assessmentName: assessment.name, assessmentNumber: pending.assessment + 1,
            assessmentCount: interview.assessments.count, itemNumber: pending.item + 1,
            itemCount: assessment.items.count, followUp: pending.followUp, kind: item.kind, itemID: item.id,
            title: title(of: item), prompt: pending.text, itemMillisecondsLeft: itemLeft,
            interviewMillisecondsLeft: interview.remainingMilliseconds(at: now))
    }

    /// Records a spoken answer to the pending question: "skip" skips the item; anything else is
    /// graded, then a follow-up or the next item becomes pending.
    @discardableResult
    public func answer(_ text: String, in interview: inout Interview, now: Int64) throws(InterviewError) -> Turn {
        guard let pending = interview.pending else { throw InterviewError(.finished, "the interview is over") }
        let item = interview.assessments[pending.assessment].items[pending.item]
        let overTime = isOverTime(pending, item: item, now: now)
        var turn = Turn(
            assessment: pending.assessment, item: pending.item, itemID: item.id, followUp: pending.followUp,
            prompt: pending.text, answer: text, skipped: Self.isSkip(text), answeredAt: now, overTime: overTime,
            judgement: nil, exercise: nil)
        if turn.skipped {
            interview.turns.append(turn)
            advance(from: pending, in: &interview, now: now)
            return turn
        }
        guard item.kind != .exercise || pending.followUp > 0 else {
            throw InterviewError(.wrongKindOfAnswer, "\(item.id) is an exercise: submit code for it")
        }
        guard let rubric = rubric(for: item) else {
            throw InterviewError(.unknownItem, "\(item.id) is not in the bank any more")
        }
        if let bullet = item.bullet, item.kind == .resume {
            let asked = Set(interview.turns.filter { $0.itemID == item.id }.map(\.prompt) + [pending.text])
            turn.judgement = ResumeRound().judge(text, about: bullet, excluding: asked)
        } else {
            turn.judgement = grader.grade(text, against: rubric)
        }
        interview.turns.append(turn)
        if let followUp = nextFollowUp(after: pending, item: item, rubric: rubric, in: interview, overTime: overTime) {
            interview.pending = PendingPrompt(
                assessment: pending.assessment, item: pending.item, followUp: pending.followUp + 1,
                text: followUp.prompt, itemStartedAt: pending.itemStartedAt)
        } else {
            advance(from: pending, in: &interview, now: now)
        }
        if interview.remainingMilliseconds(at: now) == 0 { finish(&interview, now: now) }
        return turn
    }

    /// Records code submitted for the pending exercise with the runner's verdict on it.
    @discardableResult
    public func submit(
        _ code: String, outcome: ExerciseOutcome, in interview: inout Interview, now: Int64
    ) throws(InterviewError) -> Turn {
        guard let pending = interview.pending else { throw InterviewError(.finished, "the interview is over") }
        let item = interview.assessments[pending.assessment].items[pending.item]
        guard item.kind == .exercise, pending.followUp == 0 else {
            throw InterviewError(.wrongKindOfAnswer, "\(item.id) is a question: answer it in words")
        }
        let turn = Turn(
            assessment: pending.assessment, item: pending.item, itemID: item.id, followUp: 0, prompt: pending.text,
            answer: code, skipped: false, answeredAt: now, overTime: isOverTime(pending, item: item, now: now),
            judgement: nil, exercise: outcome)
        interview.turns.append(turn)
        advance(from: pending, in: &interview, now: now)
        if interview.remainingMilliseconds(at: now) == 0 { finish(&interview, now: now) }
        return turn
    }

    /// Ends the interview now; items not reached stay unanswered.
    public func finish(_ interview: inout Interview, now: Int64) {
        interview.pending = nil
        interview.finishedAt = interview.finishedAt ?? now
    }

    /// The exercise of an item, for the caller to run code against.
    public func exercise(_ id: ItemID) -> Exercise? { bank.exercise(id) }

    /// The rubric an item's answers are judged against: the bank's for a question (or an
    /// exercise's follow-ups), the bullet's own for a resume item.
    public func rubric(for item: PlannedItem) -> Rubric? {
        switch item.kind {
        case .question, .exercise: bank.rubric(item.id)
        case .resume: item.bullet.map(ResumeRound().rubric(for:))
        }
    }

    /// The rubric of the item a turn answered.
    public func rubric(for turn: Turn, in interview: Interview) -> Rubric? {
        guard interview.assessments.indices.contains(turn.assessment),
            interview.assessments[turn.assessment].items.indices.contains(turn.item)
        else { return bank.rubric(turn.itemID) }
        return rubric(for: interview.assessments[turn.assessment].items[turn.item])
    }

    /// Whether an answer skips the question: empty, "skip" or "pass".
    public static func isSkip(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace.lowercased()
        return trimmed.isEmpty || trimmed == "skip" || trimmed == "pass"
    }

    private func isOverTime(_ pending: PendingPrompt, item: PlannedItem, now: Int64) -> Bool {
        item.budgetSeconds.map { now - pending.itemStartedAt > Int64($0) * 1000 } ?? false
    }

    /// A first follow-up after every graded answer that leaves something to ask; a second only
    /// while an important point (weight 3 or more; any part of a resume bullet) is still missing.
    /// None once over time.
    private func nextFollowUp(
        after pending: PendingPrompt, item: PlannedItem, rubric: Rubric, in interview: Interview, overTime: Bool
    ) -> FollowUp? {
        guard !overTime, pending.followUp < Self.maximumFollowUps else { return nil }
        let turns = interview.turns.filter { $0.assessment == pending.assessment && $0.item == pending.item }
        guard let combined = Judgement.combining(turns.compactMap(\.judgement), tuning: grader.tuning) else {
            return nil
        }
        if combined.flags.contains(where: { [.empty, .gibberish, .restatesQuestion].contains($0) }) { return nil }
        let asked = Set(turns.map(\.prompt))
        let choice =
            item.kind == .resume
            ? ResumeRound.followUp(for: combined, in: rubric, excluding: asked)
            : FollowUpChoice.followUp(for: combined, in: rubric, excluding: asked)
        guard let followUp = choice else { return nil }
        if pending.followUp == 0 { return followUp }
        let important = item.kind == .resume ? 1 : 3
        guard case .point(let id) = followUp.aim,
            combined.points.contains(where: { $0.id == id && $0.verdict == .missed && $0.weight >= important })
        else { return nil }
        return followUp
    }

    private func advance(from pending: PendingPrompt, in interview: inout Interview, now: Int64) {
        let items = interview.assessments[pending.assessment].items.count
        if pending.item + 1 < items {
            ask(assessment: pending.assessment, item: pending.item + 1, in: &interview, now: now)
        } else if pending.assessment + 1 < interview.assessments.count {
            ask(assessment: pending.assessment + 1, item: 0, in: &interview, now: now)
        } else {
            finish(&interview, now: now)
        }
    }

    private func ask(assessment: Int, item: Int, in interview: inout Interview, now: Int64) {
        let planned = interview.assessments[assessment].items[item]
        let text: String =
            switch planned.kind {
            case .question: bank.question(planned.id)?.prompt ?? planned.id.description
            case .exercise: bank.exercise(planned.id)?.statement ?? planned.id.description
            case .resume: ResumeRound.promptOpening + (planned.bullet?.text ?? planned.id.description)
            }
        interview.pending = PendingPrompt(
            assessment: assessment, item: item, followUp: 0, text: text, itemStartedAt: now)
    }

    func title(of item: PlannedItem) -> String {
        switch item.kind {
        case .question: bank.question(item.id)?.title ?? item.id.description
        case .exercise: bank.exercise(item.id)?.title ?? item.id.description
        case .resume: rubric(for: item)?.title ?? item.id.description
        }
    }
}

/// Where an interview stands: "Assessment 2 of 3 · Question 2 of 4", and the time left.
public struct InterviewProgress: Hashable, Sendable {
    public var assessmentName: String
    public var assessmentNumber: Int
    public var assessmentCount: Int
    public var itemNumber: Int
    public var itemCount: Int
    /// 0 for the item itself, 1 or 2 for a follow-up.
    public var followUp: Int
    public var kind: PlannedItem.Kind
    public var itemID: ItemID
    public var title: String
    public var prompt: String
    public var itemMillisecondsLeft: Int64?
    public var interviewMillisecondsLeft: Int64?
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
