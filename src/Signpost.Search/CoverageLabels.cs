namespace Signpost.Search;

/// <summary>Values of <see cref="SearchHit.Coverage"/>.</summary>
public static class CoverageLabels
{
    public const string CoversArea = "covers-area";
    public const string Online = "online";
    public const string National = "national";
}
