import OnsiteCore
import Testing

@Suite("Judging hidden cases")
struct HiddenCaseJudgeTests {
    static let returnsCases: [(JSONValue, JSONValue, Bool)] = [
        (.int(3), .int(3), true),
        (.int(3), .double(3.0), true),
        (.double(0.3), .double(0.1 + 0.2), true),
        (.double(0.3), .double(0.31), false),
        (.array([.string("a"), .int(1)]), .array([.string("a"), .int(1)]), true),
        (.array([.string("a"), .int(1)]), .array([.int(1), .string("a")]), false),
        (.array([.int(1)]), .array([.int(1), .int(1)]), false),
        (.object(["a": .int(1)]), .object(["a": .double(1)]), true),
        (.object(["a": .int(1)]), .object(["a": .int(1), "b": .null]), false),
        (.string("1"), .int(1), false),
        (.bool(true), .int(1), false),
        (.null, .null, true),
    ]

    @Test("returned values compare by value, numbers within a tolerance", arguments: returnsCases)
    func returns(_ expected: JSONValue, _ actual: JSONValue, _ passes: Bool) {
        let hidden = HiddenCase(name: "c", call: "f()", expectation: .returns(expected))
        #expect(HiddenCaseJudge.judge(hidden, .returned(actual)).passed == passes)
    }

    @Test("an expected exception matches its class or any subclass, and nothing else")
    func raises() {
        let hidden = HiddenCase(name: "c", call: "f()", expectation: .raises("LookupError"))
        let keyError = CallOutcome.raised(
            type: "KeyError", lineage: ["KeyError", "LookupError", "Exception"], message: "'x'")
        #expect(HiddenCaseJudge.judge(hidden, keyError).passed)
        #expect(HiddenCaseJudge.judge(hidden, keyError).observed == "raised KeyError: 'x'")
        #expect(
            !HiddenCaseJudge.judge(hidden, .raised(type: "ValueError", lineage: ["ValueError"], message: "")).passed)
        #expect(!HiddenCaseJudge.judge(hidden, .returned(.null)).passed)
        let returning = HiddenCase(name: "c", call: "f()", expectation: .returns(.int(1)))
        #expect(!HiddenCaseJudge.judge(returning, keyError).passed)
        #expect(!HiddenCaseJudge.judge(returning, .missing(reason: "timeout")).passed)
    }
}
