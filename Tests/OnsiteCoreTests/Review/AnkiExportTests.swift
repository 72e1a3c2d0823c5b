import Testing

@testable import OnsiteCore

extension ReviewTests {
    @Suite("Anki CSV export")
    struct AnkiExportTests {
        @Test(
            "a field is quoted when it holds a comma, a quote or a line break, or starts with #; quotes are doubled",
            arguments: [
                ("plain text", "plain text"),
                ("", ""),
                ("a, b", "\"a, b\""),
                ("say \"hi\"", "\"say \"\"hi\"\"\""),
                ("\"", "\"\"\"\""),
                ("two\nlines", "\"two\nlines\""),
                ("windows\r\nline", "\"windows\r\nline\""),
                ("# heading", "\"# heading\""),
                ("C# and F#", "C# and F#"),
                ("x = [1, \"a\"]\nprint(x)", "\"x = [1, \"\"a\"\"]\nprint(x)\""),
            ])
        func field(_ text: String, _ written: String) {
            #expect(AnkiExport.field(text) == written)
        }

        @Test(
            "a tag has no whitespace inside",
            arguments: [
                ("area::python", "area::python"), ("free threading", "free_threading"), ("  a \t b\n", "a_b"),
                ("   ", ""),
            ])
        func tag(_ text: String, _ written: String) {
            #expect(AnkiExport.tag(text) == written)
        }

        @Test("the file is Anki's header, then one record per note: Front, Back, space-separated tags")
        func wholeFile() {
            let notes = [
                AnkiNote(
                    front: "What is the GIL?", back: "A lock, held by\none thread", tags: ["onsite", "area::python"]),
                AnkiNote(
                    CardContent(title: "t", front: "# Prints", back: "He said \"no\""),
                    tags: ["card::snippet", "two words", ""]),
            ]
            let expected = [
                "#separator:Comma", "#html:false", "#columns:Front,Back,Tags", "#tags column:3",
                "What is the GIL?,\"A lock, held by\none thread\",onsite area::python",
                "\"# Prints\",\"He said \"\"no\"\"\",card::snippet two_words",
            ].map { $0 + "\r\n" }.joined()
            #expect(AnkiExport.csv(notes) == expected)
        }

        @Test("no notes give the header alone")
        func empty() {
            #expect(
                AnkiExport.csv([])
                    == "#separator:Comma\r\n#html:false\r\n#columns:Front,Back,Tags\r\n#tags column:3\r\n")
        }

        @Test("every record parses back into its three fields")
        func parsesBack() {
            let notes = [
                AnkiNote(front: "a,\"b\"\nc", back: "", tags: ["x"]),
                AnkiNote(front: "#1", back: "\"\"", tags: []),
            ]
            let header = AnkiExport.headerLines.map { $0 + AnkiExport.lineEnding }.joined()
            let file = AnkiExport.csv(notes)
            #expect(file.hasPrefix(header))
            let body = file.dropFirst(header.count)
            #expect(Self.parse(String(body)) == [["a,\"b\"\nc", "", "x"], ["#1", "\"\"", ""]])
        }

        /// A minimal RFC 4180 reader, to check that what is written reads back.
        static func parse(_ text: String) -> [[String]] {
            var records: [[String]] = []
            var record: [String] = []
            var field = ""
            var quoted = false
            var characters = text.makeIterator()
            var pending = characters.next()
            while let character = pending {
                pending = characters.next()
                if quoted {
                    if character == "\"" {
                        if pending == "\"" {
                            field.append("\"")
                            pending = characters.next()
                        } else {
                            quoted = false
                        }
                    } else {
                        field.append(character)
                    }
                } else if character == "\"" {
                    quoted = true
                } else if character == "," {
                    record.append(field)
                    field = ""
                } else if character == "\r\n" || character == "\n" {
                    record.append(field)
                    records.append(record)
                    (record, field) = ([], "")
                } else {
                    field.append(character)
                }
            }
            return records
        }
    }
}
