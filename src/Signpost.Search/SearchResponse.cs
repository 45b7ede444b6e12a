namespace Signpost.Search;

/// <summary>
/// <see cref="CorrectedText"/> and <see cref="SearchedText"/> are both set only when a spelling was corrected:
/// the page says "Showing results for {CorrectedText}. Search instead for {SearchedText}".
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? CorrectedText,
    string? SearchedText)
{
    /// <summary>True when no service matched every word, so services matching any word were returned instead.</summary>
    public bool MatchedAnyWord { get; init; }

    public static SearchResponse Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), null, null);
}
