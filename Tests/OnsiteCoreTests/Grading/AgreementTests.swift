import Testing

@testable import OnsiteCore

/// Grades given by a person and by the grader, with the agreement figures worked out by hand.
struct AgreementCase: Sendable, CustomTestStringConvertible {
    var name: String
    var person: [Int]
    var grader: [Int]
    var spearman: Double
    var kappa: Double
    var exact: Double
    var withinOne: Double
    var meanDifference: Double

    var testDescription: String { name }
}

@Suite("Agreement between grader and person")
struct AgreementTests {
    static let cases: [AgreementCase] = [
        AgreementCase(
            name: "identical grades", person: [0, 1, 2, 3, 4], grader: [0, 1, 2, 3, 4],
            spearman: 1, kappa: 1, exact: 1, withinOne: 1, meanDifference: 0),
        AgreementCase(
            name: "one grade higher throughout: ranks agree, grades do not", person: [0, 1, 2, 3],
            grader: [1, 2, 3, 4],
            // Disagreement 4 · 1/16; chance Σ (i−j)²/16 / 4 over i ∈ 0…3, j ∈ 1…4 = 56/64; κ = 1 − 2/7.
            spearman: 1, kappa: 5.0 / 7, exact: 0, withinOne: 1, meanDifference: 1),
        AgreementCase(
            name: "reversed grades", person: [0, 1, 2, 3, 4], grader: [4, 3, 2, 1, 0],
            // Disagreement (16 + 4 + 0 + 4 + 16)/16 = 2.5; chance Σ (i−j)²/16 / 5 = 100/80 = 1.25.
            spearman: -1, kappa: -1, exact: 0.2, withinOne: 0.2, meanDifference: 0),
        AgreementCase(
            name: "unrelated grades", person: [0, 0, 4, 4], grader: [0, 4, 0, 4],
            spearman: 0, kappa: 0, exact: 0.5, withinOne: 0.5, meanDifference: 0),
        AgreementCase(
            name: "ties take their mean rank", person: [0, 0, 1, 2], grader: [1, 0, 2, 2],
            // Ranks [1.5, 1.5, 3, 4] and [2, 1, 3.5, 3.5]: covariance 4, variances 4.5 and 4.5.
            // κ: disagreement (1 + 0 + 1 + 0)/16; chance 26/64 from the margins [2, 1, 1] × [1, 1, 2]; κ = 9/13.
            spearman: 4.0 / 4.5, kappa: 9.0 / 13, exact: 0.5, withinOne: 1, meanDifference: 0.5),
        AgreementCase(
            name: "three answers, one a grade too high", person: [0, 1, 2], grader: [0, 2, 2],
            // Ranks [1, 2, 3] and [1, 2.5, 2.5]: ρ = √3/2. Disagreement 1/16; chance (8 + 1 + 2 + 4)/16 / 3 = 5/16.
            spearman: (3.0 / 4).squareRoot(), kappa: 0.8, exact: 2.0 / 3, withinOne: 1, meanDifference: 1.0 / 3),
        AgreementCase(
            name: "two grades apart counts against within-one", person: [0, 2, 4, 1], grader: [1, 4, 4, 3],
            // Ranks [1, 3, 4, 2] and [1, 3.5, 3.5, 2]: covariance 4.5, variances 5 and 4.5, ρ = √0.9.
            // Disagreement (1 + 4 + 0 + 4)/16; chance 21/16; κ = 1 − 9/21.
            spearman: (0.9).squareRoot(), kappa: 4.0 / 7, exact: 0.25, withinOne: 0.5, meanDifference: 1.25),
        AgreementCase(
            name: "a constant grader has no rank correlation", person: [0, 2, 4], grader: [2, 2, 2],
            spearman: 0, kappa: 0, exact: 1.0 / 3, withinOne: 1.0 / 3, meanDifference: 0),
    ]

    @Test("Spearman, quadratic weighted kappa, exact, within-one and mean difference", arguments: cases)
    func figures(_ sample: AgreementCase) {
        let agreement = Agreement(expected: sample.person, predicted: sample.grader)
        #expect(agreement.count == sample.person.count)
        #expect(abs(agreement.spearman - sample.spearman) < 1e-9, "spearman \(agreement.spearman)")
        #expect(
            abs(agreement.quadraticWeightedKappa - sample.kappa) < 1e-9, "kappa \(agreement.quadraticWeightedKappa)")
        #expect(abs(agreement.exact - sample.exact) < 1e-9)
        #expect(abs(agreement.withinOne - sample.withinOne) < 1e-9)
        #expect(abs(agreement.meanDifference - sample.meanDifference) < 1e-9)
    }

    @Test(
        "tied values share their mean rank",
        arguments: [
            ([3, 1, 3, 2], [3.5, 1, 3.5, 2]),
            ([0, 0, 0], [2, 2, 2]),
            ([4, 0, 4, 0, 2], [4.5, 1.5, 4.5, 1.5, 3]),
        ])
    func ranks(_ values: [Int], _ ranks: [Double]) {
        #expect(Agreement.ranks(values) == ranks)
    }

    @Test("kappa punishes one miss by two grades more than two misses by one, though more grades are exact")
    func quadraticWeights() {
        let person = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]
        var nearMisses = person
        nearMisses[1] = 2
        nearMisses[3] = 4
        var farMiss = person
        farMiss[1] = 3
        let near = Agreement(expected: person, predicted: nearMisses)
        let far = Agreement(expected: person, predicted: farMiss)
        #expect(far.exact > near.exact)
        #expect(far.quadraticWeightedKappa < near.quadraticWeightedKappa)
    }

    @Test("no answers agree on nothing")
    func empty() {
        let agreement = Agreement(expected: [], predicted: [])
        #expect(agreement.count == 0)
        #expect(agreement.spearman == 0)
        #expect(agreement.quadraticWeightedKappa == 0)
        #expect(agreement.withinOne == 0)
    }
}
