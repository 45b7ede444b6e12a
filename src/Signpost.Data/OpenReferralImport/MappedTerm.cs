namespace Signpost.Data.OpenReferralImport;

/// <summary>A tag as the feed names it; <see cref="Key"/> is trimmed and case-folded, so "Youth club " and "youth club" are one term.</summary>
public sealed record MappedTerm(string Key, string Name, string? Taxonomy, string? SourceId = null);
