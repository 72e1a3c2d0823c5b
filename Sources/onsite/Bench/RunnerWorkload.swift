import Foundation
import OnsiteRunner

/// The small submissions `onsite bench runner` runs: a module and a test file of ten tests
/// (plain asserts, `pytest.raises`, one `parametrize` of four), each with its own numbers.
struct RunnerWorkload {
    struct Submission {
        var files: [String: String]
        /// Whether one of its tests is meant to fail.
        var failing: Bool
    }

    var submissions: [Submission]

    /// `count` submissions; every `failingEvery`-th has one test that fails (0: none).
    init(count: Int, failingEvery: Int) {
        submissions = (0..<count).map { index in
            let failing = failingEvery > 0 && index % failingEvery == failingEvery - 1
            return Self.submission(index, failing: failing)
        }
    }

    static func submission(_ index: Int, failing: Bool) -> Submission {
        let base = 10 + index % 50
        let module = """
            \"\"\"Stock levels for a small shop (submission \(index)).\"\"\"


            def restock(levels, item, amount):
                if amount <= 0:
                    raise ValueError("amount must be positive")
                updated = dict(levels)
                updated[item] = updated.get(item, 0) + amount
                return updated


            def low_stock(levels, threshold):
                return sorted(name for name, count in levels.items() if count < threshold)


            def total(levels):
                return sum(levels.values())

            """
        let expectedTotal = base * 3 + 3 + (failing ? 1 : 0)
        let tests = """
            import pytest

            from stock import low_stock, restock, total

            LEVELS = {"apples": \(base), "pears": \(base + 1), "plums": \(base + 2)}


            def test_restock_adds_to_an_existing_item():
                assert restock(LEVELS, "apples", 5)["apples"] == \(base + 5)


            def test_restock_adds_a_new_item():
                assert restock(LEVELS, "figs", 2)["figs"] == 2


            def test_restock_leaves_the_original_alone():
                restock(LEVELS, "apples", 5)
                assert LEVELS["apples"] == \(base)


            def test_restock_rejects_nothing():
                with pytest.raises(ValueError):
                    restock(LEVELS, "apples", 0)


            def test_total():
                assert total(LEVELS) == \(expectedTotal)


            def test_nothing_is_low_below_the_smallest():
                assert low_stock(LEVELS, \(base)) == []


            @pytest.mark.parametrize("threshold, names", [
                (\(base + 1), ["apples"]),
                (\(base + 2), ["apples", "pears"]),
                (\(base + 3), ["apples", "pears", "plums"]),
                (0, []),
            ])
            def test_low_stock(threshold, names):
                assert low_stock(LEVELS, threshold) == names

            """
        return Submission(files: ["stock.py": module, "test_stock.py": tests], failing: failing)
    }

    /// Writes each submission into its own folder below `root`, for the fresh-interpreter baseline.
    func write(below root: URL) throws -> [URL] {
        try submissions.enumerated().map { index, submission in
            let folder = root.appendingPathComponent("submission-\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in submission.files {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            }
            return folder
        }
    }
}
