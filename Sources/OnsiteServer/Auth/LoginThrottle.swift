import Foundation

/// Slows down password guessing and mass sign-ups.
///
/// Three counts, each over a sliding window:
/// - failed sign-ins for one email (``Subject/email(_:)``): a guesser aiming at one account;
/// - failed sign-ins from one network address (``Subject/address(_:)``): a guesser trying many
///   emails, which the per-email count alone never stops;
/// - accounts created from one network address (``Subject/signUps(_:)``): each costs a bcrypt
///   hash, so a flood of sign-ups would otherwise tie up the CPU.
///
/// Once a count reaches its limit, further attempts are refused until its oldest event leaves
/// the window. Kept in memory, per server process: a restart forgets it, and several instances
/// behind one database each count on their own (docs/server.md).
actor LoginThrottle {
    /// How many events a subject may have within `window` seconds.
    struct Limit: Sendable, Equatable {
        var events: Int
        var window: TimeInterval
    }

    /// What is counted.
    enum Subject: Hashable, Sendable {
        /// Failed sign-ins for an email, compared case-insensitively.
        case email(String)
        /// Failed sign-ins from a network address.
        case address(String)
        /// Accounts created from a network address.
        case signUps(String)
    }

    static let failedSignInsPerEmail = Limit(events: 5, window: 15 * 60)
    static let failedSignInsPerAddress = Limit(events: 20, window: 15 * 60)
    static let signUpsPerAddress = Limit(events: 20, window: 60 * 60)
    /// Above this many subjects, every subject is pruned at the next event, so that a stream of
    /// made-up emails cannot grow the table without bound.
    static let pruneAllAbove = 10_000

    private var events: [Subject: [Date]] = [:]

    static func limit(for subject: Subject) -> Limit {
        switch subject {
        case .email: failedSignInsPerEmail
        case .address: failedSignInsPerAddress
        case .signUps: signUpsPerAddress
        }
    }

    /// The seconds to wait before `subject` may try again; `nil` when it may try now.
    func retryAfter(_ subject: Subject, at now: Date) -> Int? {
        let subject = subject.normalised
        let limit = Self.limit(for: subject)
        let recent = prune(subject, at: now)
        guard recent.count >= limit.events, let oldest = recent.first else { return nil }
        return max(1, Int((oldest.addingTimeInterval(limit.window).timeIntervalSince(now)).rounded(.up)))
    }

    /// Counts one event (a failed sign-in, a new account) against `subject`.
    func record(_ subject: Subject, at now: Date) {
        let subject = subject.normalised
        if events.count > Self.pruneAllAbove {
            for key in Array(events.keys) { _ = prune(key, at: now) }
        }
        events[subject] = prune(subject, at: now) + [now]
    }

    /// Forgets the events of `subject`: a successful sign-in clears its email's failures (never
    /// its address's, or an attacker holding one account could reset the count at will).
    func forget(_ subject: Subject) {
        events[subject.normalised] = nil
    }

    private func prune(_ subject: Subject, at now: Date) -> [Date] {
        let window = Self.limit(for: subject).window
        let recent = (events[subject] ?? []).filter { now.timeIntervalSince($0) < window }
        events[subject] = recent.isEmpty ? nil : recent
        return recent
    }
}

extension LoginThrottle.Subject {
    fileprivate var normalised: Self {
        if case .email(let email) = self { return .email(email.lowercased()) }
        return self
    }
}
