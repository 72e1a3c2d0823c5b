import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite bench grader`: how fast the embedded grader judges answers of 50–400 words.
struct GraderBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grader",
        abstract: "Answers graded per second and p50/p99 latency of the embedded grader, for answers of 50-400 words.",
        discussion: """
            The answers are the bank's model answers, cut or repeated to lengths spread evenly \
            over 50-400 words, each graded against its own question by one grader, as an \
            interview or the server grades: a rubric is analysed on its first use and kept, and \
            those first uses are part of the figures. `--split` times the rubric analysis alone. \
            Goal: p99 under 5 ms.
            """)

    @Option(help: ArgumentHelp("Answers to grade.", valueName: "n"))
    var answers = 2000

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Flag(help: "Also time analysing the rubric and grading the answer separately (500 answers).")
    var split = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (10...100_000).contains(answers) else { throw ValidationError("--answers must be 10 to 100000") }
    }

    struct Figures: Encodable {
        var answers: Int
        var words: ClosedRange<Int>
        var answersPerSecond: Double
        var latencyMs: LatencySummary
        var goalP99Ms: Double
        var goalMet: Bool
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let grader = RubricGrader(weightsFrom: bank.rubrics)
        let rubrics = bank.questions.map(Rubric.init)
        var samples: [Double] = []
        samples.reserveCapacity(answers)
        var checksum = 0
        let clock = ContinuousClock()
        let started = clock.now
        for index in 0..<answers {
            let rubric = rubrics[index % rubrics.count]
            let answer = Self.answer(from: rubric.modelAnswer, words: 50 + (index * 7919) % 351)
            let before = clock.now
            checksum &+= grader.grade(answer, against: rubric).grade
            samples.append((clock.now - before).milliseconds)
        }
        let total = (clock.now - started).milliseconds
        if split {
            var prepare: [Double] = []
            var grade: [Double] = []
            for index in 0..<min(answers, 500) {
                let rubric = rubrics[index % rubrics.count]
                let answer = Self.answer(from: rubric.modelAnswer, words: 50 + (index * 7919) % 351)
                let a = clock.now
                let prepared = grader.prepare(rubric)
                let b = clock.now
                _ = grader.grade(answer, against: prepared)
                prepare.append((b - a).milliseconds)
                grade.append((clock.now - b).milliseconds)
            }
            let (p, g) = (LatencySummary(prepare), LatencySummary(grade))
            print(
                String(
                    format:
                        "split        analysing the rubric p50 %.2f p99 %.2f ms; grading the answer p50 %.2f p99 %.2f ms",
                    p.p50, p.p99, g.p50, g.p99))
        }
        let latency = LatencySummary(samples)
        let figures = Figures(
            answers: answers, words: 50...400, answersPerSecond: Double(answers) / (total / 1000),
            latencyMs: latency, goalP99Ms: 5, goalMet: latency.p99 < 5)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        } else {
            print("Graded \(answers) answers of 50-400 words (sum of grades \(checksum))")
            print(String(format: "throughput   %.0f answers/s", figures.answersPerSecond))
            print(
                String(
                    format: "latency      p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms", latency.p50, latency.p90,
                    latency.p99, latency.max))
            print("goal         p99 < 5 ms: \(figures.goalMet ? "met" : "NOT met")")
        }
    }

    /// The model answer's words, repeated or cut to `words` words.
    static func answer(from model: String, words: Int) -> String {
        let all = model.split(whereSeparator: \.isWhitespace)
        guard !all.isEmpty else { return model }
        var chosen: [Substring] = []
        while chosen.count < words { chosen += all.prefix(words - chosen.count) }
        return chosen.joined(separator: " ")
    }
}
