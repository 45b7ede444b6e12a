using System.Text.RegularExpressions;

namespace Signpost.Core.Rules;

/// <summary>UK postcode shapes: a full postcode ("WA7 2GW") or an outward code / district ("WA7").</summary>
public static partial class Postcodes
{
    [GeneratedRegex(@"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")]
    private static partial Regex FullPattern();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex DistrictPattern();

    /// <summary>A full postcode in upper case with one space, or null if the text is not one.</summary>
    public static string? Normalise(string? text)
    {
        var compact = Compact(text);
        var match = FullPattern().Match(compact);
        return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : null;
    }

    public static string? NormaliseDistrict(string? text)
    {
        var compact = Compact(text);
        return DistrictPattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>True when the text looks like someone tried to type a postcode (letters then digits), right or wrong.</summary>
    public static bool LooksLikePostcode(string? text)
    {
        var compact = Compact(text);
        return compact.Length is >= 2 and <= 8 && char.IsAsciiLetter(compact[0]) && compact.Any(char.IsAsciiDigit) && compact.All(char.IsAsciiLetterOrDigit);
    }

    public static string District(string postcode) => postcode.Split(' ')[0];

    private static string Compact(string? text) =>
        new((text ?? "").Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
