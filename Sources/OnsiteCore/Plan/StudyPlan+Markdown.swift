extension StudyPlan {
    /// The plan as Markdown: a summary, then week by week and day by day, with minutes per item, per
    /// day and per week.
    public var markdown: String {
        var lines = [
            "# Study plan for the interview on \(Self.label(request.interviewDate))", "",
            "\(weeks.count) weeks from \(Self.label(request.today)), \(Self.hours(request.hoursPerWeek)) a week, "
                + "\(request.level.rawValue) level. Planned: \(totalMinutes) of \(budgetMinutes) minutes.",
        ]
        if let job = request.job, !job.focusAreas.isEmpty {
            let stressed = job.focusAreas.filter { job.weight(of: $0) >= 0.5 }.map(title(ofArea:))
            let named = job.focusAreas.filter { job.weight(of: $0) < 0.5 }.map(title(ofArea:))
            var sentence = "The job description stresses \(stressed.joined(separator: ", "))"
            if !named.isEmpty { sentence += "; it also names \(named.joined(separator: ", "))" }
            lines.append(sentence + ".")
        }
        for week in weeks {
            lines += ["", markdownHeading(of: week), "", "**\(week.title)**", ""]
            if !week.areas.isEmpty {
                lines.append("Focus: \(week.areas.map(title(ofArea:)).joined(separator: ", ")).")
            }
            for day in week.days {
                let items = week.items.filter { $0.day == day }
                guard !items.isEmpty else { continue }
                let minutes = items.reduce(0) { $0 + $1.minutes }
                lines += ["", "### \(Self.label(day)) · \(minutes) min", ""]
                lines += items.map(markdownLine)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The minutes available over the whole plan.
    public var budgetMinutes: Int { weeks.reduce(0) { $0 + $1.budgetMinutes } }

    private func markdownHeading(of week: StudyWeek) -> String {
        "## Week \(week.number) · \(Self.label(week.firstDay)) – \(Self.label(week.lastDay)) · "
            + "\(week.plannedMinutes) of \(week.budgetMinutes) min"
    }

    private func markdownLine(_ item: PlanItem) -> String {
        var line = "- \(Self.kindLabel(item.kind)): "
        if let id = item.id { line += "`\(id)` " }
        line += "\(item.title) · \(item.minutes) min"
        if let format = item.interviewFormat {
            line += " · `onsite interview --format \(format.rawValue)"
            if format == .drill, let area = item.area { line += " --area \(area)" }
            line += "`"
        } else if item.id != nil {
            line += " · \(item.reason)"
        }
        return line
    }

    /// A day as `Mon 2026-03-02`.
    static func label(_ day: CalendarDay) -> String { "\(day.weekday.abbreviation) \(day)" }

    /// Hours as `6 h` or `7.5 h`.
    static func hours(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? "\(Int(value)) h" : "\(value) h"
    }

    /// The word a Markdown line starts with for a kind of work.
    static func kindLabel(_ kind: WorkKind) -> String {
        switch kind {
        case .questions: "Question"
        case .snippets: "Snippet"
        case .exercises: "Exercise"
        case .design: "Design"
        case .behaviour: "Behaviour"
        case .mock: "Mock"
        case .review: "Review"
        case .resume: "Resume"
        }
    }
}
