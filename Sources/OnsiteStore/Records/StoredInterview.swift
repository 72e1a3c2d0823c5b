public import Foundation

/// One mock interview as stored: indexed columns plus the engine's state as JSON.
///
/// The store does not know the interview engine's types: ``state`` is whatever the engine
/// encoded, kept byte for byte. The other properties are copies the store can search and sort
/// by without decoding the state.
///
/// Dates are stored to the millisecond, in UTC; a date with a finer fraction comes back
/// rounded to the millisecond below.
public struct StoredInterview: Hashable, Sendable {
    /// The interview's stable id, chosen by the engine.
    public var id: String
    /// The interview format, for example `python-screen` or `system-design`.
    public var format: String
    /// Whether the interview is running, finished or abandoned.
    public var status: InterviewStatus
    /// When the interview started.
    public var createdAt: Date
    /// When the interview last changed; ``InterviewStore/latestInterview(status:)`` sorts by it.
    public var updatedAt: Date
    /// The engine's state, encoded as JSON by the engine.
    public var state: Data

    public init(
        id: String, format: String, status: InterviewStatus, createdAt: Date, updatedAt: Date, state: Data
    ) {
        self.id = id
        self.format = format
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.state = state
    }
}

/// Where a mock interview stands; stored as its raw value.
public enum InterviewStatus: String, Sendable, Codable, CaseIterable {
    /// Started and not yet over: it can be resumed.
    case inProgress = "in-progress"
    /// Every question was asked and the report was written.
    case finished
    /// Stopped by the user before the end.
    case abandoned
}
