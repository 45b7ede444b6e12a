namespace Signpost.Data.OpenReferralImport;

/// <summary>A tag or taxonomy term a feed gives a service, with the taxonomy (vocabulary) it comes from.</summary>
public sealed record FeedTerm(string? SourceId, string Name, string? Taxonomy);
