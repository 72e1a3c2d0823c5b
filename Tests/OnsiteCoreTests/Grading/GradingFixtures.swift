import OnsiteCore

/// Two small rubrics the grader's tests grade answers against: a conceptual question modelled
/// on the GIL question, and a behavioural prompt with one point per STAR stage.
enum GradingFixtures {
    static let gil = Rubric(
        id: ItemID("python.gil-fixture")!, kind: .question, title: "The GIL and threads",
        prompt: "What is the GIL, how does it affect multi-threaded Python programs, and what do you do about it?",
        modelAnswer: """
            The GIL, the global interpreter lock, is a mutex inside CPython: a thread must hold it to
            execute Python bytecode, so only one thread runs Python code at a time. It exists because
            CPython manages memory with reference counts, and one lock is cheaper than making every
            refcount update thread-safe.

            Blocking IO releases the GIL, so threads are a good tool for IO-bound work such as calling
            many HTTP services. For CPU-bound pure-Python code threads do not help: the running thread
            gives up the lock after the switch interval, so threads take turns.

            The GIL does not make your code thread-safe: `counter += 1` is a read-modify-write that can
            lose updates, so you still need a lock or a queue.

            For CPU-bound work use multiprocessing or a ProcessPoolExecutor, native code that releases
            the GIL such as NumPy, or the free-threaded 3.13t build. For thousands of concurrent
            connections asyncio is lighter than threads, although asyncio does nothing for CPU-bound work.
            """,
        points: [
            AssessmentPoint(
                id: "definition", weight: 4,
                strongAnswer:
                    "The GIL is a lock in CPython that lets only one thread execute Python bytecode at a time, protecting reference counts.",
                concepts: [
                    Concept(alternatives: ["global interpreter lock", "GIL", "interpreter lock"]),
                    Concept(alternatives: [
                        "one thread at a time", "only one thread runs python code", "no parallel bytecode",
                    ]),
                    Concept(alternatives: [
                        "protects reference counts", "protects interpreter internals", "refcounting safe",
                    ]),
                ],
                phrasings: [
                    "In CPython only one thread can run Python bytecode at any moment because it has to hold the global interpreter lock.",
                    "The GIL exists so reference counting does not need fine-grained locks.",
                ]),
            AssessmentPoint(
                id: "cpu-vs-io", weight: 5,
                strongAnswer:
                    "Threads do not speed up CPU-bound work, but they work well for IO-bound work because the GIL is released while a thread waits on IO.",
                concepts: [
                    Concept(alternatives: ["cpu-bound", "number crunching", "heavy computation"]),
                    Concept(alternatives: ["io-bound", "waiting on network", "blocking calls", "sockets"]),
                    Concept(alternatives: [
                        "released during io", "drops the lock while waiting", "blocking call releases the gil",
                    ]),
                ],
                phrasings: [
                    "Threads are fine for IO-bound code like HTTP calls because the lock is released while a thread waits on the socket.",
                    "The GIL hurts CPU-bound threads, not IO-bound ones.",
                ]),
            AssessmentPoint(
                id: "switching", weight: 2,
                strongAnswer:
                    "The running thread is asked to drop the GIL after a switch interval, so threads interleave but do not run in parallel.",
                concepts: [
                    Concept(alternatives: ["switch interval", "sys.setswitchinterval", "5 milliseconds"]),
                    Concept(alternatives: ["interleave", "take turns", "time slicing"]),
                ],
                phrasings: [
                    "The interpreter forces the running thread to give up the lock every few milliseconds so others get a turn."
                ]),
            AssessmentPoint(
                id: "not-thread-safety", weight: 3,
                strongAnswer:
                    "The GIL does not make your code thread-safe; counter += 1 can still race, so you still need locks.",
                concepts: [
                    Concept(alternatives: ["race condition", "lost update", "not atomic"]),
                    Concept(alternatives: ["still need locks", "threading.Lock", "queue.Queue", "synchronization"]),
                ],
                phrasings: [
                    "Even with the GIL, counter += 1 is several bytecodes and a thread switch in the middle loses an update.",
                    "The GIL protects the interpreter, not my data, so I still use a Lock.",
                ]),
            AssessmentPoint(
                id: "workarounds", weight: 4,
                strongAnswer:
                    "For CPU-bound work use multiprocessing or ProcessPoolExecutor, C extensions that release the GIL, or the free-threaded build.",
                concepts: [
                    Concept(alternatives: ["multiprocessing", "ProcessPoolExecutor", "separate processes"]),
                    Concept(alternatives: ["c extension releases the gil", "numpy", "native code"]),
                    Concept(alternatives: ["free-threaded build", "python3.13t", "PEP 703"]),
                    Concept(alternatives: ["asyncio", "event loop", "coroutines"]),
                ],
                phrasings: [
                    "For CPU-heavy work I use a process pool, since every process has its own interpreter and its own GIL.",
                    "Libraries like NumPy release the GIL inside their C loops, so threads calling them do run in parallel.",
                    "asyncio suits thousands of connections, but it does nothing for CPU-bound work.",
                ]),
        ],
        pitfalls: [
            Pitfall(
                id: "gil-makes-threadsafe",
                description: "Believes the GIL makes Python code thread-safe, so no locks are needed.",
                signs: [
                    "because of the GIL you never need locks in Python",
                    "the GIL makes code thread-safe",
                    "Python threads cannot have race conditions",
                ]),
            Pitfall(
                id: "threads-useless", description: "Claims threads are useless in Python, ignoring IO-bound work.",
                signs: [
                    "threads in Python never help performance",
                    "there is no point using threading in Python at all",
                ]),
        ],
        followUps: [
            FollowUp(
                prompt:
                    "A scraper with 50 threads is fast, but a report generator with 8 threads is no faster than 1. Why?",
                aim: .point("cpu-vs-io")),
            FollowUp(prompt: "Show me code that is still racy under the GIL.", aim: .point("not-thread-safety")),
            FollowUp(prompt: "What do you do when CPU-bound threads are too slow?", aim: .point("workarounds")),
            FollowUp(prompt: "What would you weigh before running on the free-threaded build?", aim: .tradeOffs),
        ])

    static let mentoring = Rubric(
        id: ItemID("behaviour.mentoring-fixture")!, kind: .behaviour, title: "Mentoring a junior developer",
        prompt: "Tell me about a time you mentored a junior developer. How did you work out what they needed?",
        modelAnswer: """
            A graduate, Priya, joined my team working on a Django payments service. My manager asked me
            to mentor her, and we agreed that success meant she could ship a feature on her own within
            six months. In our first one-to-one I asked what she felt unsure about, and I paired with her
            for a week. I reviewed her pull requests within a day with specific comments, and later I let
            her lead the design of the retry logic. By month five she shipped the refund retries on her
            own, and her pull requests went from four review rounds to one. I learned that the hardest
            part of mentoring is not answering her questions for her.
            """,
        points: [
            AssessmentPoint(
                id: "situation", weight: 1,
                strongAnswer: "Introduces the mentee and the context concretely.",
                concepts: [
                    Concept(alternatives: ["junior", "graduate", "new hire", "intern"]),
                    Concept(alternatives: ["team", "service", "codebase", "project"]),
                ],
                phrasings: ["a graduate joined my team working on the payments service"], stage: .situation),
            AssessmentPoint(
                id: "task", weight: 1,
                strongAnswer: "States what they were asked to do and what success would look like.",
                concepts: [
                    Concept(alternatives: ["asked me to mentor", "i volunteered", "my responsibility"]),
                    Concept(alternatives: ["goal", "success meant", "so that she could"]),
                ],
                phrasings: ["my manager asked me to mentor her and the goal was that she could own a feature"],
                stage: .task),
            AssessmentPoint(
                id: "action", weight: 3,
                strongAnswer: "Finds out what the mentee needs, gives specific feedback and hands over ownership.",
                concepts: [
                    Concept(alternatives: ["one-to-one", "pairing", "paired", "asked what she wanted"]),
                    Concept(alternatives: ["feedback", "reviewed her pull requests", "specific comments"]),
                    Concept(alternatives: ["let her lead", "stretch", "handed over", "stepped back"]),
                ],
                phrasings: [
                    "in our first one-to-one i asked what she wanted to get better at and then paired with her",
                    "i let her lead the design while i stayed available as a reviewer",
                ],
                stage: .action),
            AssessmentPoint(
                id: "result", weight: 2,
                strongAnswer: "Shows measurable growth in the mentee.",
                concepts: [
                    Concept(alternatives: ["fewer review rounds", "shipped on her own", "promoted", "on call"]),
                    Concept(alternatives: ["growth", "progress", "independent", "confident"]),
                ],
                phrasings: [
                    "after five months she shipped the feature on her own and needed one round of review instead of four"
                ],
                stage: .result),
            AssessmentPoint(
                id: "reflection", weight: 2,
                strongAnswer: "Reflects on what they learned and what they would change.",
                concepts: [
                    Concept(alternatives: ["learned", "in hindsight", "would do differently", "next time"]),
                    Concept(alternatives: ["listen more", "ask rather than tell", "not answering", "let them struggle"]
                    ),
                ],
                phrasings: ["i learned to ask questions instead of handing over the answer"], stage: .reflection),
        ],
        pitfalls: [
            Pitfall(
                id: "rescuing", description: "Rewrites the mentee's code instead of letting them learn.",
                signs: ["when he got stuck i just rewrote it myself to save time"])
        ],
        followUps: [
            FollowUp(prompt: "How did you know your mentoring was working?", aim: .point("result")),
            FollowUp(prompt: "Tell me about a mentee for whom your approach did not work.", aim: .experience),
        ])

    /// Rubrics on other topics, so that word weights are learned from a bank of some size, as in
    /// the product: words shared by many points weigh little, rare ones weigh in full.
    static let background: [Rubric] = [
        (
            "python.decorators",
            [
                "A decorator is a callable that takes a function and returns a replacement function.",
                "The @ syntax is shorthand for reassigning the name to the decorated result.",
                "functools.wraps copies the name, docstring and signature of the wrapped function.",
                "Decorators with arguments are factories that return the actual decorator.",
                "Common uses are logging, caching, retries, authentication and registration.",
            ]
        ),
        (
            "python.generators",
            [
                "A generator function contains yield and returns a generator object when called.",
                "Generators are lazy iterators that keep their local state between values.",
                "Generator expressions use parentheses and produce items on demand.",
                "A generator is exhausted after one pass and cannot be rewound.",
                "yield from delegates to a subgenerator and passes its return value back.",
            ]
        ),
        (
            "python.list-vs-tuple",
            [
                "Lists are mutable sequences while tuples cannot be changed after creation.",
                "Tuples of hashable items can be dictionary keys and set members.",
                "Tuples suit fixed records such as coordinates and lists suit growing collections.",
                "A tuple holding a list can still change through that list.",
                "Tuples use slightly less memory and are created faster than lists.",
            ]
        ),
        (
            "python.is-vs-equality",
            [
                "The is operator compares identity and == compares values through __eq__.",
                "Compare with None using is because None is a singleton.",
                "Small integers and some strings are cached, so is may appear to work by accident.",
                "A class can define __eq__ so that equal objects are distinct instances.",
                "Identity checks are fast pointer comparisons.",
            ]
        ),
        (
            "databases.slow-query",
            [
                "Read the execution plan with EXPLAIN ANALYZE before changing anything.",
                "A missing index forces a sequential scan over the whole table.",
                "Composite indexes must match the column order the query filters on.",
                "Fetching related rows one query at a time causes the N+1 problem.",
                "Stale statistics mislead the planner until the table is analysed again.",
            ]
        ),
        (
            "web.django-vs-flask",
            [
                "Django ships an ORM, an admin, migrations, forms and authentication.",
                "Flask is a microframework where the team picks its own libraries.",
                "Django suits database-backed products that benefit from conventions.",
                "Flask suits small services and teams that want control over every piece.",
                "FastAPI adds type-driven validation and async request handlers.",
            ]
        ),
    ].map { id, sentences in
        Rubric(
            id: ItemID(id)!, kind: .question, title: id, prompt: sentences[0],
            modelAnswer: sentences.joined(separator: " "),
            points: sentences.enumerated().map { index, sentence in
                AssessmentPoint(id: "point-\(index)", weight: 2, strongAnswer: sentence, concepts: [], phrasings: [])
            },
            pitfalls: [], followUps: [])
    }

    /// The grader the tests use, with word weights learned from both rubrics and the background.
    static let grader = RubricGrader(weightsFrom: [gil, mentoring] + background)
}
