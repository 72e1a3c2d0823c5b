import Foundation
import OnsiteCore
import OnsiteRunner
import OnsiteTestSupport
import Testing

/// A folder of tests in a style pytest supports.
struct PytestFolder: Sendable, CustomTestStringConvertible {
    var name: String
    var files: [String: String]
    var testDescription: String { name }
}

/// The sandbox reports, test by test, what `python3 -m pytest` reports on the same folder.
@Suite("Agreement with pytest", .serialized)
struct PytestAgreementTests {
    static let folders: [PytestFolder] = [
        PytestFolder(
            name: "plain asserts, parametrize, skip, xfail and unittest",
            files: [
                "calc.py": "def add(a, b):\n    return a + b\n",
                "test_calc.py": """
                import unittest
                import pytest
                from calc import add

                def test_ok():
                    assert add(1, 1) == 2

                def test_bad():
                    assert add(1, 2) == 4

                @pytest.mark.parametrize("a,b", [(1, 1), (2, 3), ("x", "y")])
                def test_param(a, b):
                    assert add(a, b) == 2

                @pytest.mark.skip(reason="not today")
                def test_skipped():
                    pass

                @pytest.mark.xfail
                def test_xfail():
                    assert False

                @pytest.mark.xfail(strict=True)
                def test_xpass_strict():
                    assert True

                class TestGroup:
                    def test_method(self):
                        assert add(2, 2) == 4

                class TestCaseStyle(unittest.TestCase):
                    def test_equal(self):
                        self.assertEqual(add(2, 2), 5)

                    @unittest.skip("later")
                    def test_later(self):
                        pass

                    @unittest.expectedFailure
                    def test_expected(self):
                        self.assertEqual(1, 2)

                """,
            ]),
        PytestFolder(
            name: "fixtures, conftest, setup and teardown errors",
            files: [
                "conftest.py": """
                import pytest

                @pytest.fixture
                def numbers():
                    data = [1, 2, 3]
                    yield data
                    data.clear()

                @pytest.fixture
                def broken():
                    raise RuntimeError("no database")

                @pytest.fixture
                def bad_teardown():
                    yield 1
                    raise RuntimeError("cleanup failed")

                """,
                "test_fixtures.py": """
                import pytest

                @pytest.fixture(params=[1, 2])
                def factor(request):
                    return request.param

                def test_sum(numbers):
                    assert sum(numbers) == 6

                def test_scaled(numbers, factor):
                    assert sum(numbers) * factor == 6

                def test_needs_database(broken):
                    pass

                def test_teardown(bad_teardown):
                    assert bad_teardown == 1

                def test_tmp_path(tmp_path, capsys, monkeypatch):
                    monkeypatch.setenv("X", "1")
                    (tmp_path / "a.txt").write_text("hi")
                    print("out")
                    assert capsys.readouterr().out == "out\\n"

                def test_unknown_fixture(no_such_fixture):
                    pass

                """,
            ]),
        PytestFolder(
            name: "collection errors next to good files",
            files: [
                "test_good.py": "def test_fine():\n    assert True\n",
                "test_syntax.py": "def test_broken(:\n    pass\n",
                "test_import.py": "import no_such_module\n\ndef test_never():\n    pass\n",
            ]),
        PytestFolder(
            name: "test layouts: tests folder, suffix names, classes",
            files: [
                "shop/__init__.py": "",
                "shop/cart.py": "def total(items):\n    return sum(price for _, price in items)\n",
                "tests/test_cart.py": """
                from shop.cart import total

                class TestTotal:
                    def test_empty(self):
                        assert total([]) == 0

                    def test_two(self):
                        assert total([("a", 1), ("b", 2)]) == 3

                    def helper(self):
                        raise AssertionError("not a test")

                class NotATest:
                    def test_ignored(self):
                        raise AssertionError("not collected")

                """,
                "tests/cart_test.py":
                    "from shop.cart import total\n\ndef test_suffix_style():\n    assert total([(\"a\", 5)]) == 5\n",
                "helpers.py": "def test_not_collected():\n    raise AssertionError\n",
            ]),
        PytestFolder(
            name: "parametrize ids, pytest.param marks and stacking",
            files: [
                "test_ids.py": """
                import pytest

                @pytest.mark.parametrize("value", [0, 1.5, "text", None, True, (1, 2)], ids=None)
                def test_values(value):
                    assert value != 1.5

                @pytest.mark.parametrize("n", [1, 2], ids=["one", "two"])
                @pytest.mark.parametrize("m", [10, 20])
                def test_stacked(n, m):
                    assert n * m != 40

                @pytest.mark.parametrize("x", [pytest.param(1, id="first"), pytest.param(2, marks=pytest.mark.skip(reason="no"))])
                def test_param_objects(x):
                    assert x == 1

                @pytest.mark.skipif(True, reason="always")
                def test_skipif():
                    pass

                @pytest.mark.xfail(raises=ZeroDivisionError)
                def test_raises():
                    1 / 0

                def test_raises_match():
                    with pytest.raises(ValueError, match="bad"):
                        raise ValueError("really bad")

                """
            ]),
        PytestFolder(
            name: "module-level skip and an ini file",
            files: [
                "pytest.ini": "[pytest]\npython_files = check_*.py\n",
                "check_things.py": "def test_found_by_ini():\n    assert True\n",
                "test_ignored_by_ini.py": "def test_not_collected():\n    raise AssertionError\n",
                "check_skip.py":
                    "import pytest\npytest.skip('whole module', allow_module_level=True)\n\ndef test_x():\n    pass\n",
            ]),
        PytestFolder(name: "no tests at all", files: ["notes.py": "x = 1\n"]),
        PytestFolder(
            name: "plain passing folder the lean path runs: ids of every simple kind, two files, helpers",
            files: [
                "shop/__init__.py": "",
                "shop/prices.py": "def net(gross, rate):\n    return round(gross / (1 + rate), 2)\n",
                "b_test.py": """
                from shop.prices import net
                from helpers import test_shared

                def testing_counts_too():
                    assert net(12, 0.2) == 10

                test_data = [1, 2]
                """,
                "helpers.py": "def test_shared():\n    assert True\n",
                "test_a.py": """
                import pytest

                @pytest.mark.parametrize("value, expected", [
                    (1, 1), (-2, -2), (0.5, 0.5), (None, None), (True, True), ("word", "word"),
                    ([1, 2], [1, 2]), ({"k": 1}, {"k": 1}), ((3,), (3,)),
                ])
                def test_identity(value, expected):
                    assert value == expected

                @pytest.mark.parametrize("n", [3, 4])
                def test_single_name(n):
                    assert n > 2

                def test_raises():
                    with pytest.raises(ZeroDivisionError):
                        1 / 0
                """,
            ]),
        PytestFolder(
            name: "a test file imported by another runs its module code once, as under pytest",
            files: [
                "counter.py": "loads = []\n",
                "test_a.py": "import counter\nimport test_z\n\ndef test_a():\n    assert counter.loads == ['z']\n",
                "test_z.py":
                    "import counter\ncounter.loads.append('z')\n\ndef test_z():\n    assert counter.loads == ['z']\n",
            ]),
        PytestFolder(
            name: "a class and a fixture send the folder to pytest",
            files: [
                "test_k.py": """
                import pytest

                @pytest.fixture
                def three():
                    return 3

                def test_uses(three):
                    assert three == 3

                class TestGroup:
                    def test_member(self):
                        assert True
                """
            ]),
    ]

    @Test(
        "each test has the id and outcome pytest gives it, with and without the lean path",
        arguments: folders, [true, false])
    func agrees(_ folder: PytestFolder, fastPath: Bool) async throws {
        let runner = TestRunner(pool: SandboxFixture.pool, limits: SandboxFixture.limits, fastPath: fastPath)
        let report = try await runner.runTests(in: Workspace(files: folder.files))
        let reference = try ReferencePytest.run(folder.files)

        let ours = Dictionary(report.tests.map { ($0.id, $0.outcome) }, uniquingKeysWith: { $1 })
        #expect(ours == reference.outcomes, "sandbox: \(report.tests)\npytest: \(reference.output)")
        #expect(report.tests.map(\.id).filter { $0.contains("::") } == reference.order, "collection order")
        #expect((report.status == .passed) == (reference.exitCode == 0))
        for test in report.tests where test.outcome == .failed {
            #expect(test.message?.isEmpty == false, "\(test.id) has no failure message")
        }
    }

    @Test("the lean path answers only for plain folders whose tests all pass")
    func leanPathScope() async throws {
        let runner = TestRunner(pool: SandboxFixture.pool, limits: SandboxFixture.limits)
        func engine(_ files: [String: String]) async throws -> String? {
            try await runner.runTests(in: Workspace(files: files)).engine
        }
        let passing = "def test_one():\n    assert 1 + 1 == 2\n"
        #expect(try await engine(["test_x.py": passing]) == "lean")
        // A test module another one imported first is not run twice (its test would then fail).
        let shared = try #require(Self.folders.first { $0.name.hasPrefix("a test file imported by another") })
        #expect(try await engine(shared.files) == "lean")
        #expect(try await engine(["test_x.py": "def test_one():\n    assert 1 + 1 == 3\n"]) == "pytest")
        #expect(try await engine(["test_x.py": passing, "conftest.py": ""]) == "pytest")
        #expect(try await engine(["test_x.py": passing, "pytest.ini": "[pytest]\n"]) == "pytest")
        #expect(try await engine(["test_x.py": "import pytest\n\n@pytest.mark.slow\n" + passing]) == "pytest")
        #expect(try await engine(["test_x.py": "def test_one():\n    print(input())\n"]) == "pytest")
        #expect(try await engine(["test_x.py": "def test_one():\n    import sys\n    sys.exit(0)\n"]) == "pytest")
    }

    @Test("a failed assertion shows the compared values, as pytest does")
    func assertionMessage() async throws {
        let runner = TestRunner(pool: SandboxFixture.pool, limits: SandboxFixture.limits)
        let report = try await runner.runTests(
            in: Workspace(files: [
                "test_m.py": "def double(x):\n    return x * 3\n\ndef test_double():\n    assert double(2) == 4\n"
            ]))
        #expect(report.tests.first?.message == "assert 6 == 4\n +  where 6 = double(2)")
    }
}

/// Runs the real `python3 -m pytest -v` on a copy of a folder and reads its per-test outcomes.
enum ReferencePytest {
    struct Result {
        var outcomes: [String: TestOutcome]
        /// Test ids (`file::name`) in the order pytest ran them.
        var order: [String]
        var exitCode: Int32
        var output: String
    }

    static func run(_ files: [String: String]) throws -> Result {
        let folder = try TemporaryFolder(prefix: "onsite-pytest")
        defer { folder.remove() }
        for (path, contents) in files { try folder.write(path, contents) }
        let python = ProcessInfo.processInfo.environment["ONSITE_REFERENCE_PYTHON"] ?? "/usr/bin/env"
        let prefix = python == "/usr/bin/env" ? ["python3"] : []
        let result = try CommandRun.run(
            URL(fileURLWithPath: python),
            prefix + [
                "-m", "pytest", "-v", "-p", "no:cacheprovider", "--color=no", "-o", "console_output_style=classic",
            ],
            directory: folder.url)
        var outcomes: [String: TestOutcome] = [:]
        var order: [String] = []
        for line in result.standardOutput.split(separator: "\n") {
            if line.contains(" ERROR collecting "), let file = line.split(separator: " ").dropFirst(3).first {
                outcomes[String(file)] = .error
                continue
            }
            let tokens = line.split(separator: " ", maxSplits: 2)
            guard tokens.count >= 2, tokens[0].contains("::") else { continue }
            let id = String(tokens[0])
            let word = String(tokens[1])
            let outcome: TestOutcome?
            switch word {
            case "PASSED", "XPASS": outcome = .passed
            case "FAILED": outcome = .failed
            case "ERROR": outcome = .error
            case "SKIPPED", "XFAIL": outcome = .skipped
            default: outcome = nil
            }
            guard let outcome else { continue }
            if outcomes[id] == nil { order.append(id) }
            if outcomes[id] == .failed && outcome == .error { continue }
            outcomes[id] = outcome
        }
        return Result(outcomes: outcomes, order: order, exitCode: result.status, output: result.standardOutput)
    }
}
