using System.Globalization;

namespace Signpost.Data.Seed;

/// <summary>Reads the hyphenated words used in seed files ("parents-carers", "in-person") as enum values.</summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Replace("-", "").Replace("_", "").Replace(" ", "");
        return Enum.TryParse(key, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(key, out _);
    }

    public static string Words<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(ToWord));

    public static string ToWord<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToWord(value.ToString());

    private static string ToWord(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        day = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim();
        return DayNames.TryGetValue(key.Length >= 3 ? key[..3] : key, out day);
    }

    /// <summary>"18:30" as a time; "24:00" is the end of the day and comes back as null with success.</summary>
    public static bool TryParseTime(string? text, out TimeOnly? time)
    {
        time = null;
        if (text?.Trim() == "24:00")
        {
            return true;
        }

        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
