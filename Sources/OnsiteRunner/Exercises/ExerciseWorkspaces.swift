public import OnsiteCore

/// The workspaces an exercise is graded in, built from its files and a submission.
public enum ExerciseWorkspaces {
    /// The starter files, as the candidate receives them.
    public static func starter(of exercise: Exercise) -> Workspace {
        Workspace(files: files(exercise.starterFiles))
    }

    /// The starter with the reference solution written over it.
    public static func reference(of exercise: Exercise) -> Workspace {
        starter(of: exercise).overlaying(files(exercise.solutionFiles))
    }

    /// The exercise's test files that the submission deleted or changed, sorted.
    public static func changedTestFiles(_ submission: Workspace, starter exercise: Exercise) -> [String] {
        let submitted = submission.textFiles
        return exercise.starterFiles.filter(\.isTestFile).filter { original in
            guard let text = submitted[original.path] else { return true }
            return normalised(text) != normalised(original.contents)
        }.map(\.path).sorted()
    }

    /// The submission with the exercise's own test files in place of the candidate's copies.
    public static func withOriginalTests(_ submission: Workspace, of exercise: Exercise) -> Workspace {
        submission.overlaying(files(exercise.starterFiles.filter(\.isTestFile)))
    }

    /// For a write-tests task: the exercise's own code with the candidate's test files.
    public static func withCandidateTests(_ submission: Workspace, of exercise: Exercise) -> Workspace {
        let tests = submission.removing { !ExerciseFile(path: $0, contents: "").isTestFile && !isConftest($0) }
        return tests.overlaying(files(exercise.starterFiles.filter { !$0.isTestFile }))
    }

    static func files(_ list: [ExerciseFile]) -> [String: String] {
        Dictionary(list.map { ($0.path, $0.contents) }) { _, last in last }
    }

    private static func isConftest(_ path: String) -> Bool {
        path == "conftest.py" || path.hasSuffix("/conftest.py")
    }

    /// Line endings and trailing white space do not count as a change.
    private static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.reversed().drop { $0 == " " || $0 == "\t" }.reversed() }.map { String($0) }
            .joined(separator: "\n").trimmingTrailingNewlines()
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.hasSuffix("\n") { copy.removeLast() }
        return copy
    }
}
