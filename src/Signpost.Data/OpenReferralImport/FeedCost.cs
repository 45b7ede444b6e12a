namespace Signpost.Data.OpenReferralImport;

/// <summary>One of a service's prices as published.</summary>
public sealed record FeedCost(string? Option, decimal? Amount, string? Description);
