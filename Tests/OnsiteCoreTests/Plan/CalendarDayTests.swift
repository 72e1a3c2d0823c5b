import Foundation
import OnsiteCore
import Testing

@Suite("Calendar days")
struct CalendarDayTests {
    @Test(
        "parses valid days, leap days and month ends",
        arguments: [
            ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29), ("2026-12-31", 2026, 12, 31),
            ("2026-04-30", 2026, 4, 30), ("2026-01-31", 2026, 1, 31), ("2023-02-28", 2023, 2, 28),
            ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31),
        ])
    func parses(_ text: String, _ year: Int, _ month: Int, _ day: Int) throws {
        let parsed = try #require(CalendarDay(text))
        #expect((parsed.year, parsed.month, parsed.day) == (year, month, day))
        #expect(parsed.description == text)
        #expect(CalendarDay(year: year, month: month, day: day) == parsed)
    }

    @Test(
        "rejects text that is not a real day written YYYY-MM-DD",
        arguments: [
            "2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-06-31",
            "2026-01-00", "0000-01-01", "2026-4-01", "2026-04-1", "20260401", "", "2026-04-01 ", " 2026-04-01",
            "2026/04/01", "2026-04-0a", "+026-04-01", "-026-04-01", "２０２６-04-01", "2026-04-01T00:00",
        ])
    func rejects(_ text: String) {
        #expect(CalendarDay(text) == nil)
    }

    @Test(
        "counts days in months, leap years included",
        arguments: [
            (2024, 2, 29), (2023, 2, 28), (1900, 2, 28), (2000, 2, 29), (2100, 2, 28), (2026, 4, 30), (2026, 12, 31),
            (2026, 13, 0),
        ])
    func monthLengths(_ year: Int, _ month: Int, _ days: Int) {
        #expect(CalendarDay.numberOfDays(inMonth: month, of: year) == days)
    }

    @Test(
        "adds days across month, year and leap-day boundaries",
        arguments: [
            ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"), ("2026-12-31", 1, "2027-01-01"),
            ("2026-03-01", -1, "2026-02-28"), ("2024-03-01", -1, "2024-02-29"), ("2026-01-31", 30, "2026-03-02"),
            ("2024-01-01", 366, "2025-01-01"), ("2026-01-01", 365, "2027-01-01"), ("1970-01-01", -1, "1969-12-31"),
            ("2000-02-28", 2, "2000-03-01"), ("2026-03-02", 0, "2026-03-02"),
        ])
    func adding(_ start: String, _ days: Int, _ end: String) throws {
        let first = try #require(CalendarDay(start))
        let last = try #require(CalendarDay(end))
        #expect(first.adding(days: days) == last)
        #expect(first.days(until: last) == days)
        #expect(last.days(until: first) == -days)
    }

    @Test(
        "knows the day of the week and the days since 1970",
        arguments: [
            ("1970-01-01", Weekday.thursday, 0), ("1969-12-31", .wednesday, -1), ("2000-01-01", .saturday, 10_957),
            ("2024-02-29", .thursday, 19_782), ("2026-03-02", .monday, 20_514), ("1900-03-01", .thursday, -25_508),
            ("0001-01-01", .monday, -719_162), ("9999-12-31", .friday, 2_932_896), ("2026-07-15", .wednesday, 20_649),
        ])
    func weekday(_ text: String, _ weekday: Weekday, _ days: Int) throws {
        let day = try #require(CalendarDay(text))
        #expect(day.weekday == weekday)
        #expect(day.daysSinceEpoch == days)
        #expect(CalendarDay(daysSinceEpoch: days) == day)
    }

    @Test(
        "finds the day of an instant in a time zone",
        arguments: [
            (Int64(0), 0, "1970-01-01"), (-1, 0, "1969-12-31"), (86_399_999, 0, "1970-01-01"),
            (86_400_000, 0, "1970-01-02"), (1_700_000_000_000, 0, "2023-11-14"), (1_700_000_000_000, 120, "2023-11-15"),
            (1_700_000_000_000, -600, "2023-11-14"), (1_699_999_200_000, -60, "2023-11-14"),
            (-86_400_000, 0, "1969-12-31"), (-86_400_001, 0, "1969-12-30"), (0, -1, "1969-12-31"),
            (1_709_164_800_000, 0, "2024-02-29"),
        ])
    func instants(_ milliseconds: Int64, _ offset: Int, _ expected: String) {
        #expect(CalendarDay(unixMilliseconds: milliseconds, utcOffsetMinutes: offset).description == expected)
    }

    @Test("agrees with counting day by day from 1970 over two centuries, and round-trips unix milliseconds")
    func walk() throws {
        var (year, month, day) = (1970, 1, 1)
        for offset in 0..<(200 * 366) where year < 2170 {
            let expected = try #require(CalendarDay(year: year, month: month, day: day))
            #expect(CalendarDay(daysSinceEpoch: offset) == expected)
            #expect(expected.daysSinceEpoch == offset)
            let noon = Int64(offset) * 86_400_000 + 43_200_000
            #expect(CalendarDay(unixMilliseconds: noon, utcOffsetMinutes: 0) == expected)
            #expect(CalendarDay(unixMilliseconds: noon, utcOffsetMinutes: 13 * 60) == expected.adding(days: 1))
            #expect(CalendarDay(unixMilliseconds: noon, utcOffsetMinutes: -13 * 60) == expected.adding(days: -1))
            day += 1
            if day > CalendarDay.numberOfDays(inMonth: month, of: year) { (day, month) = (1, month + 1) }
            if month > 12 { (month, year) = (1, year + 1) }
        }
    }

    @Test("orders days by date, not by text length or component alone")
    func ordering() throws {
        let days = try ["2026-03-02", "2025-12-31", "2026-02-28", "2026-03-01", "0999-01-01"].map {
            try #require(CalendarDay($0))
        }
        #expect(
            days.sorted().map(\.description) == ["0999-01-01", "2025-12-31", "2026-02-28", "2026-03-01", "2026-03-02"])
        #expect(days.sorted() == days.sorted { $0.daysSinceEpoch < $1.daysSinceEpoch })
    }

    @Test("is coded as its YYYY-MM-DD text and refuses an invalid one")
    func coding() throws {
        let day = try #require(CalendarDay("2024-02-29"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2023-02-29"]"#.utf8))
        }
    }
}
