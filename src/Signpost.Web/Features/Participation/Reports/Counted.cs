namespace Signpost.Web.Features.Participation.Reports;

/// <summary>A GROUP BY row: a value and how many responses had it.</summary>
public sealed record Counted<TKey>(TKey Key, long Count);
