import OnsiteCore
import Testing

/// An answer to grade, named for the test report.
struct GradedAnswer: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var rubric: Rubric = GradingFixtures.gil

    var testDescription: String { name }
    var judgement: Judgement { GradingFixtures.grader.grade(text, against: rubric) }
}

/// Two answers that differ in one respect, and the point the better one covers.
struct AnswerPair: Sendable, CustomTestStringConvertible {
    var name: String
    var better: String
    var worse: String
    var point: String = ""

    var testDescription: String { name }
}

/// An answer to the GIL question that should cover one point.
struct CoveringAnswer: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var point: String

    var testDescription: String { name }
}

/// The same text with runs of whitespace collapsed to one space, as evidence is quoted.
func collapsed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

/// Answers the grader's tests share, written the way candidates write: wrapped lines, contractions.
enum GraderAnswers {
    static let strongGIL = """
        The GIL is the global interpreter lock in CPython: a thread has to hold it to execute Python
        bytecode, so only one thread runs Python code at a time. It exists to protect reference counts
        without fine-grained locks.

        Threads do not speed up CPU-bound work, but they are fine for IO-bound work because the GIL is
        released while a thread waits on a socket. The interpreter asks the running thread to drop the
        lock after the switch interval, so threads take turns rather than running in parallel.

        The GIL does not make your code thread-safe: counter += 1 is a read-modify-write that can race,
        so you still need a threading.Lock. For CPU-bound work I use multiprocessing or a
        ProcessPoolExecutor, NumPy which releases the GIL in native code, or the free-threaded build.
        """

    static let paraphrasedGIL = """
        The reference interpreter has one big mutex, the interpreter lock, and only one thread runs
        python code at a time; it keeps refcounting safe. Threads are fine for network calls because
        the lock is dropped while a thread waits on sockets, whereas for heavy computation they do not
        help. The GIL doesn't serialise your own data: a counter increment isn't atomic, so a lost
        update happens unless you synchronise with a mutex. For number crunching I'd reach for
        separate processes or native code.
        """

    /// Two of the points explained in whole sentences.
    static let explanation = """
        The GIL is a lock that lets only one thread run Python bytecode at a time. Threads still help
        IO-bound work because the lock is released while a thread waits on the network, but CPU-bound
        work needs multiprocessing.
        """

    static let star = """
        Two years ago a graduate joined my team working on our payments service. My manager asked me to
        mentor her, and the goal was that she could own a feature on her own within six months. In our
        first one-to-one I asked what she wanted to get better at, and then I paired with her for a
        week. I reviewed her pull requests within a day and gave specific feedback, and after two months
        I let her lead the design of the retry logic. By month five she shipped the refund retries on
        her own and her pull requests needed one review round instead of four. I learned that the
        hardest part was not answering her questions for her; next time I would agree how to measure
        progress at the start.
        """

    static let hypothetical = """
        I would start by asking the junior developer what they want to learn. I would pair with them
        and give regular feedback on their pull requests. I would give them a stretch task and let them
        lead it. Mentoring is about helping people grow and become independent.
        """

    static let offTopic: [GradedAnswer] = [
        GradedAnswer(
            name: "baking",
            text: """
                I really enjoy baking sourdough bread at the weekend. The starter needs feeding every morning, \
                and the dough rests in the fridge overnight before it goes into a very hot oven.
                """),
        GradedAnswer(
            name: "another technology",
            text: """
                Kubernetes schedules containers onto nodes in a cluster. A deployment describes how many \
                replicas should run, and a service gives them one stable address behind a load balancer.
                """),
        GradedAnswer(
            name: "baking, to a behavioural prompt",
            text: """
                I really enjoy baking sourdough bread at the weekend. The starter needs feeding every morning, \
                and the dough rests in the fridge overnight before it goes into a very hot oven.
                """,
            rubric: GradingFixtures.mentoring),
    ]

    static let strong: [GradedAnswer] = [
        GradedAnswer(name: "the GIL, every point", text: strongGIL),
        GradedAnswer(name: "the GIL in other words", text: paraphrasedGIL),
        GradedAnswer(name: "a STAR story", text: star, rubric: GradingFixtures.mentoring),
    ]

    static let noStory: [GradedAnswer] = [
        GradedAnswer(name: "what I would do", text: hypothetical, rubric: GradingFixtures.mentoring),
        GradedAnswer(
            name: "views on mentoring",
            text: """
                Mentoring matters a lot to me. Good mentors listen more than they talk, give specific feedback \
                and let juniors lead when they are ready. A team that mentors well grows faster.
                """,
            rubric: GradingFixtures.mentoring),
        GradedAnswer(
            name: "what we did",
            text: """
                We had a good onboarding process for juniors on our team. The team paired with new hires and \
                gave feedback on pull requests. They became independent.
                """,
            rubric: GradingFixtures.mentoring),
    ]

    /// Every answer above, for properties that hold whatever the answer.
    static let all: [GradedAnswer] =
        strong + offTopic + noStory + [
            GradedAnswer(name: "explanation", text: explanation),
            GradedAnswer(name: "empty", text: ""),
            GradedAnswer(name: "gibberish", text: "asdf qwer zxcv uiop hjkl vbnm asdf qwer zxcv uiop ghjk tyui"),
            GradedAnswer(
                name: "a pitfall stated",
                text:
                    "Because of the GIL you never need locks in Python. The GIL makes code thread-safe, so all operations are atomic."
            ),
            GradedAnswer(name: "a wrong relation", text: "CPU-bound, so use asyncio."),
            GradedAnswer(
                name: "a keyword list", text: "GIL -> one thread -> CPU-bound slow -> multiprocessing -> NumPy"),
            GradedAnswer(
                name: "a denial",
                text: "The running thread never drops the lock after a switch interval, so threads do not take turns."),
        ]
}
