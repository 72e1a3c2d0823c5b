import Foundation
import OnsiteCore

/// Reads questions, system-design prompts and behavioural prompts.
enum QuestionReader {
    static func read(_ front: YAMLMapping, _ document: MarkdownDocument, kind: ContentKind) -> Question? {
        let pitfallKey = kind == .behaviour ? "red_flags" : "pitfalls"
        front.rejectUnknownKeys(allowed: [
            "id", "kind", "title", "area", "subtopics", "level", "round", "minutes", "tags",
            "points", pitfallKey, "follow_ups",
        ])
        let header = ItemHeader.read(front)
        let round = front.choice("round", Round.self)
        let minutes = front.integer("minutes", in: 1...120)
        if let round, let expected = expectedRound(kind), round != expected {
            front.report(
                "round",
                "a \(kind.rawValue) prompt belongs to round \"\(expected.rawValue)\"; found \"\(round.rawValue)\"")
        }
        let points = readPoints(front, kind: kind)
        let pitfalls = readPitfalls(front, key: pitfallKey)
        let followUps = readFollowUps(front, pointIDs: Set(points.map(\.id)))
        let sections = document.sections(required: ["Prompt", "Model answer"], source: front.source)

        guard let header, let round, let minutes,
            let prompt = sections["Prompt"], let answer = sections["Model answer"], !points.isEmpty
        else { return nil }
        return Question(
            id: header.id, kind: kind, title: header.title, area: header.area,
            subtopics: header.subtopics, level: header.level, round: round, minutes: minutes,
            tags: header.tags, prompt: prompt.text, modelAnswer: answer.text, points: points,
            pitfalls: pitfalls, followUps: followUps)
    }

    private static func expectedRound(_ kind: ContentKind) -> Round? {
        switch kind {
        case .design: .design
        case .behaviour: .behaviour
        default: nil
        }
    }

    private static func requiredStages(_ kind: ContentKind) -> [Stage]? {
        switch kind {
        case .design: Stage.design
        case .behaviour: Stage.behaviour
        default: nil
        }
    }

    static func readPoints(_ front: YAMLMapping, kind: ContentKind) -> [AssessmentPoint] {
        let stages = requiredStages(kind)
        var points: [AssessmentPoint] = []
        var seen: Set<String> = []
        for entry in front.mappings("points") {
            entry.rejectUnknownKeys(allowed: ["id", "weight", "says", "concepts", "phrasings", "stage"])
            let id = entry.slug("id")
            let weight = entry.integer("weight", in: 1...5)
            let says = entry.text("says")
            let concepts = entry.texts("concepts").map { $0.map(parseConcept) }
            let phrasings = entry.texts("phrasings")
            var stage: Stage?
            if let stages {
                stage = entry.choice("stage", Stage.self)
                if let chosen = stage, !stages.contains(chosen) {
                    let names = stages.map(\.rawValue).joined(separator: ", ")
                    entry.report("stage", "expected one of: \(names); found \"\(chosen.rawValue)\"")
                }
            } else if entry.value("stage") != nil {
                entry.report("stage", "only design and behaviour prompts have stages")
            }
            if let id, !seen.insert(id).inserted {
                entry.report("id", "point id \"\(id)\" is used twice in this question")
            }
            if let concepts, concepts.contains(where: { $0.alternatives.isEmpty }) {
                entry.report("concepts", "an entry has no wording between its ` | ` separators")
            }
            guard let id, let weight, let says, let concepts, let phrasings else { continue }
            points.append(
                AssessmentPoint(
                    id: id, weight: weight, strongAnswer: says, concepts: concepts,
                    phrasings: phrasings, stage: stage))
        }
        if let stages, !points.isEmpty {
            let missing = stages.filter { stage in !points.contains { $0.stage == stage } }
            if !missing.isEmpty {
                front.report(
                    "points",
                    "no point covers the stage(s) \(missing.map(\.rawValue).joined(separator: ", ")); every stage needs a point"
                )
            }
        }
        return points
    }

    /// Splits `a | b | c` into its alternatives.
    static func parseConcept(_ text: String) -> Concept {
        let alternatives = text.split(separator: "|").map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return Concept(alternatives: alternatives.filter { !$0.isEmpty })
    }

    static func readPitfalls(_ front: YAMLMapping, key: String) -> [Pitfall] {
        var pitfalls: [Pitfall] = []
        var seen: Set<String> = []
        for entry in front.mappings(key, required: false, minimum: 0) {
            entry.rejectUnknownKeys(allowed: ["id", "says", "shows"])
            let id = entry.slug("id")
            let says = entry.text("says")
            let shows = entry.texts("shows")
            if let id, !seen.insert(id).inserted {
                entry.report("id", "\"\(id)\" is used twice in \(key)")
            }
            guard let id, let says, let shows else { continue }
            pitfalls.append(Pitfall(id: id, description: says, signs: shows))
        }
        return pitfalls
    }

    static func readFollowUps(_ front: YAMLMapping, pointIDs: Set<String>) -> [FollowUp] {
        var followUps: [FollowUp] = []
        for entry in front.mappings("follow_ups", required: false, minimum: 0) {
            entry.rejectUnknownKeys(allowed: ["ask", "aims"])
            let ask = entry.text("ask")
            guard let aims = entry.text("aims") else { continue }
            let aim: FollowUp.Aim
            if let keyword = FollowUp.Aim.keywords[aims] {
                aim = keyword
            } else if pointIDs.contains(aims) || pointIDs.isEmpty {
                aim = .point(aims)
            } else {
                let choices = (pointIDs.sorted() + FollowUp.Aim.keywords.keys.sorted()).joined(separator: ", ")
                entry.report(
                    "aims",
                    "\"\(aims)\" is neither a point id of this question nor a keyword; expected one of: \(choices)")
                continue
            }
            if let ask { followUps.append(FollowUp(prompt: ask, aim: aim)) }
        }
        return followUps
    }
}
