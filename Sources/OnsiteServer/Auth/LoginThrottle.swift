import Foundation

/// Slows down password guessing: after ``maximumFailures`` failed sign-ins for one email within
/// ``window``, further attempts for it are refused until the oldest failure leaves the window.
///
/// Kept in memory, per server process: a restart forgets it, and several instances behind one
/// database each count on their own (docs/server.md).
actor LoginThrottle {
    static let maximumFailures = 5
    static let window: TimeInterval = 15 * 60

    private var failures: [String: [Date]] = [:]

    /// The seconds to wait before `email` may try again; `nil` when it may try now.
    func retryAfter(for email: String, at now: Date) -> Int? {
        let recent = prune(email.lowercased(), at: now)
        guard recent.count >= Self.maximumFailures, let oldest = recent.first else { return nil }
        return max(1, Int((oldest.addingTimeInterval(Self.window).timeIntervalSince(now)).rounded(.up)))
    }

    func recordFailure(for email: String, at now: Date) {
        let key = email.lowercased()
        failures[key] = prune(key, at: now) + [now]
    }

    func recordSuccess(for email: String) {
        failures[email.lowercased()] = nil
    }

    private func prune(_ key: String, at now: Date) -> [Date] {
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent
    }
}
