using System.Globalization;

namespace Signpost.Web.Features.Editor.Audit;

/// <summary>Reads the audit log's filter dates as typed: ISO from a date picker, or day/month/year where the browser shows a text box.</summary>
public static class AuditFilter
{
    public const int PageSize = 50;

    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    private static readonly Lazy<TimeZoneInfo> London = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Midnight at the start of a UK day, in UTC, as the log stores times.</summary>
    public static DateTime StartOfUkDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London.Value);

    /// <summary>Every action name the log uses, for the filter's list.</summary>
    public static IReadOnlyList<string> Actions { get; } = typeof(Core.Audit.AuditActions)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();
}
