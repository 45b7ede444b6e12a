namespace Signpost.Search;

/// <summary>What one pass over the candidate rows of a search carries from row to row.</summary>
internal sealed class CollectPass
{
    public required FacetTally? Tally { get; init; }

    public required TopCandidates Results { get; init; }

    public required GeoPoint? Near { get; init; }

    public required Dictionary<long, double>? WithinRadius { get; init; }

    public required bool Beyond { get; init; }

    public required string? QueryNameKey { get; init; }

    public int QueryNameHash { get; set; }

    public required RelevanceScorer? Scorer { get; init; }
}
