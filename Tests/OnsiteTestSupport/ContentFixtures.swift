/// Small, valid content files that tests copy and break on purpose.
public enum ContentFixtures {
    public static let areas = """
        kind: areas
        areas:
          - id: python
            title: Core Python
            summary: The language itself.
          - id: design
            title: System design
            summary: Designing systems.

        """

    /// A valid question; `replacing` swaps one exact line for another to break it.
    public static func question(id: String = "python.sample", area: String = "python") -> String {
        """
        ---
        id: \(id)
        kind: question
        title: A sample question
        area: \(area)
        subtopics: [sample]
        level: mid
        round: fundamentals
        minutes: 5
        tags: [sample]
        points:
          - id: first
            weight: 3
            says: The first thing.
            concepts:
              - first thing | initial thing
            phrasings:
              - the first thing matters
        pitfalls:
          - id: wrong
            says: A wrong belief.
            shows:
              - the wrong belief
        follow_ups:
          - ask: Why the first thing?
            aims: first
          - ask: What are the trade-offs?
            aims: trade-offs
        ---

        ## Prompt

        Explain the first thing.

        ## Model answer

        The first thing matters because it comes first.

        """
    }

    public static func snippet(id: String = "python.sample-snippet") -> String {
        """
        ---
        id: \(id)
        kind: snippet
        title: Printing
        area: python
        subtopics: [print]
        level: mid
        ---

        ## Code

        ```python
        print(1 + 1)
        ```

        ## Output

        ```text
        2
        ```

        ## Explanation

        Addition of two ints.

        """
    }

    /// The files of a valid exercise folder named `folder`.
    public static func exercise(folder: String = "exercises/double") -> [String: String] {
        [
            "\(folder)/exercise.md": """
            ---
            id: python.double
            kind: exercise
            task: implement
            title: Double a number
            area: python
            subtopics: [functions]
            level: mid
            minutes: 5
            ---

            ## Statement

            Implement `double(x)`.

            """,
            "\(folder)/starter/double.py": "def double(x):\n    raise NotImplementedError\n",
            "\(folder)/starter/test_double.py":
                "from double import double\n\ndef test_two():\n    assert double(2) == 4\n",
            "\(folder)/solution/double.py": "def double(x):\n    return 2 * x\n",
            "\(folder)/hidden.yaml": """
            module: double
            cases:
              - name: zero
                call: double(0)
                expect: 0
              - name: text
                call: double("ab")
                expect: "abab"
              - name: none
                call: double(None)
                raises: TypeError

            """,
        ]
    }
}
