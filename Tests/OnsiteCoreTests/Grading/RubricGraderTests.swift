import OnsiteCore
import Testing

/// What the embedded grader does with answers: nothing earns nothing, explanations earn the
/// points they establish, and negation, wrong relations, lists, bluffing and hypotheticals do not
/// pass for knowledge.
@Suite("Rubric grader")
struct RubricGraderTests {
    // MARK: Answers worth nothing

    static let worthlessAnswers: [(GradedAnswer, AnswerFlag)] = [
        (GradedAnswer(name: "empty", text: ""), .empty),
        (GradedAnswer(name: "whitespace", text: "   \n\t  \n\n "), .empty),
        (
            GradedAnswer(name: "random letters", text: "asdf qwer zxcv uiop hjkl vbnm asdf qwer zxcv uiop ghjk tyui"),
            .gibberish
        ),
        (
            GradedAnswer(name: "one word repeated", text: Array(repeating: "lock", count: 12).joined(separator: " ")),
            .gibberish
        ),
        (GradedAnswer(name: "the prompt copied", text: GradingFixtures.gil.prompt), .restatesQuestion),
        (
            GradedAnswer(
                name: "a behavioural prompt copied", text: GradingFixtures.mentoring.prompt,
                rubric: GradingFixtures.mentoring),
            .restatesQuestion
        ),
    ]

    @Test("empty, gibberish and copied answers score 0 with the flag that says why", arguments: worthlessAnswers)
    func worthless(_ answer: GradedAnswer, _ flag: AnswerFlag) {
        let judgement = answer.judgement
        #expect(judgement.score == 0)
        #expect(judgement.grade == 0)
        #expect(judgement.flags.first == flag)
        #expect(judgement.points.allSatisfy { $0.verdict == .missed && $0.evidence == nil })
        #expect(judgement.pitfalls.isEmpty)
    }

    @Test(
        "a copied prompt of two sentences is flagged only as a restatement")
    func copiedPromptFlags() {
        let judgement = GradingFixtures.grader.grade(
            GradingFixtures.mentoring.prompt, against: GradingFixtures.mentoring)
        #expect(judgement.flags == [.restatesQuestion])
    }

    @Test("a fluent answer about something else scores 0 and is flagged off-topic", arguments: GraderAnswers.offTopic)
    func offTopic(_ answer: GradedAnswer) {
        let judgement = answer.judgement
        #expect(judgement.score == 0)
        #expect(judgement.flags.contains(.offTopic))
        #expect(judgement.covered.isEmpty)
    }

    // MARK: Strong answers and evidence

    @Test(
        "a strong answer scores at least 0.7, grade 3 or more, each point quoting a sentence of the answer",
        arguments: GraderAnswers.strong)
    func strong(_ answer: GradedAnswer) throws {
        let judgement = answer.judgement
        #expect(judgement.score >= 0.7)
        #expect(judgement.grade >= 3)
        #expect(judgement.flags.isEmpty)
        #expect(!judgement.covered.isEmpty)
        for point in judgement.covered {
            let evidence = try #require(point.evidence, "\(point.id) is covered without evidence")
            #expect(collapsed(answer.text).contains(evidence), "\(point.id): \(evidence)")
        }
    }

    @Test("every verdict and every pitfall quotes the answer", arguments: GraderAnswers.all)
    func quotes(_ answer: GradedAnswer) {
        let judgement = answer.judgement
        let text = collapsed(answer.text)
        for point in judgement.points {
            #expect((point.verdict == .missed) == (point.evidence == nil), "\(point.id) \(point.verdict)")
            if let evidence = point.evidence { #expect(text.contains(evidence), "\(point.id): \(evidence)") }
        }
        for pitfall in judgement.pitfalls {
            #expect(text.contains(pitfall.evidence), "\(pitfall.id): \(pitfall.evidence)")
        }
    }

    // MARK: Paraphrase

    static let paraphrases: [CoveringAnswer] = [
        CoveringAnswer(
            name: "mutex for lock, a single thread for one thread",
            text:
                "CPython has a global interpreter mutex, so a single thread executes bytecode at any moment and the refcounting stays safe.",
            point: "definition"),
        CoveringAnswer(
            name: "other word forms: release, threading, IO-heavy",
            text:
                "Blocking calls release the GIL while the thread is waiting on the network, so threading speeds up IO-bound programs but not CPU-heavy ones.",
            point: "cpu-vs-io"),
        CoveringAnswer(
            name: "let go of for give up, simultaneously for in parallel",
            text:
                "Every five milliseconds the interpreter makes the running thread let go of the lock, so threads interleave instead of running simultaneously.",
            point: "switching"),
        CoveringAnswer(
            name: "interleaving and released",
            text:
                "After every switch interval the interpreter forces the running thread to release the lock, so the threads are interleaving, not running in parallel.",
            point: "switching"),
        CoveringAnswer(
            name: "a counter increment, lost updates, a mutex",
            text:
                "Even with the GIL a counter increment is not atomic and can lose updates, so a mutex is still needed.",
            point: "not-thread-safety"),
        CoveringAnswer(
            name: "British spelling: synchronise, serialise",
            text:
                "The GIL doesn't synchronise your data: counter += 1 isn't atomic, so there is a race condition and you still need locks to serialise access.",
            point: "not-thread-safety"),
        CoveringAnswer(
            name: "process pool, heavy computation",
            text: "CPU-heavy jobs go to a process pool, since each process has its own interpreter and its own GIL.",
            point: "workarounds"),
        CoveringAnswer(
            name: "spawn separate processes, native code",
            text:
                "For heavy computation I spawn separate processes, call native code such as NumPy that releases the GIL, or try the free-threaded build.",
            point: "workarounds"),
    ]

    @Test("the same content in other words, word forms or spelling still covers the point", arguments: paraphrases)
    func paraphrase(_ answer: CoveringAnswer) throws {
        let judgement = GradingFixtures.grader.grade(answer.text, against: GradingFixtures.gil)
        let point = try #require(judgement.points.first { $0.id == answer.point })
        #expect(point.verdict == .covered, "strength \(point.strength)")
    }

    static let spellings: [(String, String)] = [
        (
            "Counter += 1 is not atomic, so without synchronisation a race condition loses updates.",
            "Counter += 1 is not atomic, so without synchronization a race condition loses updates."
        ),
        (
            "I learned that the hardest part of mentoring behaviour is not answering; next time I would prioritise listening.",
            "I learned that the hardest part of mentoring behavior is not answering; next time I would prioritize listening."
        ),
    ]

    @Test("British and American spellings of one answer are judged alike", arguments: spellings)
    func spelling(_ british: String, _ american: String) {
        for rubric in [GradingFixtures.gil, GradingFixtures.mentoring] {
            let one = GradingFixtures.grader.grade(british, against: rubric)
            let other = GradingFixtures.grader.grade(american, against: rubric)
            #expect(one.score == other.score)
            #expect(one.points.map(\.verdict) == other.points.map(\.verdict))
            #expect(one.points.map(\.strength) == other.points.map(\.strength))
        }
    }

    // MARK: Negation

    static let negations: [AnswerPair] = [
        AnswerPair(
            name: "released during IO",
            better: "The GIL is released during IO, so threads help IO-bound work.",
            worse: "The GIL is not released during IO, so threads do not help IO-bound work either.", point: "cpu-vs-io"
        ),
        AnswerPair(
            name: "contractions",
            better: "Threads help IO-bound work, because the GIL is released while a thread waits on a socket.",
            worse: "Threads don't help IO-bound work, because the GIL isn't released while a thread waits on a socket.",
            point: "cpu-vs-io"),
        AnswerPair(
            name: "there is no lock",
            better: "CPython has a global interpreter lock, so only one thread runs Python bytecode at a time.",
            worse: "CPython has no global interpreter lock, so threads run Python bytecode in parallel.",
            point: "definition"),
        AnswerPair(
            name: "never drops the lock",
            better: "The running thread drops the lock after a switch interval, so threads take turns.",
            worse: "The running thread never drops the lock after a switch interval, so threads do not take turns.",
            point: "switching"),
        AnswerPair(
            name: "atomic or not",
            better: "Counter += 1 is not atomic under the GIL, so there are race conditions and you need a lock.",
            worse: "Counter += 1 is atomic under the GIL, so there are no race conditions and you do not need a lock.",
            point: "not-thread-safety"),
        AnswerPair(
            name: "does not help, does not release",
            better: "Multiprocessing helps CPU-bound work, and NumPy releases the GIL.",
            worse: "Multiprocessing does not help CPU-bound work, and NumPy does not release the GIL.",
            point: "workarounds"),
    ]

    @Test("a negated statement does not cover the point its affirmative covers", arguments: negations)
    func negation(_ pair: AnswerPair) throws {
        let affirmed = GradingFixtures.grader.grade(pair.better, against: GradingFixtures.gil)
        let negated = GradingFixtures.grader.grade(pair.worse, against: GradingFixtures.gil)
        let covered = try #require(affirmed.points.first { $0.id == pair.point })
        let denied = try #require(negated.points.first { $0.id == pair.point })
        #expect(covered.verdict == .covered)
        #expect(denied.verdict != .covered, "strength \(denied.strength)")
        #expect(denied.strength < covered.strength)
        #expect(negated.score < affirmed.score)
    }

    @Test(
        "a negated statement earns nothing for the point it denies",
        .disabled(
            """
            grader gap: a denial keeps partial credit unless it trips a contradiction or a pitfall. Denied point's \
            strength and verdict in 4 of the 6 pairs: released during IO 0.59 partial (score 0.14), contractions \
            0.67 partial, there is no lock 0.62 partial, does not help/release 0.66 partial. The calibration set's \
            negated answers average grade 0.62 from the person and 2.50 from the grader.
            """),
        arguments: negations)
    func negationEarnsNothing(_ pair: AnswerPair) throws {
        let negated = GradingFixtures.grader.grade(pair.worse, against: GradingFixtures.gil)
        let denied = try #require(negated.points.first { $0.id == pair.point })
        #expect(denied.verdict == .missed, "strength \(denied.strength)")
    }

    static let pitfallStatements: [(String, Bool)] = [
        ("The GIL makes code thread-safe.", true),
        ("Because of the GIL you never need locks in Python.", true),
        ("The GIL does not make code thread-safe.", false),
        ("The GIL doesn't make code thread-safe.", false),
        ("It is not true that Python threads cannot have race conditions.", false),
        ("People assume the GIL makes code thread-safe, but it does not.", false),
        ("If someone told me the GIL makes code thread-safe, I would test it before believing it.", false),
        // The topic named once, then understood: "it" is the GIL.
        ("The GIL is a lock in the interpreter. Because of it you never need locks in Python.", true),
    ]

    @Test(
        "a pitfall's sign is reported when stated, not when negated or reported to be rejected",
        arguments: pitfallStatements)
    func pitfallSign(_ answer: String, _ reported: Bool) {
        let judgement = GradingFixtures.grader.grade(answer, against: GradingFixtures.gil)
        #expect(judgement.pitfalls.contains { $0.id == "gil-makes-threadsafe" } == reported)
    }

    // MARK: Determinism and the scale

    @Test(
        "grading the same answer twice, or against a prepared rubric, gives equal judgements",
        arguments: GraderAnswers.all)
    func deterministic(_ answer: GradedAnswer) {
        let grader = GradingFixtures.grader
        let first = grader.grade(answer.text, against: answer.rubric)
        #expect(grader.grade(answer.text, against: answer.rubric) == first)
        #expect(grader.grade(answer.text, against: grader.prepare(answer.rubric)) == first)
        #expect(
            RubricGrader(weightsFrom: [GradingFixtures.gil, GradingFixtures.mentoring] + GradingFixtures.background)
                .grade(answer.text, against: answer.rubric) == first)
    }

    static let scale: [(Double, Int)] = [
        (0, 0), (0.119, 0), (0.12, 1), (0.299, 1), (0.3, 2), (0.499, 2), (0.5, 3), (0.699, 3), (0.7, 4), (1, 4),
    ]

    @Test("the grade scale maps 0, 0.12, 0.3, 0.5 and 0.7 onwards to grades 0 to 4", arguments: scale)
    func gradeScale(_ score: Double, _ grade: Int) {
        #expect(GradeScale.grade(forScore: score) == grade)
    }

    @Test("the grade is always the scale's grade of the score", arguments: GraderAnswers.all)
    func gradeMatchesScore(_ answer: GradedAnswer) {
        let judgement = answer.judgement
        #expect(judgement.grade == GradeScale.grade(forScore: judgement.score))
        #expect((0...1).contains(judgement.score))
    }
}
