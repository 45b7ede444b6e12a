using System.Globalization;

namespace Signpost.Data.OpenReferralImport;

/// <summary>One row of a CSV feed table by column name; a value that is not of the expected type is noted and read as missing.</summary>
internal sealed class CsvRow(string file, Dictionary<string, string> values)
{
    public string? Get(string column) => values.GetValueOrDefault(column);

    public int? Integer(string column, List<string> problems)
    {
        if (Get(column) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return (int)Math.Round(number);
        }

        problems.Add($"{file} {column} '{text}' is not a number; ignored");
        return null;
    }

    public decimal? Decimal(string column, List<string> problems)
    {
        if (Get(column) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add($"{file} {column} '{text}' is not a number; ignored");
        return null;
    }

    public DateOnly? Date(string column, List<string> problems)
    {
        if (Get(column) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParse(text.Length >= 10 ? text[..10] : text, CultureInfo.InvariantCulture, out var date))
        {
            return date;
        }

        problems.Add($"{file} {column} '{text}' is not a date; ignored");
        return null;
    }
}
