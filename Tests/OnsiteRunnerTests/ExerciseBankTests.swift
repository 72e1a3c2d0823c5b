import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@testable import OnsiteRunner

/// Every bundled exercise is proven in the real sandbox: its reference passes, its starter fails what it should.
@Suite("The bundled exercises", .serialized)
struct ExerciseBankTests {
    static let exercises: [Exercise] = (try? ContentLoader().load([Checkout.content]).bank.exercises) ?? []
    static let limits = RunLimits(wallSeconds: 30, cpuSeconds: 30, memoryBytes: 1 << 30)

    static func workspace(_ files: [ExerciseFile]...) -> Workspace {
        var merged: [String: String] = [:]
        for list in files { for file in list { merged[file.path] = file.contents } }
        return Workspace(files: merged)
    }

    @Test(
        "the reference solution passes its visible tests and hidden cases",
        arguments: exercises.filter { $0.task != .review }.map(\.id.description))
    func reference(_ id: String) async throws {
        let exercise = try #require(Self.exercises.first { $0.id.description == id })
        let solved = Self.workspace(exercise.starterFiles, exercise.solutionFiles)
        let tests = try await TestRunner(pool: SandboxFixture.pool, limits: Self.limits).runTests(in: solved)
        #expect(tests.status == .passed, "\(tests.problem ?? "") \(tests.tests.filter { $0.outcome != .passed })")
        if let suite = exercise.hidden {
            let verdicts = try await CaseRunner(pool: SandboxFixture.pool, limits: Self.limits).run(suite, in: solved)
            let failing = verdicts.filter { !$0.passed }
            #expect(failing.isEmpty, "\(failing)")
            for mutant in suite.mutants {
                let mutated = Self.workspace(exercise.starterFiles, exercise.solutionFiles, mutant.files)
                let report = try await TestRunner(pool: SandboxFixture.pool, limits: Self.limits).runTests(in: mutated)
                #expect(report.status != .passed, "the reference tests do not catch mutant \(mutant.name)")
            }
        }
    }

    @Test(
        "the starter fails what the task asks to change",
        arguments: exercises.filter { [.implement, .fix].contains($0.task) }.map(\.id.description))
    func starterFails(_ id: String) async throws {
        let exercise = try #require(Self.exercises.first { $0.id.description == id })
        let starter = Self.workspace(exercise.starterFiles)
        let tests = try await TestRunner(pool: SandboxFixture.pool, limits: Self.limits).runTests(in: starter)
        var verdicts: [HiddenCaseVerdict] = []
        if let suite = exercise.hidden {
            verdicts = try await CaseRunner(pool: SandboxFixture.pool, limits: Self.limits).run(suite, in: starter)
        }
        #expect(tests.status != .passed || verdicts.contains { !$0.passed })
    }

    @Test("hidden expectations never enter the sandbox: the request holds calls, not results")
    func expectationsStayOutside() throws {
        let secret = "expected-value-7f3a"
        let suite = HiddenSuite(
            module: "m", setup: "",
            cases: [HiddenCase(name: "c", call: "f()", expectation: .returns(.string(secret)))])
        let request = WorkerRequest(
            mode: .cases, files: ["m.py": .text("def f():\n    return 1\n")], limits: RunLimits(), module: suite.module,
            setup: suite.setup, calls: suite.cases.map { WorkerRequest.Call(call: $0.call) })
        let body = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(!body.contains(secret))
        #expect(body.contains("f()"))
    }

    @Test("a submission cannot forge a hidden verdict by writing to the worker's result channel")
    func forgery() async throws {
        let forger = """
            import os, json
            for fd in range(3, 64):
                try:
                    os.write(fd, (json.dumps({"case": 0, "value": "guessed"}) + "\\n").encode())
                except OSError:
                    pass

            def answer():
                return 41
            """
        let suite = HiddenSuite(
            module: "forger", setup: "",
            cases: [HiddenCase(name: "the answer", call: "answer()", expectation: .returns(.int(42)))])
        let verdicts = try await CaseRunner(pool: SandboxFixture.pool, limits: SandboxFixture.limits)
            .run(suite, in: Workspace(files: ["forger.py": forger]))
        #expect(verdicts.map(\.passed) == [false])
    }
}
