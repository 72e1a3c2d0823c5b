import Testing

@testable import OnsiteCore

/// Marker wordings found as runs of whole words, which is how the grader spots "I don't know",
/// a plan to find out, and a belief reported in order to reject it.
@Suite("Phrase list")
struct PhraseListTests {
    static let whole = PhraseList(["not sure", "i do not know", "myth"])
    static let open = PhraseList(["look up", "log", "read the"], lastWordMayContinue: true)

    static let wholeCases: [(sentence: String, found: Set<String>)] = [
        ("i am not sure why", ["not sure"]),
        ("honestly i do not know", ["i do not know"]),
        ("that is a myth", ["myth"]),
        ("mythical creatures are not sure things", ["not sure"]),
        ("not surely", []),
        ("i do not", []),
        ("sure not", []),
    ]

    @Test("whole phrases match only whole words in order", arguments: wholeCases)
    func wholeWords(_ sentence: String, found: Set<String>) {
        let words = sentence.split(separator: " ").map(String.init)
        #expect(Set(Self.whole.matches(in: words).map { Self.whole.phrases[$0] }) == found)
        #expect(Self.whole.occurs(in: words) == !found.isEmpty)
    }

    static let openCases: [(sentence: String, found: Set<String>)] = [
        ("i would look up the docs", ["look up"]),
        ("add logging and read them", ["log", "read the"]),
        ("the logs", ["log"]),
        ("a catalog", []),
        ("look at it", []),
        ("read", []),
    ]

    @Test("open phrases may continue their last word, and only their last", arguments: openCases)
    func openEnded(_ sentence: String, found: Set<String>) {
        let words = sentence.split(separator: " ").map(String.init)
        #expect(Set(Self.open.matches(in: words).map { Self.open.phrases[$0] }) == found)
    }

    @Test("a grader analyses a rubric once, and again only when the rubric under that id changes")
    func preparedOncePerRubric() {
        let cache = PreparedRubricCache()
        let grader = GradingFixtures.grader
        var analysed = 0
        func prepared(_ rubric: Rubric) -> PreparedRubric {
            cache.prepared(rubric) {
                analysed += 1
                return grader.prepare($0)
            }
        }
        _ = prepared(GradingFixtures.gil)
        _ = prepared(GradingFixtures.gil)
        _ = prepared(GradingFixtures.mentoring)
        #expect(analysed == 2)
        var edited = GradingFixtures.gil
        edited.modelAnswer += " The lock is released during blocking IO."
        #expect(prepared(edited).rubric == edited)
        #expect(analysed == 3)
    }
}
