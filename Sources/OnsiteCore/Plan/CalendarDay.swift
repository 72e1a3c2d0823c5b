/// A day of the proleptic Gregorian calendar, without a time or a time zone.
///
/// The core has no clock and no `Date`: the front ends turn "now" into a `CalendarDay` in the
/// user's time zone with ``init(unixMilliseconds:utcOffsetMinutes:)``, and plans count days from it.
/// It is written and decoded as `YYYY-MM-DD`.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, 1–9999 for days made from text or components.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// Makes the day from its components; `nil` when they name no day (2026-02-30, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDay.numberOfDays(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (exactly four, two and two digits); `nil` for any other text or an invalid day.
    public init?(_ text: some StringProtocol) {
        let characters = Array(text)
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
            let year = CalendarDay.number(characters[0..<4]),
            let month = CalendarDay.number(characters[5..<7]),
            let day = CalendarDay.number(characters[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day that contains an instant, seen from a time zone `utcOffsetMinutes` ahead of UTC.
    ///
    /// - Parameters:
    ///   - unixMilliseconds: Milliseconds since 1970-01-01T00:00:00Z (negative before it).
    ///   - utcOffsetMinutes: The zone's offset from UTC at that instant, for example `120` for UTC+2.
    public init(unixMilliseconds: Int64, utcOffsetMinutes: Int = 0) {
        let millisecondsPerDay: Int64 = 86_400_000
        let local = unixMilliseconds + Int64(utcOffsetMinutes) * 60_000
        var days = local / millisecondsPerDay
        if local % millisecondsPerDay < 0 { days -= 1 }
        self.init(daysSinceEpoch: Int(days))
    }

    /// The day `days` after 1970-01-01 (before it when negative).
    ///
    /// Uses Howard Hinnant's civil-from-days algorithm, exact over the whole proleptic calendar.
    public init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        self.month = month
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of days from 1970-01-01 to this day (negative before it).
    public var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The number of days from this day to `other`: 1 for tomorrow, negative when `other` is earlier.
    public func days(until other: CalendarDay) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO day 4).
        let offset = ((daysSinceEpoch % 7) + 7) % 7
        return Weekday(rawValue: (offset + 3) % 7 + 1)!
    }

    /// The day written `YYYY-MM-DD`.
    public var description: String {
        "\(CalendarDay.padded(year, to: 4))-\(CalendarDay.padded(month, to: 2))-\(CalendarDay.padded(day, to: 2))"
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February: divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12.
    public static func numberOfDays(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// Decodes the day from its `YYYY-MM-DD` text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a day written YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes the day as its `YYYY-MM-DD` text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func number(_ digits: ArraySlice<Character>) -> Int? {
        var value = 0
        for digit in digits {
            guard digit.isASCII, let number = digit.wholeNumberValue else { return nil }
            value = value * 10 + number
        }
        return value
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Monday.
    case monday = 1
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// The three-letter English abbreviation, for example `Mon`.
    public var abbreviation: String {
        switch self {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }

    /// The English name, for example `Monday`.
    public var description: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}
