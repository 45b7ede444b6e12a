namespace Signpost.Web.Features.Listings;

/// <summary>Age presets offered as filters; partners' own bands overlap these, so matching is by overlap.</summary>
public sealed record AgeBand(string Value, string Label, int From, int To)
{
    public static readonly IReadOnlyList<AgeBand> Presets =
    [
        new("0-4", "Under 5", 0, 4),
        new("5-10", "5 to 10", 5, 10),
        new("11-15", "11 to 15", 11, 15),
        new("16-18", "16 to 18", 16, 18),
        new("19-25", "19 to 25", 19, 25),
    ];

    public static AgeBand? Find(string? value) => Presets.FirstOrDefault(b => b.Value == value);
}
