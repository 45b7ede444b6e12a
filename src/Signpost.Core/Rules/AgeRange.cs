namespace Signpost.Core.Rules;

/// <summary>
/// A service's age range. Partners use overlapping bands (0-19, 5-13, 11-19, 16-25), so a
/// search matches by overlap rather than by fixed bands. A missing bound is open.
/// </summary>
public readonly record struct AgeRange(int? Minimum, int? Maximum)
{
    public bool Overlaps(int? from, int? to) =>
        (Maximum is null || from is null || from <= Maximum)
        && (Minimum is null || to is null || to >= Minimum);

    public bool Includes(int age) => Overlaps(age, age);

    /// <summary>Partners write 99 or 120 for "no upper limit"; anything past this reads as open.</summary>
    public const int OpenUpperAge = 99;

    public string InWords()
    {
        var maximum = Maximum >= OpenUpperAge ? null : Maximum;
        return (Minimum, maximum) switch
        {
            (null or 0, null) => "All ages",
            (null or 0, 0) => "Babies under 1 and expectant parents",
            (null or 0, var max) => $"Up to {max} years",
            (var min, null) => $"{min} years and over",
            var (min, max) when min == max => $"{min} years",
            var (min, max) => $"{min} to {max} years",
        };
    }
}
