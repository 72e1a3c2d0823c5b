/// Writes the questions and prompts about one bullet, in the bullet's own words: its
/// technologies, its figures, its phrases.
struct QuestionWriter: Sendable {
    let bullet: ResumeBullet
    let evidence: [PartEvidence]
    let technologies: [Technology]
    /// The bullet's words, except those a word of absence negates ("zero downtime").
    private let words: Set<String>

    init(bullet: ResumeBullet, detector: PartDetector, evidence: [PartEvidence]) {
        self.bullet = bullet
        self.evidence = evidence
        self.technologies = detector.technologies.map(\.technology)
        let tokens = detector.tokens
        self.words = Set(
            (0..<tokens.count).filter { index in
                !(1...2).contains { ResumeLexicon.absence.contains(tokens.word(index - $0)) }
            }.map(tokens.word))
    }

    private func phrase(_ part: ResumePart) -> PartEvidence? { evidence.first { $0.part == part } }

    // MARK: Rewrite prompts

    var rewritePrompts: [RewritePrompt] {
        ResumePart.allCases.compactMap { part in
            switch phrase(part)?.strength {
            case .clear: return nil
            case .vague: return RewritePrompt(part: part, text: sharpen(part))
            case nil: return RewritePrompt(part: part, text: add(part))
            }
        }
    }

    private func add(_ part: ResumePart) -> String {
        switch part {
        case .problem:
            if let approach = phrase(.approach), approach.phrase.startsWithVerb {
                return "Add the problem: what was slow, failing, manual or costly \(before(approach.phrase))?"
            }
            return "Add the problem: why was this work needed — what was slow, failing, manual or costly before?"
        case .approach:
            if let impact = phrase(.impact) {
                return
                    "Add the approach: what did you build or change to get \(quoted(impact.phrase)), and with which technology or method?"
            }
            return "Add the approach: what did you do yourself, and with which technology or method?"
        case .scale:
            return "Add the scale: \(scaleQuestion)"
        case .impact:
            return "Add the impact: \(impactQuestion)"
        }
    }

    private func sharpen(_ part: ResumePart) -> String {
        let said = quoted(phrase(part)?.phrase ?? bullet.text)
        switch part {
        case .problem:
            return "Make the problem concrete: \(said) — what exactly was slow, failing or costly, and for whom?"
        case .approach:
            return "Make the approach concrete: \(said) — what did you yourself build or change, and with what?"
        case .scale:
            return "Put a number on the scale: \(said) — how many exactly, and at what peak rate?"
        case .impact:
            return "Put a number on the impact: \(said) — by how much, from what to what?"
        }
    }

    // MARK: Probing questions

    var probingQuestions: [FollowUp] {
        var questions = whyQuestions
        for part in ResumePart.allCases {
            questions.append(probe(part))
        }
        questions.append(
            FollowUp(prompt: "What went wrong along the way, and how did you handle it?", aim: .experience))
        questions.append(FollowUp(prompt: "What would you change if you did it again?", aim: .experience))
        return questions
    }

    /// "Why Redis and not Memcached or an in-process cache?" for up to two technologies; without
    /// one, why the approach described.
    var whyQuestions: [FollowUp] {
        if !technologies.isEmpty {
            return technologies.prefix(2).map {
                FollowUp(prompt: "Why \($0.name) and not \($0.alternatives)?", aim: .tradeOffs)
            }
        }
        if let approach = phrase(.approach), approach.strength == .clear {
            return [
                FollowUp(
                    prompt: "Why that approach — \(quoted(approach.phrase)) — and what else did you consider?",
                    aim: .tradeOffs)
            ]
        }
        return []
    }

    /// The question about one part: aimed at the part when the bullet leaves it out or vague,
    /// deeper into it when the bullet states it.
    func probe(_ part: ResumePart) -> FollowUp {
        guard let stated = phrase(part) else { return FollowUp(prompt: ask(part), aim: .point(part.rawValue)) }
        let said = quoted(stated.phrase)
        if stated.strength == .vague {
            let prompt: String
            switch part {
            case .problem: prompt = "You wrote \(said): what exactly was wrong before, and who felt it?"
            case .approach: prompt = "You wrote \(said): what did you personally build or change, and how?"
            case .scale: prompt = "You wrote \(said): how many exactly, and at what peak rate?"
            case .impact: prompt = "You wrote \(said): by how much, and how did you measure it?"
            }
            return FollowUp(prompt: prompt, aim: .point(part.rawValue))
        }
        switch part {
        case .problem:
            return FollowUp(
                prompt: "How did you find out about the problem (\(said)), and what was it costing?", aim: .depth)
        case .approach:
            return FollowUp(prompt: "Walk me through how \(said) worked, and which part was yours.", aim: .depth)
        case .scale:
            let words = ResumeLexicon.words(stated.phrase.lowercased())
            if words.contains(where: Self.peopleUnits.contains) {
                return FollowUp(
                    prompt:
                        "With \(stated.phrase), how did you split the work, and what would change with twice as many?",
                    aim: .scale)
            }
            return FollowUp(
                prompt: "At \(stated.phrase), what broke first, and what would change at ten times that?", aim: .scale)
        case .impact:
            return FollowUp(
                prompt: "How did you measure \(said) — what was the baseline, and over what period?", aim: .depth)
        }
    }

    /// The question that asks for a part the bullet leaves out.
    func ask(_ part: ResumePart) -> String {
        switch part {
        case .problem:
            if let approach = phrase(.approach), approach.phrase.startsWithVerb {
                return "What problem were you solving — what was slow, failing or costly \(before(approach.phrase))?"
            }
            return "What problem were you solving — what was slow, failing or costly before?"
        case .approach:
            if let technology = technologies.first {
                return "What exactly did you do with \(technology.name), and why that approach over the alternatives?"
            }
            return "What exactly did you do yourself, and why that approach over the alternatives?"
        case .scale:
            return "What was the scale — \(scaleQuestion)"
        case .impact:
            return "What was the impact — \(impactQuestion)"
        }
    }

    // MARK: Tailoring

    /// How to ask about scale for what the bullet is about.
    var scaleQuestion: String {
        if words.contains(where: Self.leadershipWords.contains) {
            return "how many engineers, teams or services were involved?"
        }
        guard let technology = technologies.first else {
            return "how many users, requests per second or records were involved?"
        }
        let name = technology.name
        switch technology.kind {
        case .cache: return "how many requests per second did \(name) serve, and how much data did it hold?"
        case .database, .search:
            return "how much data did \(name) hold, and at how many queries per second?"
        case .streaming: return "how many events or messages per day went through \(name)?"
        case .taskQueue: return "how many jobs per day did \(name) run, and how long did they take?"
        case .webFramework, .api, .concurrency:
            return "how many requests per second or users did the \(name) service handle?"
        case .orchestration, .container, .cloud, .infrastructure:
            return "how many services, containers or machines ran on \(name)?"
        case .dataProcessing, .language: return "how much data did it process, and how often?"
        case .machineLearning: return "how many predictions per second, and how big were the model and its data?"
        case .ci, .testing: return "how many builds or tests a day, for how many engineers?"
        case .observability: return "how many services or events a day did \(name) cover?"
        }
    }

    /// How to ask about impact for what the bullet says was wrong or changed.
    var impactQuestion: String {
        if words.contains(where: Self.speedWords.contains) {
            return "how much faster did it get, from what to what?"
        }
        if words.contains(where: Self.costWords.contains) { return "how much money did it save a month or a year?" }
        if let failure = words.sorted().first(where: Self.failureWords.contains) {
            return "by how much did the \(failure) drop, and over what period?"
        }
        if words.contains(where: Self.toilWords.contains) { return "how many hours a week did it save, and for whom?" }
        return "what got better, by how much, and how did you measure it?"
    }

    /// "before you built a Redis cache", "before moving the jobs to spot instances".
    private func before(_ approach: String) -> String {
        let first = approach.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let lowered = approach.lowercasedFirstIfVerb
        return first.hasSuffix("ing") ? "before \(lowered)" : "before you \(lowered)"
    }

    private func quoted(_ text: String) -> String {
        "\"\(text.lowercasedFirstIfVerb)\""
    }

    private static let leadershipWords: Set<String> = [
        "led", "mentored", "coached", "hired", "onboarded", "managed", "leading", "mentoring", "coaching",
    ]
    private static let peopleUnits: Set<String> = [
        "engineers", "developers", "people", "team", "teams", "squads", "interns", "hires", "staff", "employees",
        "reports", "person", "contributors",
    ]
    private static let speedWords: Set<String> = [
        "latency", "slow", "slowness", "p99", "p95", "p50", "response", "faster", "speed", "timeouts", "timeout",
        "sluggish", "load", "throughput",
    ]
    private static let costWords: Set<String> = ["cost", "costs", "spend", "bill", "expensive", "costly", "budget"]
    private static let failureWords: Set<String> = [
        "errors", "outages", "incidents", "bugs", "failures", "crashes", "downtime", "pages", "regressions",
        "flakiness",
    ]
    private static let toilWords: Set<String> = ["manual", "manually", "toil", "hand", "tedious", "hours"]
}

extension String {
    /// The text with its first letter lowercased ("Built a cache" → "built a cache").
    private var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }

    /// Whether the text starts with a verb ("Built …", "moving …", "helped …"), so that it reads
    /// after "before you".
    fileprivate var startsWithVerb: Bool {
        let first = split(separator: " ").first.map { $0.lowercased() } ?? ""
        return ResumeLexicon.actionVerbs.containsForm(first) || ResumeLexicon.impactVerbs.containsForm(first)
            || ResumeLexicon.measuredOnlyVerbs.containsForm(first)
            || ["worked", "helped", "responsible", "involved", "contributed", "using", "by", "via"].contains(first)
    }

    /// Lowercases the first letter when the first word is a verb, so a quoted resume phrase reads
    /// inside a sentence; names such as "Kafka" keep their capital.
    fileprivate var lowercasedFirstIfVerb: String { startsWithVerb ? lowercasedFirst : self }
}
