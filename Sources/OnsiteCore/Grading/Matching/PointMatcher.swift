/// Judges the points and pitfalls of one rubric against the sentences of one answer.
struct PointMatcher {
    let sentences: [IndexedSentence]
    /// Sentences that may evidence a point; a sentence stating a pitfall is removed.
    var usable: Set<Int>
    let distancing: Set<Int>
    let tuning: RubricGrader.Tuning

    /// The pitfalls the answer states, each with its sentence. Sentences that report a belief
    /// to reject it ("people assume …") and sentences that negate the sign do not count.
    /// Once the answer has named the question's topic, a sign is also looked for without the topic's
    /// words ("every implementation has one").
    mutating func findPitfalls(_ pitfalls: [CompiledRubric.Pitfall], topic: Set<String>) -> [PitfallFinding] {
        var findings: [PitfallFinding] = []
        let topicNamed = !topic.isEmpty && sentences.contains { $0.positions.keys.contains(where: topic.contains) }
        for pitfall in pitfalls {
            var best: (index: Int, similarity: Double)?
            for index in usable.sorted() where !distancing.contains(index) {
                for sign in pitfall.signs + (topicNamed ? pitfall.signsWithoutTopic : []) {
                    let match = sentences[index].match(sign, minimumRecall: 0.5)
                    guard sign.keys.count >= 2, match.disagreement < 0.15, match.recall >= 0.7,
                        match.similarity >= tuning.pitfallSimilarity
                    else {
                        continue
                    }
                    if match.similarity > best?.similarity ?? 0 { best = (index, match.similarity) }
                }
            }
            if let best {
                findings.append(
                    PitfallFinding(
                        id: pitfall.pitfall.id, description: pitfall.pitfall.description,
                        evidence: sentences[best.index].sentence.text))
                usable.remove(best.index)
            }
        }
        return findings
    }

    /// Sentences that connect two of the rubric's ideas the wrong way round. They earn nothing.
    mutating func findWrongRelations(_ rubric: CompiledRubric) -> [PitfallFinding] {
        var findings: [PitfallFinding] = []
        for index in usable.sorted() where !distancing.contains(index) {
            guard let pair = rubric.wrongRelation(in: sentences[index]) else { continue }
            usable.remove(index)
            let words = sentences[index].content
            let first = words.first { $0.key == pair.first }?.raw ?? pair.first
            let second = words.first { $0.key == pair.second }?.raw ?? pair.second
            findings.append(
                PitfallFinding(
                    id: "wrong-relation", description: "Connects \"\(first)\" and \"\(second)\" the wrong way round.",
                    evidence: sentences[index].sentence.text))
        }
        return findings
    }

    /// The verdict on one point, and a contradiction when a sentence says its opposite.
    func judge(_ point: CompiledRubric.Point) -> (PointJudgement, PitfallFinding?) {
        let order = usable.sorted()
        // Concepts: the best sentence naming each, a fragment earning less.
        var conceptStrengths: [Double] = []
        var conceptSentences: [Int: Double] = [:]
        for alternatives in point.concepts {
            var best: (index: Int, strength: Double)?
            for index in order {
                let sentence = sentences[index]
                for alternative in alternatives {
                    let needed = alternative.keys.count <= 2 ? 1.0 : 0.66
                    let match = sentence.match(alternative, minimumRecall: needed)
                    guard match.recall >= needed, !match.contradicts else { continue }
                    let specificity = min(1, alternative.totalWeight / 0.7)
                    let strength = specificity * (sentence.isFragment ? tuning.fragmentCredit : 1)
                    if strength > best?.strength ?? 0 { best = (index, strength) }
                }
            }
            conceptStrengths.append(best?.strength ?? 0)
            if let best { conceptSentences[best.index, default: 0] += best.strength }
        }
        let conceptScore =
            conceptStrengths.isEmpty ? 0 : conceptStrengths.reduce(0, +) / Double(conceptStrengths.count)

        // Claims and model sentences: the sentence that says most nearly the same.
        var echo: (index: Int, similarity: Double)?
        var contradiction: (index: Int, recall: Double)?
        let statements = point.claims + point.modelSentences
        for index in order {
            let sentence = sentences[index]
            for (number, statement) in statements.enumerated() {
                let match = sentence.match(statement)
                if match.contradicts {
                    if number < point.claims.count, match.recall >= 0.65, match.disagreement >= 0.6,
                        !distancing.contains(index), match.recall > contradiction?.recall ?? 0
                    {
                        contradiction = (index, match.recall)
                    }
                    continue
                }
                let similarity =
                    (0.65 * match.agreeingRecall + 0.35 * match.ordered)
                    * (sentence.isFragment ? tuning.fragmentCredit : 1)
                if similarity > echo?.similarity ?? 0 { echo = (index, similarity) }
            }
        }
        let echoScore = min(1, (echo?.similarity ?? 0) / tuning.fullEcho)

        let conceptEvidence = conceptScore
        let strength = min(1, max(conceptEvidence, echoScore) + tuning.agreementBonus * min(conceptEvidence, echoScore))
        let verdict: PointJudgement.Verdict =
            strength >= tuning.covered ? .covered : strength >= tuning.partial ? .partial : .missed
        var evidence: Int?
        if verdict != .missed {
            let conceptBest = conceptSentences.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            evidence = echoScore >= conceptScore ? echo?.index ?? conceptBest : conceptBest ?? echo?.index
        }
        let judgement = PointJudgement(
            id: point.point.id, weight: point.point.weight, verdict: verdict,
            evidence: evidence.map { sentences[$0].sentence.text }, expected: point.point.strongAnswer,
            strength: strength)
        let finding = contradiction.map {
            PitfallFinding(
                id: "contradicts:\(point.point.id)", description: "Says the opposite of: \(point.point.strongAnswer)",
                evidence: sentences[$0.index].sentence.text)
        }
        return (judgement, finding)
    }
}
