import OnsiteCore
import Testing

@Suite("Item ids")
struct ItemIDTests {
    @Test("accepts area.slug", arguments: ["python.gil", "design.url-shortener", "data-structures.lru-cache", "a.b2"])
    func accepts(_ text: String) throws {
        let id = try #require(ItemID(text))
        #expect(id.description == text)
    }

    @Test(
        "rejects anything else",
        arguments: [
            "python", "python.", ".gil", "Python.gil", "python.GIL", "python.gil.extra", "python.-gil",
            "python.gil-", "python.g--il", "python.g il", "python.gïl", "",
        ])
    func rejects(_ text: String) {
        #expect(ItemID(text) == nil)
    }

    @Test("splits into area and slug, and sorts by text")
    func parts() throws {
        let id = try #require(ItemID("design.url-shortener"))
        #expect(id.area == "design")
        #expect(id.slug == "url-shortener")
        #expect(
            [ItemID("python.b")!, ItemID("design.a")!, ItemID("python.a")!].sorted().map(\.description) == [
                "design.a", "python.a", "python.b",
            ])
    }
}
