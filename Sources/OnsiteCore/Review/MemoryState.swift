/// What FSRS knows about the memory of one card: how long it lasts and how hard it is.
public struct MemoryState: Hashable, Sendable, Codable {
    /// The number of days after which the probability of recall has fallen to 90%; at least 0.001.
    public var stability: Double
    /// How hard the card is to remember, from 1 (easiest) to 10 (hardest).
    public var difficulty: Double

    /// Creates a memory state from its stability (days) and difficulty (1–10).
    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
