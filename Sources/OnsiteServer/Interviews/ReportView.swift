import OnsiteCore

/// An interview report as its page shows it: the hiring signal and how it was derived, charts of
/// the per-dimension and per-assessment scores, every item, strengths, gaps and what to study.
struct ReportView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var title: String
        var id: String
        var href: String
        var result: String
        var notes: String?
        var parts: [String]
    }

    struct Assessment: Encodable, Sendable {
        var name: String
        var percent: Int
        var grade: Int
        var items: [Item]
    }

    struct Dimension: Encodable, Sendable {
        var name: String
        var score: String
        var basis: String
    }

    struct Observation: Encodable, Sendable {
        var point: String
        var detail: String
        var quote: String?
        var item: String
    }

    struct Study: Encodable, Sendable {
        var title: String
        var href: String
        var reason: String
    }

    var id: String
    var format: String
    var level: String
    var overall: Int
    var signal: String
    var scale: String
    var derivation: [String]
    var dimensionsSVG: String
    var assessmentsSVG: String
    var dimensions: [Dimension]
    var assessments: [Assessment]
    var strengths: [Observation]
    var gaps: [Observation]
    var study: [Study]

    init(_ report: InterviewReport) {
        id = report.interviewID
        format = report.format.rawValue
        level = report.level.rawValue
        overall = FeedbackView.percent(report.overall)
        signal = report.hiringSignal.signal.rawValue
        scale = report.hiringSignal.scale.joined(separator: " · ")
        derivation = report.hiringSignal.derivation
        let measured = report.dimensions.compactMap { dimension in dimension.score.map { (dimension.name, $0) } }
        dimensionsSVG = Charts.bars(measured.map { (label: $0.0, value: $0.1) }, label: "Score per dimension")
        assessmentsSVG = Charts.bars(
            report.assessments.map { (label: $0.name, value: $0.score) }, label: "Score per assessment")
        dimensions = report.dimensions.map {
            Dimension(
                name: $0.name, score: $0.score.map { "\(FeedbackView.percent($0))%" } ?? "not measured",
                basis: $0.basis)
        }
        assessments = report.assessments.map { assessment in
            Assessment(
                name: assessment.name, percent: FeedbackView.percent(assessment.score), grade: assessment.grade,
                items: assessment.items.map(Self.item))
        }
        strengths = report.strengths.map(Self.observation)
        gaps = report.gaps.map(Self.observation)
        study = report.studyNext.map {
            Study(title: $0.title, href: Self.href($0.id, kind: $0.kind), reason: $0.reason)
        }
    }

    private static func item(_ item: InterviewReport.ItemScore) -> Item {
        let result: String =
            if let score = item.score {
                item.skipped ? "skipped" : "\(FeedbackView.percent(score))%, grade \(item.grade ?? 0)/4"
            } else {
                "not reached"
            }
        var notes: [String] = []
        if item.followUps > 0 { notes.append("\(item.followUps) follow-up(s)") }
        if item.overTime { notes.append("over time") }
        return Item(
            title: item.title, id: item.id.description, href: href(item.id, kind: item.kind), result: result,
            notes: notes.isEmpty ? nil : notes.joined(separator: ", "),
            parts: (item.parts ?? []).map { part in
                "\(FeedbackView.words(part.verdict)): \(part.part.rawValue)" + (part.quote.map { " — “\($0)”" } ?? "")
            })
    }

    private static func observation(_ observation: InterviewReport.Observation) -> Observation {
        Observation(
            point: observation.point, detail: observation.detail, quote: observation.quote,
            item: observation.item.description)
    }

    /// Where to practise an item again: its question or exercise page.
    private static func href(_ id: ItemID, kind: PlannedItem.Kind) -> String {
        switch kind {
        case .exercise: "/exercises/\(id)"
        case .question: "/questions/\(id)"
        case .resume: "/interviews"
        }
    }
}
