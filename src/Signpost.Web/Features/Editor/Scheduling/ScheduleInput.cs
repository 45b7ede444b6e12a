using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// "Publish at" or "Withdraw at" as typed: the GOV.UK date input's three boxes and a time, in UK
/// local time, kept as typed so a mistake can be shown back.
/// </summary>
public sealed partial class ScheduleInput
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Time { get; set; }

    public bool IsBlank => new[] { Day, Month, Year, Time }.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// The moment in UTC, or the error to show. <paramref name="what"/> names the field in messages
    /// ("Publish at"), as the GOV.UK date input pattern asks.
    /// </summary>
    public (DateTime? Utc, string? Error) Read(string what, DateTimeOffset now)
    {
        var missing = new[] { ("a day", Day), ("a month", Month), ("a year", Year), ("a time", Time) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{what} must include {string.Join(" and ", missing)}");
        }

        if (!(int.TryParse(Day!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(Month!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)))
        {
            return (null, $"{what} must be a real date");
        }

        if (ParseTime(Time!) is not { } time)
        {
            return (null, $"{what} time must be a real time, like 09:00 or 17:30");
        }

        var local = new DateTime(y, m, d, time.Hour, time.Minute, 0, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
        {
            return (null, $"{what} is a time that does not happen in the UK because the clocks go forward: choose a time after 02:00");
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(local, London);
        if (utc <= now.UtcDateTime)
        {
            return (null, $"{what} must be in the future");
        }

        return (utc, null);
    }

    /// <summary>Both "17:30" and "5:30pm", since people type either; minutes are optional with am or pm.</summary>
    private static TimeOnly? ParseTime(string text)
    {
        var match = TimePattern().Match(text.Trim().ToLowerInvariant().Replace('.', ':'));
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
