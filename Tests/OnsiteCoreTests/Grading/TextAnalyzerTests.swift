import Testing

@testable import OnsiteCore

/// How the grader reads text: sentences, contractions, negation and its reach, spellings,
/// synonyms, antonyms, big-O expressions and arrows.
@Suite("Text analyzer")
struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    /// The content words of a text as written, each negated one marked with `~`:
    /// "threads ~help ~cpu" reads "threads do not help CPU…".
    func marked(_ text: String) -> String {
        analyzer.analyze(text).sentences.flatMap(\.contentWords)
            .map { ($0.isNegated ? "~" : "") + $0.raw }.joined(separator: " ")
    }

    /// The normalised content words of a text, with negated ones marked with `~`.
    func keys(_ text: String) -> [String] {
        analyzer.analyze(text).sentences.flatMap(\.contentWords).map { ($0.isNegated ? "~" : "") + $0.key }
    }

    // MARK: Sentences

    static let sentenceCases: [(String, [String])] = [
        (
            "The GIL is a lock. Threads take turns! Does that help? Not for CPU work.",
            ["The GIL is a lock.", "Threads take turns!", "Does that help?", "Not for CPU work."]
        ),
        (
            "First paragraph without a full stop\n\nSecond paragraph",
            ["First paragraph without a full stop", "Second paragraph"]
        ),
        ("A sentence that wraps\nonto the next line.", ["A sentence that wraps onto the next line."]),
        (
            "Python searches sys.path for modules. Then it imports them.",
            ["Python searches sys.path for modules.", "Then it imports them."]
        ),
        (
            "Python 3.13 ships a free-threaded build. It is experimental.",
            ["Python 3.13 ships a free-threaded build.", "It is experimental."]
        ),
        (
            "Use a lock, e.g. threading.Lock, around the counter. Or a queue.",
            ["Use a lock, e.g. threading.Lock, around the counter.", "Or a queue."]
        ),
        ("Threads interleave, i.e. they take turns.", ["Threads interleave, i.e. they take turns."]),
    ]

    @Test(
        "sentences end at . ! ? and blank lines, not inside dotted names, versions or abbreviations",
        arguments: sentenceCases)
    func sentences(_ text: String, _ expected: [String]) {
        #expect(analyzer.analyze(text).sentences.map(\.text) == expected)
    }

    @Test("a dotted name is read as its parts")
    func dottedName() {
        #expect(marked("Python searches sys.path first.") == "python searches sys path first")
    }

    // MARK: Contractions and negation

    static let contractions: [(String, String)] = [
        ("doesn't", "does not"), ("don't", "do not"), ("isn't", "is not"), ("aren't", "are not"),
        ("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("doesn\u{2019}t", "does not"),
    ]

    @Test("a contraction is expanded, and the words after it are negated", arguments: contractions)
    func contraction(_ contraction: String, _ expansion: String) {
        let words = analyzer.analyze("Threads \(contraction) block.").sentences.flatMap(\.words)
        #expect(words.map(\.raw) == ["threads"] + expansion.split(separator: " ").map(String.init) + ["block"])
        #expect(words.last?.isNegated == true)
        #expect(words.first?.isNegated == false)
    }

    static let negationCases: [(String, String)] = [
        ("The GIL doesn't make code thread-safe.", "gil ~make ~code ~threadsafe"),
        (
            "Threads do not help CPU-bound work but they help IO-bound work.",
            "threads ~help ~cpu ~bound ~work help io bound work"
        ),
        ("The GIL is not removed because reference counting needs it.", "gil ~removed refcount needs"),
        ("The lock is not released, so threads wait.", "lock ~released threads wait"),
        ("Threads not only wait on sockets but also on disk.", "threads wait sockets disk"),
        ("It is not just a lock.", "lock"),
        ("Neither threads nor processes help.", "~threads ~processes ~help"),
        (
            "It does not matter how many threads a busy server process runs today.",
            "~matter ~threads ~busy ~server ~process runs today"
        ),
    ]

    @Test(
        "negation reaches the following words of its clause, stops at but/because/commas and fades after eight words; \"not only\" is no negation",
        arguments: negationCases)
    func negation(_ text: String, _ expected: String) {
        #expect(marked(text) == expected)
    }

    // MARK: Spellings, synonyms, antonyms

    static let spellings: [(String, String)] = [
        ("serialise", "serialize"), ("behaviour", "behavior"), ("optimisation", "optimization"),
        ("synchronised", "synchronized"), ("analyse", "analyze"), ("licence", "license"), ("catalogue", "catalog"),
    ]

    @Test("British and American spellings meet", arguments: spellings)
    func spelling(_ british: String, _ american: String) {
        #expect(analyzer.key(of: british) == analyzer.key(of: american))
    }

    static let synonyms: [(String, String)] = [
        ("mutex", "lock"), ("mutexes", "locks"), ("exception", "error"), ("dictionary", "dict"), ("hash map", "dict"),
        ("simultaneously", "in parallel"), ("at the same time", "parallel"), ("reference counting", "refcounts"),
        ("garbage collector", "gc"), ("let go", "release"), ("outage", "incident"),
    ]

    @Test("synonyms and phrases of one meaning meet", arguments: synonyms)
    func synonym(_ one: String, _ other: String) {
        #expect(!keys(one).isEmpty)
        #expect(keys(one) == keys(other))
    }

    @Test(
        "different ideas stay apart",
        arguments: [("lock", "thread"), ("list", "tuple"), ("process", "thread"), ("cpu", "io")])
    func distinct(_ one: String, _ other: String) {
        #expect(keys(one) != keys(other))
    }

    static let antonyms: [(String, String)] = [
        ("immutable", "~mutabl"), ("cannot be changed", "~mutabl"), ("can't be modified", "~mutabl"),
        ("frozen", "~mutabl"),
        ("can be changed", "mutabl"), ("mutable", "mutabl"), ("not immutable", "mutabl"), ("unhashable", "~hashabl"),
        ("nonblocking", "~block"), ("non-blocking", "~block"),
    ]

    @Test(
        "an antonym is its opposite negated: \"immutable\" and \"cannot be changed\" are \"mutable\" negated",
        arguments: antonyms)
    func antonym(_ text: String, _ expected: String) {
        #expect(keys(text) == [expected])
    }

    // MARK: Big-O and arrows

    static let complexities: [(String, String)] = [
        ("O(1)", "constant time"), ("O(n log n)", "n log n"), ("O(N log N)", "O(nlogn)"),
        ("O(log n)", "logarithmic time"),
        ("O(n^2)", "quadratic time"), ("O(n²)", "O(n**2)"),
    ]

    @Test("a big-O expression is one word, and meets its name in words", arguments: complexities)
    func bigO(_ notation: String, _ words: String) {
        #expect(keys(notation).count == 1)
        #expect(keys(notation) == keys(words))
    }

    @Test(
        "O(n) meets \"linear time\"")
    func linearTime() {
        #expect(keys("O(n)") == ["on"])
        #expect(keys("O(n)") == keys("linear time"))
    }

    static let arrowCases: [(String, Int)] = [
        ("GIL -> one thread -> no parallelism", 2), ("lock \u{2192} wait \u{21D2} slow", 2), ("a => b", 1),
        ("CPU-bound work", 0), ("x == y", 0), ("a - b", 0),
    ]

    @Test("arrows between words are counted, hyphens and == are not", arguments: arrowCases)
    func arrows(_ text: String, _ count: Int) {
        #expect(analyzer.analyze(text).sentences.reduce(0) { $0 + $1.arrows } == count)
    }
}
