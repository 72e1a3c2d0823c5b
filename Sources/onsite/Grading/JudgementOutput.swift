import Foundation
import OnsiteCore

/// Prints a judgement for a person, or as JSON.
enum JudgementOutput {
    static func json(_ judgement: Judgement) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONJudgement(judgement)), as: UTF8.self)
    }

    /// The judgement as the grade, each point with its evidence, the pitfalls and the follow-up.
    static func text(_ judgement: Judgement, rubric: Rubric, colours: Bool) -> String {
        func paint(_ text: String, _ style: Terminal.Style) -> String {
            Terminal.paint(text, style, when: colours)
        }
        var lines: [String] = []
        let percent = Int((judgement.score * 100).rounded())
        lines.append(
            paint("Grade \(judgement.grade)/4 (\(GradeScale.name(of: judgement.grade))), score \(percent)%", .bold)
                + "  \(rubric.title)")
        for flag in judgement.flags { lines.append(paint("! ", .yellow) + flag.explanation) }
        lines.append("")
        for point in judgement.points {
            let (mark, style): (String, Terminal.Style) =
                switch point.verdict {
                case .covered: ("✓ covered", .green)
                case .partial: ("~ partial", .yellow)
                case .missed: ("✗ missed ", .red)
                }
            lines.append("\(paint(mark, style))  \(point.id) (weight \(point.weight))")
            if let evidence = point.evidence {
                lines.append("    " + paint("you said: ", .dim) + "\"\(evidence.clipped(to: 200))\"")
            }
            if point.verdict != .covered { lines.append("    " + paint("expected: ", .dim) + point.expected) }
        }
        if !judgement.pitfalls.isEmpty {
            lines.append("")
            lines.append(paint("Pitfalls", .bold))
            for pitfall in judgement.pitfalls {
                lines.append(paint("✗ ", .red) + pitfall.description)
                lines.append("    " + paint("you said: ", .dim) + "\"\(pitfall.evidence.clipped(to: 200))\"")
            }
        }
        if let story = judgement.story {
            lines.append("")
            let stages = story.stages.map(\.rawValue).joined(separator: ", ")
            lines.append(
                paint("Story: ", .bold) + (stages.isEmpty ? "no STAR stage told" : stages)
                    + "; \(story.personalActions) sentence(s) on what you did"
                    + (story.measuredResult ? "; a measured result" : "; no measured result"))
        }
        let dimensions = judgement.dimensions
        lines.append("")
        lines.append(
            paint("Knowledge ", .dim) + "\(Int((dimensions.knowledge * 100).rounded()))%"
                + paint("  Depth ", .dim) + "\(Int((dimensions.depth * 100).rounded()))%"
                + paint("  Communication ", .dim) + "\(Int((dimensions.communication * 100).rounded()))%")
        if let followUp = judgement.followUp {
            lines.append("")
            lines.append(paint("Follow-up: ", .cyan) + followUp.prompt)
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON form of a judgement: the fields of the CLI contract first.
struct JSONJudgement: Encodable {
    var question: String
    var score: Double
    var grade: Int
    var points: [PointJudgement]
    var pitfalls: [PitfallFinding]
    var flags: [AnswerFlag]
    var followUp: String?
    var followUpAim: String?
    var dimensions: Dimensions
    var story: StoryShape?

    init(_ judgement: Judgement) {
        question = judgement.rubricID.description
        score = (judgement.score * 1000).rounded() / 1000
        grade = judgement.grade
        points = judgement.points.map {
            var point = $0
            point.strength = (point.strength * 1000).rounded() / 1000
            return point
        }
        pitfalls = judgement.pitfalls
        flags = judgement.flags
        followUp = judgement.followUp?.prompt
        followUpAim = judgement.followUp.map { Self.describe($0.aim) }
        dimensions = judgement.dimensions
        story = judgement.story
    }

    static func describe(_ aim: FollowUp.Aim) -> String {
        switch aim {
        case .point(let id): "point:\(id)"
        case .tradeOffs: "trade-offs"
        case .scale: "scale"
        case .depth: "depth"
        case .experience: "experience"
        case .constraint: "constraint"
        }
    }
}

extension String {
    func clipped(to length: Int) -> String { count <= length ? self : String(prefix(length - 1)) + "…" }
}
