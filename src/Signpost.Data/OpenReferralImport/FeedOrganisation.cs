namespace Signpost.Data.OpenReferralImport;

/// <summary>The organisation a feed service names, as published.</summary>
public sealed record FeedOrganisation(string? SourceId, string? Name, string? Description, string? Website, string? Email, string? Phone);
