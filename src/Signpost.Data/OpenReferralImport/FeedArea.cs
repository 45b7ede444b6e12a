namespace Signpost.Data.OpenReferralImport;

/// <summary>A service area as published: a free-text name, and the kind of area when the feed says it (ours writes "local_authority" for the whole area, "country" for national).</summary>
public sealed record FeedArea(string Name, string? Kind = null);
