namespace Signpost.Data.OpenReferralImport;

/// <summary>A feed venue in our terms; coordinates are null when the feed had none that fit the UK.</summary>
public sealed record MappedLocation(string SourceId, string Name, string Address, string Town, string Postcode, double? Latitude, double? Longitude, IReadOnlyList<string> Accessibility, string? Transport = null)
{
    public string Hash() => ContentHash.Of(this);
}
