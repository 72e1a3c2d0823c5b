/// Static measures of one function, as `onsite_quality.py` takes them.
public struct FunctionMeasure: Hashable, Sendable, Codable {
    public var file: String
    /// The qualified name, for example `Report.render`.
    public var name: String
    public var line: Int
    /// Lines of code, without the docstring, blank lines and comment lines.
    public var length: Int
    /// The deepest stack of `if`/`for`/`while`/`try`/`with`/`match` blocks.
    public var nesting: Int
    /// McCabe's cyclomatic complexity.
    public var complexity: Int

    public init(file: String, name: String, line: Int, length: Int, nesting: Int, complexity: Int) {
        self.file = file
        self.name = name
        self.line = line
        self.length = length
        self.nesting = nesting
        self.complexity = complexity
    }
}

/// One finding of the linter (ruff).
public struct LintFinding: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var code: String
    public var message: String

    public init(file: String, line: Int, code: String, message: String) {
        self.file = file
        self.line = line
        self.code = code
        self.message = message
    }
}

/// The quality of a folder's code: every function's measures, and the linter's findings when a
/// linter was available.
public struct QualityMeasures: Hashable, Sendable, Codable {
    public var functions: [FunctionMeasure]
    /// `nil` when no linter could run; the comparison then leaves lint out and says so.
    public var findings: [LintFinding]?
    /// Files that could not be parsed, with the reason.
    public var unreadable: [String: String]

    public init(functions: [FunctionMeasure], findings: [LintFinding]?, unreadable: [String: String] = [:]) {
        self.functions = functions
        self.findings = findings
        self.unreadable = unreadable
    }

    public var longestFunction: FunctionMeasure? { functions.max { $0.length < $1.length } }
    public var deepestNesting: FunctionMeasure? { functions.max { $0.nesting < $1.nesting } }
    public var mostComplex: FunctionMeasure? { functions.max { $0.complexity < $1.complexity } }
}

/// Quality before and after a change, metric by metric; lower is better for every metric.
public struct QualityComparison: Hashable, Sendable, Codable {
    public struct Metric: Hashable, Sendable, Codable {
        public var name: String
        public var before: Int
        public var after: Int
        /// Where the worst value is after the change, for example `summary.py:12 build_report`.
        public var worstAfter: String?

        public var improved: Bool { after < before }
        public var worsened: Bool { after > before }
    }

    public var metrics: [Metric]
    /// Files of the change that could not be parsed, so their functions are not in the metrics.
    public var unmeasured: [String]
    /// Why something is missing from the comparison (no linter, unreadable files), in words.
    public var notes: [String]

    /// Compares `before` with `after`: lint findings (when both have them), the longest function,
    /// the deepest nesting and the highest cyclomatic complexity.
    public init(before: QualityMeasures, after: QualityMeasures) {
        func place(_ function: FunctionMeasure?) -> String? {
            function.map { "\($0.file):\($0.line) \($0.name)" }
        }
        var metrics: [Metric] = []
        var notes: [String] = []
        if let old = before.findings, let new = after.findings {
            let worst = new.first.map { "\($0.file):\($0.line) \($0.code) \($0.message)" }
            metrics.append(Metric(name: "ruff findings", before: old.count, after: new.count, worstAfter: worst))
        } else {
            notes.append("ruff is not installed, so lint findings were not compared (scripts/setup installs it)")
        }
        metrics.append(
            Metric(
                name: "longest function (lines)", before: before.longestFunction?.length ?? 0,
                after: after.longestFunction?.length ?? 0, worstAfter: place(after.longestFunction)))
        metrics.append(
            Metric(
                name: "deepest nesting", before: before.deepestNesting?.nesting ?? 0,
                after: after.deepestNesting?.nesting ?? 0, worstAfter: place(after.deepestNesting)))
        metrics.append(
            Metric(
                name: "highest cyclomatic complexity", before: before.mostComplex?.complexity ?? 0,
                after: after.mostComplex?.complexity ?? 0, worstAfter: place(after.mostComplex)))
        for (file, reason) in after.unreadable.sorted(by: { $0.key < $1.key }) {
            notes.append("\(file) could not be measured: \(reason)")
        }
        self.metrics = metrics
        self.unmeasured = after.unreadable.keys.sorted()
        self.notes = notes
    }

    /// Quality improved: no metric got worse, at least one got better, and every file could be read.
    public var improved: Bool {
        unmeasured.isEmpty && !metrics.contains(where: \.worsened) && metrics.contains(where: \.improved)
    }
}
