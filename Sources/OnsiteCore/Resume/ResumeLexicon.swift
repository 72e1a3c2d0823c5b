/// The words that show each part of a resume line: what problem, what approach, what scale,
/// what impact. Small and explicit, so every decision can be traced to a word here.
///
/// Words are matched lowercased with British spellings made American ("optimised" is
/// "optimized"); verbs are listed with the forms resumes and spoken answers use.
enum ResumeLexicon {
    /// Words that carry grammar, not content (the grader's list).
    static let stopwords = Lexicon.stopwords

    // MARK: Approach

    /// Verbs that say what the candidate did.
    static let actionVerbs = VerbList(
        "build built", "design", "implement", "develop", "migrate", "replace", "introduce", "rewrite rewrote rewritten",
        "refactor", "automate", "add", "create", "lead led", "architect", "deploy", "optimize", "containerize",
        "instrument", "split split splitting", "move", "port", "integrate", "launch", "ship shipped shipping",
        "set set setting", "establish", "write wrote written", "consolidate", "partition", "shard", "cache",
        "parallelize", "batch", "profile", "tune", "index", "standardize", "modernize", "decompose", "extract",
        "own", "drive drove driven", "mentor", "onboard", "rework", "redesign", "upgrade", "adopt", "roll",
        "configure", "orchestrate", "prototype", "benchmark", "define", "author", "engineer", "switch", "convert",
        "rebuild rebuilt", "run ran running", "wire", "expose", "enforce", "deprecate", "remove",
        "debug debugged debugging",
        "fix", "investigate", "diagnose", "trace", "audit", "coach", "hire", "train", "organize", "coordinate",
        "spearhead", "pioneer", "introduce", "vectorize", "denormalize", "decouple", "publish",
        "maintain", "scale", "serve", "stream", "schedule", "encrypt", "secure", "harden", "validate", "test",
        "monitor", "alert", "document", "standardise", "pair", "review", "translate", "simplify", "unify",
        "retire", "sunset", "backfill", "precompute", "compress", "paginate", "throttle", "queue", "offload",
        "put put putting", "use", "choose chose chosen", "pick", "swap swapped swapping", "champion", "advocate",
        "process", "rightsize",
    )

    /// Phrases that claim involvement without saying what was done.
    static let vagueActions: [[String]] = [
        "responsible for", "worked on", "working on", "work on", "helped", "helping", "help", "involved in",
        "participated in", "contributed to", "assisted", "supported", "collaborated on", "took part in",
        "was part of", "tasked with",
    ].map(words)

    /// Words that introduce how something was done.
    static let methodConnectors: Set<String> = ["by", "using", "via", "through", "leveraging", "with"]

    /// Techniques, named without a product: caching, sharding, a circuit breaker.
    static let methods: [[String]] = [
        "cache", "caching", "caches", "cached", "index", "indexes", "indices", "indexing", "sharding", "sharded",
        "partitioning", "partitioned", "batching", "batched", "batch", "queue", "queues", "queueing", "async",
        "asynchronous", "pipeline", "pipelines", "connection pooling", "connection pool", "circuit breaker",
        "circuit breakers", "retries", "retry", "backoff", "idempotency", "idempotent", "feature flags",
        "feature flag", "canary", "blue green", "blue/green", "ci/cd", "etl", "event driven", "event sourcing",
        "microservice", "microservices", "monolith", "load testing", "load tests", "profiling", "profiler",
        "vectorization", "vectorized", "rate limiting", "rate limiter", "webhooks", "dead letter", "denormalization",
        "background jobs", "background workers", "workers", "cron", "infrastructure as code", "code review",
        "code reviews", "design doc", "design docs", "rfc", "rfcs", "runbooks", "observability", "tracing",
        "structured logging", "dashboards", "alerting", "read replicas", "read replica", "materialized views",
        "bulk inserts", "bulk", "type hints", "unit tests", "integration tests", "contract tests", "test suite",
        "end to end tests", "static analysis", "linting", "pre-commit", "a/b tests", "a/b testing", "message queue",
        "pub/sub", "streaming", "stream processing", "change data capture", "cdc", "autoscaling",
        "horizontal scaling", "load balancer", "load balancing", "cdn", "query optimization", "explain analyze",
        "orm", "raw sql", "sql", "bloom filter", "lru", "consistent hashing", "polling", "long polling",
        "server sent events", "oauth", "jwt", "rbac", "encryption", "pair programming", "mentoring", "onboarding",
        "hiring", "interviewing", "schema", "migrations", "snapshots", "checkpointing", "deduplication",
        "compression", "pagination", "memoization", "lazy loading", "prefetching", "select_related",
        "prefetch_related", "connection reuse", "keep alive", "sampling", "chunking",
    ].map(words)

    // MARK: Problem

    /// Words that say something was wrong before: slow, failing, manual, costly.
    static let problemStates: [[String]] = [
        "slow", "slowness", "sluggish", "failing", "failures", "failure", "manual", "manually", "outage", "outages",
        "downtime", "bottleneck", "bottlenecks", "timeout", "timeouts", "timing out", "timed out", "flaky",
        "flakiness", "brittle", "fragile", "error prone", "errors", "incident", "incidents", "complained",
        "complaining", "complaints", "complaint", "churn", "backlog", "pain point", "pain points", "legacy",
        "unreliable", "unmaintainable", "tech debt", "technical debt", "crash", "crashes", "crashing", "crashed",
        "bugs", "regressions", "overloaded", "overload", "contention", "deadlock", "deadlocks", "leak", "leaks",
        "leaking", "costly", "expensive", "spikes", "spiking", "lag", "lagging", "could not", "couldn't", "unable",
        "struggled", "struggling", "hard to", "difficult to", "missed deadlines", "sla breaches", "breaches",
        "data loss", "duplicates", "inconsistent", "inconsistencies", "race condition", "race conditions", "n+1",
        "single point of failure", "high latency", "toil", "firefighting", "alert fatigue", "problem", "problems",
        "issue", "issues", "challenge", "vulnerable", "vulnerability", "vulnerabilities", "insecure", "painful",
        "tedious", "error rate", "kept failing", "went down", "fell over", "blocked", "stuck", "hours of",
        "exceeded", "ran out", "out of memory", "oom", "throttled", "thrashing", "overrun", "piling up", "failed",
        "broke", "broken", "slowed", "slowing", "hours every", "days every",
    ].map(words)
    /// Problem words that hint at a need without saying what was wrong.
    static let vagueProblemStates: Set<String> = ["legacy", "problems", "issues", "issue", "problem", "challenge"]

    /// Words that introduce why the work was needed.
    static let problemConnectors: [[String]] = [
        "because", "due to", "caused by", "in response to", "so that", "in order to", "which caused",
        "that caused", "causing", "after repeated", "after a", "after an", "the problem", "the issue",
        "the challenge", "the goal", "needed to", "had to",
    ].map(words)

    /// Verbs after "to" that state a definite need: "to fix", "to cut", "to replace".
    static let purposeVerbs: Set<String> = [
        "fix", "reduce", "cut", "eliminate", "prevent", "avoid", "stop", "address", "resolve", "replace", "unblock",
        "speed", "lower", "remove", "decouple", "shrink", "handle", "survive", "recover", "detect", "catch",
        "end", "tame", "contain", "debug", "diagnose", "mitigate", "free",
    ]
    /// Verbs after "to" that state a need only vaguely: "to improve", "to support".
    static let vaguePurposeVerbs: Set<String> = [
        "improve", "support", "enable", "help", "scale", "meet", "simplify", "streamline", "modernize", "increase",
        "boost", "allow", "make", "ensure", "provide", "accelerate", "optimize",
    ]

    /// Words before a problem word that say it did not happen: "zero downtime", "without errors".
    static let absence: Set<String> = [
        "zero", "no", "without", "minimal", "near", "never", "fewer", "less", "avoiding",
    ]

    // MARK: Impact

    /// Verbs that report an outcome.
    static let impactVerbs = VerbList(
        "reduce", "cut cut cutting", "improve", "increase", "save", "grow grew grown", "eliminate", "decrease",
        "lower", "boost", "raise", "accelerate", "speed sped", "halve", "double", "triple", "quadruple",
        "shrink shrank shrunk", "trim trimmed trimming", "drop dropped dropping", "lift", "free freed freeing",
        "shorten", "minimize", "maximize", "slash slashed",
    )
    /// Impact verbs that report an outcome only when a figure comes with them ("maintained 99.9% uptime").
    static let measuredOnlyVerbs = VerbList(
        "reach", "achieve", "deliver", "hit hit hitting", "maintain", "sustain", "enable", "earn", "retain",
        "attract", "go went gone", "bring brought", "fall fell fallen", "rise rose risen", "climb",
        "jump jumped", "unlock", "avoid", "prevent", "generate", "win won winning", "recover", "promote",
        "catch caught catching",
    )
    /// Nouns that report an outcome when a figure comes with them: "a 40% reduction in latency".
    static let impactNouns: Set<String> = [
        "drop", "reduction", "decrease", "increase", "improvement", "savings", "gain", "gains", "uplift", "speedup",
        "growth", "boost", "cut", "cuts",
    ]
    /// Comparatives that report an outcome: "3x faster", "fewer pages".
    static let comparatives: Set<String> = [
        "faster", "quicker", "fewer", "less", "lower", "higher", "cheaper", "smaller", "shorter", "better",
    ]
    /// Comparatives that report an outcome even without a figure, vaguely: "made deploys faster".
    static let vagueComparatives: Set<String> = ["faster", "quicker", "fewer", "cheaper"]
    /// What a percentage measures when it is an outcome by itself: "99.95% uptime", "90% coverage".
    static let outcomeMetrics: Set<String> = [
        "uptime", "availability", "accuracy", "coverage", "conversion", "retention", "adoption", "satisfaction",
        "precision", "recall", "reliability", "success", "completion", "hit",
    ]

    // MARK: Scale

    /// What a number counts when it shows scale: users, requests, rows, services, engineers.
    static let scaleUnits: Set<String> = [
        "users", "user", "customers", "clients", "merchants", "tenants", "accounts", "subscribers", "visitors",
        "members", "people", "requests", "request", "req", "reqs", "rps", "qps", "tps", "rpm", "queries", "calls",
        "hits", "transactions", "orders", "payments", "events", "messages", "jobs", "tasks", "records", "rows",
        "documents", "docs", "files", "images", "items", "products", "listings", "logs", "lines", "endpoints",
        "services", "microservices", "apis", "servers", "nodes", "instances", "hosts", "machines", "vms", "pods",
        "containers", "clusters", "databases", "tables", "shards", "regions", "countries", "markets", "teams",
        "engineers", "developers", "reports", "repos", "repositories", "devices", "sensors", "models", "pipelines",
        "dashboards", "tests", "connections", "sessions", "streams", "downloads", "installs", "mau", "dau", "writes",
        "reads", "lookups", "searches", "emails", "notifications", "uploads", "videos", "tickets", "stores",
        "partners", "drivers", "riders", "invoices", "claims", "shipments", "parcels", "bookings", "trades", "patients",
        "students", "employees", "staff", "person", "applications",
        "apps", "websites", "sites", "domains", "workers", "queues", "topics", "partitions", "terabytes",
        "gigabytes", "datasets", "features", "predictions", "inferences", "deployments", "releases", "builds",
        "commits", "contributors", "squads", "interns", "hires", "stakeholders", "vendors", "integrations",
        "transactions/day", "events/s", "line", "loc", "codebase",
    ]
    /// Words that state scale without a figure: "millions of users", "high-traffic".
    static let vagueScale: [[String]] = [
        "millions of", "thousands of", "hundreds of", "billions of", "dozens of", "high traffic", "high volume",
        "large scale", "at scale", "massive", "company wide", "org wide", "across the company",
        "across the organization", "global", "worldwide", "enterprise scale", "internet scale",
    ].map(words)

    // MARK: Indexes

    static let vagueActionIndex = PhraseIndex(vagueActions)
    static let methodIndex = PhraseIndex(methods)
    static let problemStateIndex = PhraseIndex(problemStates)
    static let problemConnectorIndex = PhraseIndex(problemConnectors)
    static let vagueScaleIndex = PhraseIndex(vagueScale)

    /// Every word of these lists and of the technologies' names: words an answer about a resume
    /// line is made of, for telling gibberish from text.
    static let knownWords: Set<String> = {
        var known = actionVerbs.allForms.union(impactVerbs.allForms).union(measuredOnlyVerbs.allForms)
        for list in [vagueActions, methods, problemStates, problemConnectors, vagueScale] {
            for phrase in list { known.formUnion(phrase) }
        }
        known.formUnion(purposeVerbs)
        known.formUnion(vaguePurposeVerbs)
        known.formUnion(impactNouns)
        known.formUnion(comparatives)
        known.formUnion(outcomeMetrics)
        known.formUnion(scaleUnits)
        known.formUnion(Quantity.durationUnits)
        known.formUnion(TechnologyLexicon.spellingWords)
        return known
    }()

    // MARK: Helpers

    /// A phrase split into its words, hyphens read as spaces as the tokenizer reads them.
    static func words(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }
}

/// Verbs in the forms resumes and answers use.
///
/// Each entry is a base form, optionally followed by irregular forms ("lead led"); the regular
/// forms are added (-s, -ed, -ing). Past and -ing forms count anywhere; base and -s forms, which
/// are often nouns ("a cache", "the tests"), only at the start of a bullet or after a pronoun.
struct VerbList: Sendable {
    private(set) var forms: Set<String> = []
    private(set) var bases: Set<String> = []

    init(_ entries: String...) {
        for entry in entries {
            let parts = entry.split(separator: " ").map(String.init)
            let base = parts[0]
            forms.formUnion(parts.dropFirst())
            bases.insert(base)
            if base.hasSuffix("e") {
                forms.insert(base + "d")
                forms.insert(String(base.dropLast()) + "ing")
                bases.insert(base + "s")
            } else if base.hasSuffix("y"), let beforeY = base.dropLast().last, !"aeiou".contains(beforeY) {
                forms.insert(String(base.dropLast()) + "ied")
                forms.insert(base + "ing")
                bases.insert(String(base.dropLast()) + "ies")
            } else {
                forms.insert(base + "ed")
                forms.insert(base + "ing")
                bases.insert(base + (base.hasSuffix("h") || base.hasSuffix("x") || base.hasSuffix("s") ? "es" : "s"))
            }
        }
        bases.subtract(forms)
    }

    /// Whether the word at `index` is one of these verbs, used as a verb.
    func contains(at index: Int, in tokens: ResumeTokens) -> Bool {
        let word = tokens.word(index)
        if forms.contains(word) { return true }
        guard bases.contains(word) else { return false }
        return index == 0 || Self.subjects.contains(tokens.word(index - 1))
    }

    /// Every form, base forms included.
    var allForms: Set<String> { forms.union(bases) }

    /// Whether the word is any form of these verbs, whatever its use.
    func containsForm(_ word: String) -> Bool { forms.contains(word) || bases.contains(word) }

    private static let subjects: Set<String> = ["i", "we", "they", "team", "also", "then", "he", "she"]
}

/// Phrases looked up by their first word, longest first.
struct PhraseIndex: Sendable {
    private var phrases: [String: [[String]]] = [:]

    init(_ list: [[String]]) {
        for phrase in list where !phrase.isEmpty { phrases[phrase[0], default: []].append(phrase) }
        for key in phrases.keys { phrases[key]?.sort { $0.count > $1.count } }
    }

    /// The length of the longest phrase that starts at `index`, within one clause.
    func match(at index: Int, in tokens: ResumeTokens) -> Int? {
        guard let candidates = phrases[tokens.word(index)] else { return nil }
        for phrase in candidates where tokens.matches(phrase, at: index) {
            let last = index + phrase.count - 1
            if (index..<last).allSatisfy({ !tokens.tokens[$0].endsClause }) { return phrase.count }
        }
        return nil
    }
}
