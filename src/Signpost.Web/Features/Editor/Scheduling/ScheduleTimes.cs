using System.Globalization;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>Schedules are stored in UTC and shown in UK time, as GOV.UK writes times: "09:00 on 1 December 2026".</summary>
public static class ScheduleTimes
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string InWords(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London).ToString("HH:mm 'on' d MMMM yyyy", British);
}
