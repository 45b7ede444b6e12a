namespace Signpost.Data.OpenReferralImport;

/// <summary>A tag or taxonomy term a feed gives a service, with the taxonomy (vocabulary) it comes from.</summary>
/// <param name="Code">The term's code, where the feed gives one (ours does: "young-people").</param>
/// <param name="TaxonomyId">The id of the taxonomy the term belongs to, where the feed gives one.</param>
public sealed record FeedTerm(string? SourceId, string Name, string? Taxonomy, string? Code = null, string? TaxonomyId = null);
