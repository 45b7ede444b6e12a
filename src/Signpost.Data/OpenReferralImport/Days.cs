namespace Signpost.Data.OpenReferralImport;

/// <summary>Days of the week as feeds write them: iCal "MO,TU", names "Monday", or numbers 1 (Monday) to 7.</summary>
internal static class Days
{
    public static IReadOnlyList<DayOfWeek> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var days = new List<DayOfWeek>();
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (One(part.TrimStart('+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) is { } day && !days.Contains(day))
            {
                days.Add(day);
            }
            else if (int.TryParse(part, out var number) && number is >= 1 and <= 7 && !days.Contains((DayOfWeek)(number % 7)))
            {
                days.Add((DayOfWeek)(number % 7));
            }
        }

        return days;
    }

    private static DayOfWeek? One(string text) => text.Length < 2 ? null : text[..2].ToUpperInvariant() switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => null,
    };
}
