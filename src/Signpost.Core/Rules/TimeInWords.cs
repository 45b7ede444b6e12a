using Signpost.Core.Content;

namespace Signpost.Core.Rules;

/// <summary>Times and days as GOV.UK style writes them: "9am", "5:30pm", "midday", "Mondays and Wednesdays".</summary>
public static class TimeInWords
{
    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Time(TimeOnly time)
    {
        if (time == TimeOnly.MinValue)
        {
            return "midnight";
        }

        if (time.Hour == 12 && time.Minute == 0)
        {
            return "midday";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }

    public static string Span(TimeOnly opens, TimeOnly? closes) =>
        opens == TimeOnly.MinValue && closes is null ? "24 hours" : $"{Time(opens)} to {(closes is { } c ? Time(c) : "midnight")}";

    public static IReadOnlyList<DayOfWeek> MondayFirst(IEnumerable<DayOfWeek> days)
    {
        var set = days.ToHashSet();
        return WeekFromMonday.Where(set.Contains).ToList();
    }

    public static string Days(IEnumerable<DayOfWeek> days)
    {
        var ordered = MondayFirst(days);
        if (ordered.Count == 7)
        {
            return "Every day";
        }

        if (ordered.Count == 5 && !ordered.Contains(DayOfWeek.Saturday) && !ordered.Contains(DayOfWeek.Sunday))
        {
            return "Monday to Friday";
        }

        if (ordered.Count == 6 && !ordered.Contains(DayOfWeek.Sunday))
        {
            return "Monday to Saturday";
        }

        return List(ordered.Select(d => d + "s").ToList());
    }

    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
