import OnsiteCore
import Testing

/// How the grader treats reasoning: ideas related the wrong way round, terms listed without the
/// explanation that connects them, and honesty about what one does not know.
extension RubricGraderTests {
    // MARK: Relations between ideas

    static let relations: [AnswerPair] = [
        AnswerPair(name: "so use", better: "CPU-bound, so use multiprocessing.", worse: "CPU-bound, so use asyncio."),
        AnswerPair(
            name: "reach for", better: "For CPU-bound work I would reach for multiprocessing.",
            worse: "For CPU-bound work I would reach for asyncio."),
    ]

    @Test(
        "connecting two ideas the wrong way round scores below the right relation, and is reported",
        arguments: relations)
    func wrongRelation(_ pair: AnswerPair) throws {
        let right = GradingFixtures.grader.grade(pair.better, against: GradingFixtures.gil)
        let wrong = GradingFixtures.grader.grade(pair.worse, against: GradingFixtures.gil)
        #expect(wrong.score < right.score)
        let finding = try #require(wrong.pitfalls.first { $0.id == "wrong-relation" })
        #expect(finding.evidence == pair.worse)
        #expect(!right.pitfalls.contains { $0.id == "wrong-relation" })
    }

    @Test(
        "swapping which work threads help scores below the right order",
        .disabled(
            """
            grader gap: "Threads speed up CPU-bound work, but not IO-bound work." covers cpu-vs-io (strength 0.92) \
            and scores 0.389, the same as the right order (0.87, 0.389); on the bundled python.gil it scores 0.35 \
            against 0.25 for the right order. The phrasing "The GIL hurts CPU-bound threads, not IO-bound ones" \
            matches the wrong order word for word and negation for negation.
            """))
    func swappedRelation() {
        let right = GradingFixtures.grader.grade(
            "Threads speed up IO-bound work, but not CPU-bound work.", against: GradingFixtures.gil)
        let wrong = GradingFixtures.grader.grade(
            "Threads speed up CPU-bound work, but not IO-bound work.", against: GradingFixtures.gil)
        #expect(wrong.score < right.score)
        #expect(wrong.points.first { $0.id == "cpu-vs-io" }?.verdict != .covered)
    }

    @Test(
        "a wrong relation is caught even when the rubric names both ideas in one sentence elsewhere",
        .disabled(
            """
            grader gap: relations are read per whole claim, not per clause. With the bundled python.gil's strong \
            answer ("For CPU-bound work use multiprocessing …, asyncio for many concurrent IO tasks, …"), \
            "CPU-bound, so use asyncio." is not reported and scores like "… so use multiprocessing." \
            (0.250 and 0.250 with this rubric; 0.225 and 0.225 on the bundled bank).
            """))
    func wrongRelationBesideAList() {
        var rubric = GradingFixtures.gil
        rubric.points[4].strongAnswer =
            "For CPU-bound work use multiprocessing or ProcessPoolExecutor, C extensions that release the GIL, asyncio for many concurrent IO tasks, or the free-threaded build."
        let right = GradingFixtures.grader.grade("CPU-bound, so use multiprocessing.", against: rubric)
        let wrong = GradingFixtures.grader.grade("CPU-bound, so use asyncio.", against: rubric)
        #expect(wrong.score < right.score)
        #expect(wrong.pitfalls.contains { $0.id == "wrong-relation" })
    }

    @Test(
        "naming two contrasting ideas side by side is not a wrong relation")
    func contrastIsNoRelation() {
        let judgement = GradingFixtures.grader.grade(
            "Threads behave differently for CPU-bound vs IO-bound work.", against: GradingFixtures.gil)
        #expect(!judgement.pitfalls.contains { $0.id == "wrong-relation" })
    }

    // MARK: Keyword lists

    static let keywordLists: [String] = [
        "GIL, mutex, CPython, bytecode, one thread at a time, multiprocessing, race condition, switch interval, NumPy",
        "GIL -> one thread -> CPU-bound slow -> multiprocessing -> NumPy",
        "- GIL\n- one thread at a time\n- IO-bound threads\n- multiprocessing\n- race conditions",
        "GIL, CPython, bytecode, mutex, threads, processes, NumPy, asyncio, interpreter, refcount, switch interval, locks",
    ]

    @Test(
        "a list of the right terms is flagged keyword-list, graded at most 1 and below a real explanation",
        arguments: keywordLists)
    func keywordList(_ list: String) {
        let judgement = GradingFixtures.grader.grade(list, against: GradingFixtures.gil)
        let explanation = GradingFixtures.grader.grade(GraderAnswers.explanation, against: GradingFixtures.gil)
        #expect(judgement.flags.contains(.keywordList))
        #expect(judgement.grade <= 1)
        #expect(judgement.score < explanation.score)
        #expect(!explanation.flags.contains(.keywordList))
    }

    @Test(
        "a list of the right terms is a keyword list, not off-topic")
    func keywordListIsOnTopic() {
        let judgement = GradingFixtures.grader.grade(Self.keywordLists[3], against: GradingFixtures.gil)
        #expect(judgement.flags == [.keywordList])
    }

    // MARK: Honesty

    /// An honest answer, a confident wrong one, its pitfall and the sentence that states it.
    static let unsureAgainstWrong: [(String, String, String, String)] = [
        (
            "I am not sure how the GIL works in detail. I would read the documentation and write a small script to measure whether threads speed up my code, and then benchmark it against a process pool.",
            "Because of the GIL you never need locks in Python. The GIL makes code thread-safe, so all operations are atomic.",
            "gil-makes-threadsafe", "Because of the GIL you never need locks in Python."
        ),
        (
            "I don't know the internals of the GIL, to be honest. I'd check the docs, and I'd profile the program with and without threads to compare.",
            "Threads in Python never help performance, so there is no point using threading in Python at all.",
            "threads-useless",
            "Threads in Python never help performance, so there is no point using threading in Python at all."
        ),
    ]

    @Test(
        "an honest \"not sure\" with a plan scores above a confident answer that states a pitfall",
        arguments: unsureAgainstWrong)
    func honestUnsure(_ unsure: String, _ wrong: String, _ pitfall: String, _ evidence: String) throws {
        let honest = GradingFixtures.grader.grade(unsure, against: GradingFixtures.gil)
        let bluff = GradingFixtures.grader.grade(wrong, against: GradingFixtures.gil)
        #expect(honest.score > bluff.score)
        #expect(honest.flags.contains(.honestUnsure))
        #expect(honest.grade == 1)
        #expect(honest.pitfalls.isEmpty)
        let finding = try #require(bluff.pitfalls.first { $0.id == pitfall })
        #expect(finding.evidence == evidence)
        #expect(!bluff.flags.contains(.honestUnsure))
    }
}
