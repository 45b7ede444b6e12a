using System.Globalization;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>Form fields for a "Publish at" or "Withdraw at" moment, typed in UK time as an editor would.</summary>
public static class ScheduleForm
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A whole minute at least <paramref name="ahead"/> from now, as UTC, so it is in the future when posted.</summary>
    public static DateTimeOffset MinuteFromNow(TimeSpan ahead)
    {
        var at = DateTimeOffset.UtcNow.Add(ahead);
        return new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero).AddMinutes(1);
    }

    public static Dictionary<string, string> Fields(string prefix, DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, London);
        return new Dictionary<string, string>
        {
            [$"{prefix}.Day"] = local.Day.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Month"] = local.Month.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Year"] = local.Year.ToString(CultureInfo.InvariantCulture),
            [$"{prefix}.Time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"09:00 on 1 December 2026", as the back office writes it.</summary>
    public static string InWords(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, London).ToString("HH:mm 'on' d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
