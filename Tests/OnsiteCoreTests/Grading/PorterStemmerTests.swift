import Testing

@testable import OnsiteCore

/// The stemmer reproduces the examples of M.F. Porter, "An algorithm for suffix stripping" (1980),
/// step by step, and the full runs of the reference vocabulary.
@Suite("Porter stemmer")
struct PorterStemmerTests {
    /// Step 1a: plurals.
    static let step1a: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
    ]

    /// Step 1b: -eed, -ed and -ing, with the tidying that follows (-at → -ate, double consonants, cvc → e).
    static let step1b: [(String, String)] = [
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
        ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"),
    ]

    /// Step 1c: a final y after a vowel-bearing stem becomes i.
    static let step1c: [(String, String)] = [("happy", "happi"), ("sky", "sky")]

    /// Step 2: double suffixes mapped to single ones (and on through the later steps).
    static let step2: [(String, String)] = [
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"),
        ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"), ("predication", "predic"),
        ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"),
    ]

    /// Step 3: -icate, -ative, -alize, -iciti, -ical, -ful, -ness.
    static let step3: [(String, String)] = [
        ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
    ]

    /// Step 4: suffixes removed from stems of measure greater than one.
    static let step4: [(String, String)] = [
        ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
        ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"),
        ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
    ]

    /// Step 5: a final e and a final double l.
    static let step5: [(String, String)] = [
        ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
    ]

    /// Words that pass through several steps.
    static let throughEverything: [(String, String)] = [("generalizations", "gener"), ("oscillators", "oscil")]

    /// Every published example, in the order of the paper.
    static let published: [(String, String)] = [step1a, step1b, step1c, step2, step3, step4, step5].flatMap { $0 }

    @Test("follows each step of the published examples", arguments: published)
    func publishedExample(_ word: String, _ stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test("runs words through every step", arguments: throughEverything)
    func fullRun(_ word: String, _ stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test(
        "leaves words of one or two letters, capitals, digits and other scripts alone",
        arguments: [
            "is", "a", "GIL", "Threads", "py3", "o1", "naïve", "größe",
        ])
    func unchanged(_ word: String) {
        #expect(PorterStemmer.stem(word) == word)
    }

    @Test(
        "brings the forms of one word to one stem",
        arguments: [
            ["release", "released", "releases", "releasing"],
            ["connect", "connected", "connecting", "connection", "connections"],
            ["generalization", "generalizations", "generalize", "generalized"],
        ])
    func wordForms(_ forms: [String]) {
        #expect(Set(forms.map(PorterStemmer.stem)).count == 1, "\(forms.map(PorterStemmer.stem))")
    }
}
