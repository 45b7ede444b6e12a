namespace Signpost.Data.OpenReferralImport;

/// <summary>A venue as a feed publishes it; coordinates may be missing or wrong.</summary>
public sealed record FeedLocation(string? SourceId, string? Name, string? Address, string? Town, string? Postcode, double? Latitude, double? Longitude, IReadOnlyList<string> Accessibility, bool IsVirtual, string? Transport = null);
