namespace Signpost.Web.Features.Editor.Users;

/// <summary>Times in the back office are stored in UTC and shown in UK time, as people there read them.</summary>
public static class EditorTime
{
    public static string Format(DateTime utc)
    {
        var uk = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), UkZone.Value);
        return uk.ToString("d MMMM yyyy 'at' h:mmtt", System.Globalization.CultureInfo.InvariantCulture).Replace("AM", "am").Replace("PM", "pm");
    }

    private static readonly Lazy<TimeZoneInfo> UkZone = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
}
