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

    /// <summary>
    /// True when nothing matched within the radius, so the nearest matches beyond it are returned instead,
    /// nearest first ("None within 5 miles; showing the nearest").
    /// </summary>
    public bool BeyondRadius { get; init; }

    public static SearchResponse Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), null, null);
}
