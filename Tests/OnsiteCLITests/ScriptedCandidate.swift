import Foundation
import OnsiteCore
import OnsiteTestSupport
import Testing

/// A scripted candidate. A prepared one answers a question with its model answer, an exercise
/// with its reference solution, and a follow-up with the model answer of the question it
/// follows; an unprepared one says it does not know and hands in the starter code.
struct Candidate {
    enum Manner {
        case prepared
        case unprepared
    }

    let bank: ContentBank
    var manner = Manner.prepared
    /// Every item answered, across runs.
    var answered: Set<ItemID> = []
    /// Items asked in the current run.
    var asked: Set<ItemID> = []
    var followUps = 0
    private var current: ItemID?

    init(bank: ContentBank, manner: Manner = .prepared) {
        self.bank = bank
        self.manner = manner
    }

    /// The item a prompt introduces ("Question python.gil: …" or "Exercise id: …").
    static func itemID(in prompt: String) -> ItemID? {
        for line in prompt.split(separator: "\n") {
            for kind in ["Question ", "Exercise "] where line.hasPrefix(kind) {
                guard let colon = line.firstIndex(of: ":") else { continue }
                if let id = ItemID(String(line[line.index(line.startIndex, offsetBy: kind.count)..<colon])) {
                    return id
                }
            }
        }
        return nil
    }

    /// Answers each prompt until the program prints no more of them.
    mutating func answerUntilTheEnd(_ run: InteractiveRun, stream: InteractiveRun.Stream) throws {
        while true {
            let prompt: String
            do {
                prompt = try run.waitFor(InterviewCommandTests.answerMarker, in: stream)
            } catch let error as InteractiveRunError where error.outputEnded {
                return
            }
            try run.send(Self.scripted(answer(to: prompt)))
        }
    }

    /// Answers until it has sent an exercise's code and the program has started running it;
    /// returns the exercise's id.
    mutating func answerUntilCodeRuns(_ run: InteractiveRun) throws -> ItemID {
        while true {
            let prompt = try run.waitFor(InterviewCommandTests.answerMarker)
            try run.send(Self.scripted(answer(to: prompt)))
            if let current, bank.exercise(current) != nil, Self.itemID(in: prompt) != nil {
                try run.waitFor("Running your code against the tests")
                return current
            }
        }
    }

    /// The answer as a script sends it: a line holding only `---` ends it, so none may be inside.
    static func scripted(_ answer: String) -> String {
        answer.split(separator: "\n", omittingEmptySubsequences: false).filter {
            $0.trimmingCharacters(in: .whitespaces) != "---"
        }
        .joined(separator: "\n") + "\n---\n"
    }

    private mutating func answer(to prompt: String) throws -> String {
        if let id = Self.itemID(in: prompt) {
            current = id
            answered.insert(id)
            asked.insert(id)
        } else {
            followUps += 1
        }
        let id = try #require(current, "a follow-up before any question: \(prompt)")
        if let exercise = bank.exercise(id), Self.itemID(in: prompt) != nil {
            return manner == .prepared ? try Self.solution(of: exercise) : try Self.starter(of: exercise)
        }
        if manner == .unprepared { return "I don't know, sorry. I have never looked into this." }
        return try #require(bank.rubric(id)?.modelAnswer, "no rubric for \(id)")
    }

    /// The starter code of the file the candidate writes, unchanged.
    static func starter(of exercise: Exercise) throws -> String {
        let module = try #require(exercise.answerModule)
        return try #require(exercise.starterFiles.first { $0.path == module }?.contents)
    }

    /// The reference solution of the file the candidate writes.
    static func solution(of exercise: Exercise) throws -> String {
        let module = try #require(exercise.answerModule)
        let file =
            exercise.solutionFiles.first { $0.path == module } ?? exercise.starterFiles.first { $0.path == module }
        return try #require(file?.contents)
    }
}
