/// The word lists the grader reads answers with: function words, negators, spelling variants
/// and groups of interchangeable wordings.
///
/// Every list is applied to the rubric and to the answer alike, so a group only has to make
/// two wordings meet; it never has to be a dictionary definition. Groups are deliberately
/// conservative: a wrong synonym gives credit for an idea the answer never stated.
enum Lexicon {
    /// Words that carry grammar, not content. They are kept for clause structure and negation.
    static let stopwords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "doing", "done", "have", "has", "had", "having", "i", "me", "my", "mine", "myself", "we", "us",
        "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
        "itself", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "onto", "about", "than",
        "then", "so", "and", "or", "but", "if", "because", "while", "when", "whenever", "which", "who",
        "whom", "whose", "what", "where", "how", "why", "just", "really", "basically", "actually",
        "also", "very", "quite", "too", "can", "could", "would", "should", "will", "shall", "may",
        "might", "must", "some", "any", "such", "thing", "things", "stuff", "lot", "lots", "well", "ok",
        "okay", "yeah", "yes", "um", "uh", "erm", "get", "gets", "got", "getting", "gonna", "way",
        "still", "even", "much", "many", "other", "another", "both", "either", "whether", "via", "per",
        "etc", "eg", "ie", "e", "g", "let", "lets", "like", "kind", "sort", "pretty", "probably", "maybe",
        "perhaps", "mean", "means", "say", "said", "says", "think", "guess", "know", "mostly", "usually",
        "often", "always", "sometimes", "whatever", "anyway", "anything", "something", "everything",
        "someone", "thats", "theres", "since", "though", "although", "however", "yet", "unless",
        "during", "over", "under", "again", "further", "once", "out", "up", "down", "off", "only",
        "own", "same", "few", "more", "most", "less", "least", "each", "every", "all", "into", "through",
        "between", "within", "against", "upon", "via", "toward", "towards", "among", "onto",
    ]

    /// Words that turn the meaning of what follows them in their clause.
    static let negators: Set<String> = [
        "not", "no", "never", "none", "nothing", "neither", "nor", "without", "nobody", "nowhere",
    ]

    /// Words that end one clause and start another, limiting how far a negation reaches.
    static let clauseBreakers: Set<String> = [
        "but", "whereas", "although", "though", "however", "because", "so", "while", "yet", "unless",
        "instead", "and", "since", "which", "otherwise", "then", "vs", "versus", "unlike",
    ]

    /// British and American spellings, normalised before stemming.
    static let spellings: [String: String] = [
        "behaviour": "behavior", "behaviours": "behaviors", "behavioural": "behavioral",
        "colour": "color", "colours": "colors", "favour": "favor", "favourite": "favorite",
        "honour": "honor", "labour": "labor", "neighbour": "neighbor", "neighbours": "neighbors",
        "humour": "humor", "flavour": "flavor", "endeavour": "endeavor", "centre": "center",
        "centres": "centers", "licence": "license", "defence": "defense", "catalogue": "catalog",
        "programme": "program", "programmes": "programs", "dialogue": "dialog", "grey": "gray",
        "queueing": "queuing", "judgement": "judgment",
    ]

    /// Comparatives Porter's stemmer leaves alone.
    static let comparatives: [String: String] = [
        "faster": "fast", "fastest": "fast", "slower": "slow", "slowest": "slow", "quicker": "quick",
        "bigger": "big", "biggest": "big", "larger": "large", "largest": "large", "smaller": "small",
        "smallest": "small", "cheaper": "cheap", "simpler": "simple", "simplest": "simple",
        "safer": "safe", "easier": "easy", "harder": "hard", "higher": "high", "lower": "low",
        "longer": "long", "shorter": "short", "fewer": "few", "better": "better", "worse": "worse",
    ]

    /// Words that mean "not" another word; they normalise to that word, negated, so that
    /// "immutable" meets "cannot be changed" and contradicts "mutable".
    static let antonyms: [String: String] = [
        "immutable": "mutable", "unhashable": "hashable", "unsafe": "safe", "unordered": "ordered",
        "unbounded": "bounded", "invalid": "valid", "insecure": "secure", "unreachable": "reachable",
        "nonblocking": "blocking", "unsorted": "sorted", "stateless": "stateful",
        "unbuffered": "buffered", "unchecked": "checked", "untested": "tested", "unindexed": "indexed",
        "incorrect": "correct", "inefficient": "efficient", "unreliable": "reliable", "impure": "pure",
        "unpredictable": "predictable", "nondeterministic": "deterministic", "unsupported": "supported",
    ]

    /// Single words that mean the same here; the first word of each group names it.
    static let wordGroups: [[String]] = [
        ["lock", "mutex", "mutexes"],
        ["parallel", "simultaneous", "simultaneously", "parallelism"],
        ["fast", "quick", "speedy", "rapid", "quickly"],
        ["slow", "sluggish", "slowly"],
        ["large", "big", "huge", "massive", "enormous"],
        ["small", "tiny", "little"],
        ["expensive", "costly", "pricey"],
        ["error", "exception"],
        ["raise", "throw", "thrown", "threw"],
        ["immutable", "unchangeable", "frozen", "readonly"],
        ["memory", "ram"],
        ["database", "db", "dbs"],
        ["dict", "dictionary", "dicts", "dictionaries", "hashmap", "hashtable"],
        ["argument", "arg", "args", "parameter", "param", "params"],
        ["object", "instance", "obj", "objects", "instances"],
        ["bug", "defect"],
        ["start", "begin", "began", "started"],
        ["io", "i/o"],
        ["async", "asynchronous", "asynchronously"],
        ["sync", "synchronous", "synchronously"],
        [
            "compute", "computation", "computations", "calculation", "calculations", "calculate", "crunch",
            "crunching", "computing",
        ],
        ["config", "configuration", "configure", "configured"],
        ["env", "environment", "environments"],
        ["secret", "credential", "credentials", "secrets"],
        ["request", "req"],
        ["response", "resp", "reply"],
        ["performance", "perf"],
        ["scale", "scaling", "scalable", "scalability"],
        ["copy", "duplicate", "clone", "copies", "duplicates", "clones"],
        [
            "modify", "mutate", "alter", "modified", "mutated", "altered", "modifies", "mutates", "modifying",
            "mutating", "modification", "mutation", "mutations",
        ],
        ["remove", "delete", "removed", "deleted", "removes", "deletes", "removing", "deleting"],
        ["free", "deallocate", "deallocated", "reclaim", "reclaimed", "deallocation", "freed"],
        ["cycle", "cyclic", "circular", "cycles"],
        ["reference", "ref", "refs", "references"],
        ["index", "indexes", "indices", "indexed"],
        ["connection", "conn", "conns", "connections"],
        ["cache", "caching", "cached", "memoize", "memoization", "memoized", "memoise", "memoisation"],
        ["wrap", "wrapper", "wrapped", "wrapping", "wrappers", "wraps"],
        ["lazy", "lazily", "laziness"],
        ["colleague", "teammate", "coworker", "peer", "colleagues", "teammates", "coworkers", "peers"],
        ["result", "outcome", "results", "outcomes"],
        ["problem", "issue", "problems", "issues"],
        ["fail", "failure", "failures", "failed", "fails", "failing"],
        ["incident", "outage", "incidents", "outages"],
        ["avoid", "prevent", "avoids", "prevents", "avoided", "prevented", "avoiding", "preventing"],
        ["guarantee", "ensure", "guarantees", "ensures", "guaranteed", "ensured"],
        ["reduce", "decrease", "reduced", "decreased", "reduces", "decreases", "cut"],
        ["increase", "increased", "increases", "grew"],
        ["downside", "drawback", "downsides", "drawbacks"],
        ["identity", "identical"],
        ["iterate", "iteration", "iterating", "iterates", "iterated"],
    ]

    /// Wordings of several words that mean one thing here, mapped to the words that stand for it.
    static let phraseGroups: [(phrases: [String], meaning: String)] = [
        (
            [
                "let go", "lets go", "letting go", "give up", "gives up", "giving up", "hand back", "hands back",
                "hand it back", "hands it back", "relinquish",
            ], "release"
        ),
        (["at the same time", "side by side", "at once", "in parallel"], "parallel"),
        (
            [
                "can not be changed", "can not be modified", "can not change", "can not be mutated",
                "can not be altered", "not mutable", "not changeable", "read only", "unmodifiable",
            ], "immutable"
        ),
        (
            [
                "can be changed", "can be modified", "can change", "can be mutated", "can be altered",
                "changeable",
            ], "mutable"
        ),
        (
            [
                "reference count", "reference counts", "reference counting", "ref count", "ref counts",
                "ref counting", "refcounting", "refcounts", "reference counter", "reference counters",
            ], "refcount"
        ),
        (
            [
                "garbage collector", "garbage collection", "garbage collected", "cycle collector",
                "cyclic collector", "cycle detector", "gc module",
            ], "gc"
        ),
        (["i o", "input output"], "io"),
        (
            [
                "cpu heavy", "cpu intensive", "compute bound", "compute heavy", "compute intensive",
                "computationally intensive", "computationally heavy", "processor bound", "cpu bound",
            ], "cpu bound"
        ),
        (["io heavy", "io intensive", "network bound", "io bound"], "io bound"),
        (["same object", "same instance", "exact same object", "identical object"], "identity"),
        (["constant time"], "o1"), (["linear time"], "on"), (["logarithmic time", "log time"], "ologn"),
        (["n log n"], "onlogn"), (["quadratic time", "quadratic", "n squared"], "on2"),
        (["hash map", "hash table", "hash maps", "hash tables"], "dict"),
        (["thread safe", "threadsafe"], "threadsafe"),
        (["not thread safe", "thread unsafe", "unsafe for threads"], "not threadsafe"),
        (["non blocking", "non-blocking"], "nonblocking"),
        (
            [
                "free threaded", "free threading", "no gil", "nogil", "gil free", "without the gil",
                "gil removal", "remove the gil", "removing the gil", "3 13t", "python3 13t",
            ], "freethreaded"
        ),
        (
            [
                "time slice", "time slicing", "take turns", "taking turns", "takes turns", "took turns",
                "interleave", "interleaved", "interleaving", "interleaves",
            ], "interleave"
        ),
        (["race condition", "race conditions", "data race", "data races", "races", "racy"], "race"),
        (["under the hood", "behind the scenes", "internally"], "internal"),
        (["on demand", "lazily"], "lazy"),
        (
            ["pull request", "pull requests", "pr", "prs", "merge request", "merge requests", "mr"],
            "pullrequest"
        ),
        (
            ["one to one", "one on one", "one to ones", "one on ones", "1 1", "1 on 1", "1 on 1s", "1 1s"],
            "oneonone"
        ),
        (["on call"], "oncall"),
        (["trade off", "trade offs", "tradeoff", "tradeoffs"], "tradeoff"),
        (["look up", "look ups", "lookups"], "lookup"),
        (["set up"], "setup"),
        (["shut down"], "shutdown"),
        (["time out", "time outs", "timeouts"], "timeout"),
        (["back off", "backing off", "backs off"], "backoff"),
        (["round trip", "round trips", "roundtrips"], "roundtrip"),
        (
            [
                "rate limit", "rate limits", "rate limiting", "rate limiter", "throttle", "throttling",
                "throttled",
            ], "ratelimit"
        ),
        (["load balancer", "load balancers", "load balancing", "lb"], "loadbalancer"),
        (["primary key", "primary keys", "pk"], "primarykey"),
        (["foreign key", "foreign keys", "fk"], "foreignkey"),
        (["full table scan", "sequential scan", "seq scan", "table scan", "full scan"], "seqscan"),
        (["stack trace", "stack traces", "traceback", "tracebacks", "stacktrace"], "traceback"),
        (["n plus 1", "n plus one"], "nplus1"),
        (["context manager", "context managers", "with statement", "with block"], "contextmanager"),
    ]

    /// Markers of an honest "I don't know".
    static let unsureMarkers = PhraseList([
        "i do not know", "not sure", "i am not certain", "not certain", "i do not remember",
        "can not remember", "i have not used", "never used", "no idea", "do not recall",
        "have to check", "need to check", "i am unsure", "unsure", "not 100", "do not fully",
        "would have to look", "need to look", "i have never", "be guessing", "i am guessing", "not familiar",
        "i have not run", "i have not worked", "i have only read", "i have not tried", "i forget", "rusty",
    ])

    /// Markers of a plan to find out.
    static let planMarkers = PhraseList(
        [
            "look up", "docs", "documentation", "read the", "measure", "profile", "profiler", "benchmark",
            "write a small", "small script", "try it", "experiment", "test it", "repl", "dis.dis", "timeit",
            "source", "ask", "reproduce", "search", "check", "print", "log", "instrument", "compare",
        ], lastWordMayContinue: true)

    /// Words that explain why or weigh one choice against another.
    static let reasoningMarkers: Set<String> = [
        "because", "since", "so", "therefore", "means", "why", "tradeoff", "cost", "costs", "downside",
        "instead", "depends", "unless", "however", "but", "whereas", "although", "risk", "otherwise",
        "if", "when", "scale", "versus", "vs", "rather",
    ]
}
