using Signpost.Core.Content;

namespace Signpost.Core.Rules;

/// <summary>Turns weekly sessions into the sentences a person reads before deciding to go.</summary>
public static class ScheduleInWords
{
    /// <summary>"Mondays and Wednesdays, 6pm to 8:30pm" lines, one per distinct time span and note.</summary>
    public static IReadOnlyList<string> WeeklyPattern(IEnumerable<ServiceSchedule> schedules)
    {
        return schedules
            .GroupBy(s => (s.Opens, s.Closes, s.Note, Venue: s.Location?.Name))
            .Select(g => new
            {
                FirstDay = TimeInWords.MondayFirst(g.Select(s => s.Day))[0],
                g.Key.Opens,
                Text = Describe(TimeInWords.Days(g.Select(s => s.Day)), g.Key.Opens, g.Key.Closes, g.Key.Venue, g.Key.Note),
            })
            .OrderBy(x => ((int)x.FirstDay + 6) % 7)
            .ThenBy(x => x.Opens)
            .Select(x => x.Text)
            .Distinct()
            .ToList();
    }

    /// <summary>The next seven days from <paramref name="today"/>, honouring valid-from/to and closure dates.</summary>
    public static IReadOnlyList<SessionDay> NextSevenDays(Service service, DateOnly today)
    {
        var days = new List<SessionDay>();
        for (var offset = 0; offset < 7; offset++)
        {
            var date = today.AddDays(offset);
            var sessions = service.Schedules
                .Where(s => s.RunsOn(date))
                .OrderBy(s => s.Opens)
                .Select(s => TimeInWords.Span(s.Opens, s.Closes) + (s.Location is { } l && service.Locations.Count > 1 ? $" at {l.Name}" : ""))
                .ToList();
            if (sessions.Count == 0)
            {
                continue;
            }

            var closure = service.Closures.FirstOrDefault(c => c.Date == date);
            days.Add(new SessionDay(date, DayLabel(date, today), sessions, closure?.Reason is { Length: > 0 } r ? r : closure is null ? null : "Closed"));
        }

        return days;
    }

    public static string DayLabel(DateOnly date, DateOnly today)
    {
        var name = date.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        return date == today ? $"Today ({name})" : date == today.AddDays(1) ? $"Tomorrow ({name})" : name;
    }

    private static string Describe(string days, TimeOnly opens, TimeOnly? closes, string? venue, string? note)
    {
        var text = $"{days}, {TimeInWords.Span(opens, closes)}";
        if (venue is not null)
        {
            text += $" at {venue}";
        }

        return note is { Length: > 0 } ? $"{text} ({note})" : text;
    }
}
