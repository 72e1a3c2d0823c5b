import OnsiteTemplates
import Testing

/// The template engine the pages are rendered with: the Mustache subset the templates use,
/// over `Encodable` views.
@Suite("Templates: Mustache subset over Encodable views")
struct TemplateEngineTests {
    struct Link: Encodable {
        var href: String
        var label: String
        var current: Bool
    }

    struct View: Encodable {
        var title: String
        var note: String?
        var count: Int
        var big: Int64 = 1 << 40
        var ratio: Double = 0.75
        var links: [Link] = []
        var tags: [String] = []
        var chrome: [String: String] = ["csrf": "tok"]
    }

    static func render(_ source: String, _ view: some Encodable, partials: [String: String] = [:]) throws -> String {
        let templates =
            try [Template(name: "page", source: source)]
            + partials.map { try Template(name: $0.key, source: $0.value) }
        return try TemplateLibrary(templates).render("page", TemplateValueEncoder.encode(view))
    }

    @Test("variables are HTML-escaped; triple braces and & insert as is; numbers print plainly")
    func variables() throws {
        let view = View(title: #"<b>"Tom" & 'Jerry'</b>"#, count: 3)
        #expect(try Self.render("{{title}}", view) == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(try Self.render("{{{title}}}|{{& title}}", view) == #"<b>"Tom" & 'Jerry'</b>|<b>"Tom" & 'Jerry'</b>"#)
        #expect(try Self.render("{{count}} {{big}} {{ratio}}", view) == "3 1099511627776 0.75")
        #expect(try Self.render("[{{missing}}][{{note}}]", view) == "[][]", "missing and nil render nothing")
        #expect(try Self.render("é {{title}} ü", View(title: "naïve ☕", count: 0)) == "é naïve ☕ ü")
    }

    @Test("names climb the stack of enclosing values; dotted names look inside without climbing")
    func lookup() throws {
        let view = View(
            title: "outer", note: "a note", count: 2,
            links: [Link(href: "/a", label: "A", current: true), Link(href: "/b", label: "B", current: false)])
        #expect(
            try Self.render("{{#links}}{{label}}:{{title}}:{{chrome.csrf}};{{/links}}", view)
                == "A:outer:tok;B:outer:tok;")
        #expect(try Self.render("{{#note}}{{.}}!{{/note}}", view) == "a note!")
        #expect(try Self.render("{{chrome.missing}}|{{links.label}}", view) == "|", "a dotted name never climbs")
    }

    @Test("sections: true shows, lists repeat, objects push, false, nil and empty lists hide; inverted is the opposite")
    func sections() throws {
        let view = View(
            title: "t", note: nil, count: 0, links: [Link(href: "/a", label: "A", current: true)], tags: ["x", "y"])
        #expect(
            try Self.render("{{#links}}{{#current}}now{{/current}}{{^current}}no{{/current}}{{/links}}", view) == "now")
        #expect(try Self.render("{{#tags}}<{{.}}>{{/tags}}", view) == "<x><y>")
        #expect(try Self.render("{{#note}}N{{/note}}{{^note}}no note{{/note}}", view) == "no note")
        #expect(try Self.render("{{#count}}zero is shown{{/count}}", view) == "zero is shown", "0 is truthy")
        #expect(try Self.render("{{^tags}}none{{/tags}}", View(title: "", count: 0)) == "none")
        #expect(
            try Self.render("{{^empty(tags)}}some{{/empty(tags)}}{{#empty(links)}}|no links{{/empty(links)}}", view)
                == "some")
        #expect(try Self.render("{{#empty(title)}}blank{{/empty(title)}}", View(title: "", count: 0)) == "blank")
        #expect(
            try Self.render("{{^empty(nothing)}}missing is not empty{{/empty(nothing)}}", view)
                == "missing is not empty")
    }

    @Test("a tag alone on its line takes the line with it; tags among text keep it")
    func standaloneLines() throws {
        let source =
            "<ul>\n  {{#tags}}\n  <li>{{.}}</li>\n  {{/tags}}\n</ul>\n{{! a comment }}\nend {{#tags}}{{.}}{{/tags}}\n"
        #expect(
            try Self.render(source, View(title: "", count: 0, tags: ["a", "b"]))
                == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\nend ab\n")
    }

    @Test("partials render with the current value; a child fills its parent's blocks, others keep their defaults")
    func partialsAndInheritance() throws {
        let partials = [
            "layout": "<title>{{$title}}onsite{{/title}}</title>\n<main>{{$main}}empty{{/main}}</main>",
            "item": "[{{label}}]",
        ]
        let source = "{{<layout}}\n{{$main}}{{#links}}{{> item}}{{/links}}{{/main}}\nignored\n{{/layout}}\n"
        let view = View(title: "t", count: 0, links: [Link(href: "/", label: "A", current: false)])
        #expect(try Self.render(source, view, partials: partials) == "<title>onsite</title>\n<main>[A]</main>")
    }

    @Test("malformed templates are refused with the template's name and the line")
    func malformed() throws {
        let cases: [(String, Int, String)] = [
            ("line one\n{{#open}}\nnever closed", 2, "'open' is never closed"),
            ("{{#a}}\n{{/b}}", 2, "'{{/b}}' closes 'a', opened on line 1"),
            ("text\n\n{{/a}}", 3, "closes nothing"),
            ("{{count(x)}}", 1, "only empty(…)"),
            ("ok\n{{name", 2, "never closed"),
        ]
        for (source, line, message) in cases {
            let error = #expect(throws: TemplateError.self) { try Template(name: "broken", source: source) }
            #expect(error?.line == line && error?.template == "broken", "\(source)")
            #expect(error?.description.contains(message) == true, "\(String(describing: error))")
            #expect(error?.description.hasPrefix("broken.mustache, line \(line): ") == true)
        }
        let library = TemplateLibrary([try Template(name: "page", source: "{{> nowhere}}")])
        #expect(throws: TemplateError.self) { try library.render("page", .object([:])) }
        #expect(throws: TemplateError.self) { try library.render("absent", .object([:])) }
    }

    enum Kind: String, Encodable { case fix, refactor }
    enum Shape: Encodable {
        case circle(radius: Int)
    }

    struct Mixed: Encodable {
        var kind: Kind
        var shape: Shape
        var small: UInt8
        var score: Float
    }

    @Test("the encoder: raw-value enums as their value, every integer width, nested containers")
    func encoder() throws {
        let value = try TemplateValueEncoder.encode(
            Mixed(kind: .refactor, shape: .circle(radius: 4), small: 7, score: 0.5))
        #expect(value["kind"] == .string("refactor"))
        #expect(value["shape"]?["circle"]?["radius"] == .int(4))
        #expect(value["small"] == .int(7) && value["score"] == .double(0.5))
        #expect(try TemplateValueEncoder.encode(["a", "b"]) == .list([.string("a"), .string("b")]))
        #expect(try TemplateValueEncoder.encode(Optional<Int>.none) == .null)
    }

    @Test("the encoder keeps an embedded tree as it is, and wider integers than Int's range print as text")
    func embeddedTrees() throws {
        struct Wrapper: Encodable {
            var kept: TemplateValue
            var huge: UInt64
            var negative: Int32
        }
        let kept = TemplateValue.list([.object(["label": .string("A"), "current": .bool(true)])])
        let value = try TemplateValueEncoder.encode(Wrapper(kept: kept, huge: .max, negative: -5))
        #expect(value["kept"] == kept)
        #expect(value["huge"] == .string("18446744073709551615") && value["negative"] == .int(-5))
    }

    static let skeletonSource = """
        <title>{{title}}</title>{{#links}}<a href="{{href}}">{{label}}</a>{{/links}}\
        <input value="{{chrome.csrf}}">{{{note}}}{{#chrome}}[{{csrf}}]{{/chrome}}{{^tags}}no tags{{/tags}}
        """

    @Test(
        "a skeleton filled with strings gives what rendering with those strings gives, escaped where the template escapes",
        arguments: ["tok", "", #"<script>alert("x" & 'y')</script>"#, "naïve ☕ 🐍"])
    func skeletonMatchesRendering(string: String) throws {
        let library = try TemplateLibrary([Template(name: "page", source: Self.skeletonSource)])
        let view = View(
            title: "Title", note: "<b>kept</b>", count: 1, links: [Link(href: "/a", label: "A", current: true)])
        var withSlots = try TemplateValueEncoder.encode(view)
        withSlots = withSlots.replacing(["chrome", "csrf"], with: .slot(0)).replacing(["note"], with: .slot(1))
        let skeleton = try library.skeleton("page", withSlots)

        var expected = view
        expected.chrome["csrf"] = string
        expected.note = string
        #expect(skeleton.filled(with: [string, string]) == (try Self.render(Self.skeletonSource, expected)))
        #expect(!skeleton.filled(with: [string, string]).contains("slot"))
    }

    @Test("a slot may only be inserted: deciding a section or an empty(…) test is an error, and so is rendering one")
    func slotsOnlyInserted() throws {
        let library = try TemplateLibrary([
            Template(name: "section", source: "{{#token}}shown{{/token}}"),
            Template(name: "empty", source: "{{^empty(token)}}x{{/empty(token)}}"),
            Template(name: "insert", source: "<{{token}}>"),
        ])
        let value = TemplateValue.object(["token": .slot(0)])
        for name in ["section", "empty"] {
            #expect {
                try library.skeleton(name, value)
            } throws: { error in
                "\(error)".contains("\(name).mustache") && "\(error)".contains("slot 'token'")
            }
        }
        #expect(throws: TemplateError.self) { try library.render("insert", value) }
        #expect(try library.skeleton("insert", value).filled(with: ["a&b"]) == "<a&amp;b>")
        #expect(try library.skeleton("insert", value).filled(with: []) == "<>", "a slot without a string is empty")
        #expect(value.replacing(["absent", "deeper"], with: .slot(1)) == value, "a missing path changes nothing")
    }
}
